package org.likelihoodlab.math;

/**
 * The eigenvalues of a symmetric 2x2 matrix [[s11, s12], [s12, s22]] without cancellation: the
 * eigenvalue of the larger magnitude is {@code mean +- root}, where the two terms have the same
 * sign; the other is {@code det / that one}. (Computing both as {@code mean +- root} loses every
 * digit of the small one when the matrix is badly scaled, e.g. eigenvalues 1e8 and 1e-8.)
 */
public final class Eigen2 {
    private Eigen2() {
    }

    /** @return {@code s11*s22 - s12*s12} with the products' rounding compensated (fused multiply-add) */
    public static double det(double s11, double s12, double s22) {
        double w = s12 * s12;
        double e = Math.fma(-s12, s12, w);   // w - s12*s12 exactly: the rounding error of w
        return Math.fma(s11, s22, -w) + e;
    }

    /** @return {largest, smallest} eigenvalue */
    public static double[] of(double s11, double s12, double s22) {
        double mean = 0.5 * (s11 + s22);
        double root = Math.hypot(0.5 * (s11 - s22), s12);
        double det = det(s11, s12, s22);
        if (mean >= 0) {
            double max = mean + root;
            return new double[] {max, max == 0 ? 0 : det / max};
        }
        double min = mean - root;
        return new double[] {det / min, min};
    }

    /** @return the largest eigenvalue */
    public static double max(double s11, double s12, double s22) {
        return of(s11, s12, s22)[0];
    }

    /** @return the smallest eigenvalue */
    public static double min(double s11, double s12, double s22) {
        return of(s11, s12, s22)[1];
    }
}
