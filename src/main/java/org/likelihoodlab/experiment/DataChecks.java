package org.likelihoodlab.experiment;

import java.util.Locale;
import org.likelihoodlab.math.Eigen2;

/**
 * Whether data can be fitted at all, with messages that do not contradict the data: the
 * moments must be finite with room to square them (values of 1e155 or 1e300 overflow doubles), the
 * spread must not underflow (denormal data are not "all equal"), and 2-D points must not lie on a
 * line, judged relative to the data's own scale (the rounded determinant of exactly collinear
 * points is noise of the size of the entries' rounding, not 0).
 */
final class DataChecks {

    /** 2-D points with 1 - rho^2 at or below this are collinear to within rounding. */
    static final double COLLINEAR = 1e-14;

    private DataChecks() {
    }

    /**
     * @param moments (mean, var) or (m1, m2, c11, c12, c22)
     * @throws IllegalArgumentException saying what is wrong with the data
     */
    static void check(Dataset d, double[] moments) {
        int n = d.n();
        if (d.dim() == 1) {
            double m = moments[0];
            double v = moments[1];
            if (!finite(m, v, m * m + v, v * v)) {
                throw overflow(d);
            }
            if (!(v >= Double.MIN_NORMAL)) {
                throw allEqual(d, 0) ? new IllegalArgumentException("all " + n + " points are equal (zero variance): "
                        + "the maximum-likelihood \u03c3 is 0 and the likelihood has no maximum") : underflow(d);
            }
            return;
        }
        double c11 = moments[2];
        double c12 = moments[3];
        double c22 = moments[4];
        if (!finite(moments[0], moments[1], c11, c12, c22, c11 * c22, moments[0] * moments[0] + c11,
                moments[1] * moments[1] + c22, c11 * c11, c22 * c22)) {
            throw overflow(d);
        }
        for (int c = 0; c < 2; c++) {
            double var = c == 0 ? c11 : c22;
            if (!(var >= Double.MIN_NORMAL)) {
                if (!allEqual(d, c)) {
                    throw underflow(d);
                }
                throw new IllegalArgumentException("the " + n + " points lie on a line (y" + (c + 1) + " is the same "
                        + "in every point; singular covariance): the maximum-likelihood \u03a3 is not positive definite");
            }
        }
        double det = Eigen2.det(c11, c12, c22);
        if (!(det > COLLINEAR * c11 * c22)) {
            throw new IllegalArgumentException("the " + n + " points lie on a line (their correlation is \u00b11 to "
                    + "within rounding; singular covariance): the maximum-likelihood \u03a3 is not positive definite");
        }
    }

    private static boolean finite(double... v) {
        for (double a : v) {
            if (!Double.isFinite(a)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allEqual(Dataset d, int c) {
        double first = d.value(0, c);
        for (int i = 1; i < d.n(); i++) {
            if (d.value(i, c) != first) {
                return false;
            }
        }
        return true;
    }

    private static double maxAbs(Dataset d) {
        double max = 0;
        for (int i = 0; i < d.n(); i++) {
            for (int c = 0; c < d.dim(); c++) {
                max = Math.max(max, Math.abs(d.value(i, c)));
            }
        }
        return max;
    }

    private static double spread(Dataset d) {
        double spread = 0;
        for (int c = 0; c < d.dim(); c++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < d.n(); i++) {
                lo = Math.min(lo, d.value(i, c));
                hi = Math.max(hi, d.value(i, c));
            }
            spread = Math.max(spread, hi - lo);
        }
        return spread;
    }

    private static IllegalArgumentException overflow(Dataset d) {
        double max = maxAbs(d);
        int decade = (int) Math.floor(Math.log10(max));
        return new IllegalArgumentException(String.format(Locale.ROOT, "the data's scale overflows doubles: values "
                + "up to %.3g have moments (sums of squares) beyond 1.8e308; rescale the data (divide them by 1e%d)",
                max, decade));
    }

    private static IllegalArgumentException underflow(Dataset d) {
        double spread = spread(d);
        int decade = (int) Math.floor(Math.log10(spread));
        return new IllegalArgumentException(String.format(Locale.ROOT, "the points differ by at most %.3g: their "
                + "variance underflows doubles (below 2.2e-308), so \u03c3 cannot be fitted; rescale the data "
                + "(multiply them by 1e%d)", spread, Math.min(300, -decade)));
    }
}
