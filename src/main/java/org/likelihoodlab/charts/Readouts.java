package org.likelihoodlab.charts;

import org.likelihoodlab.experiment.Columns;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.GaussianModel;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.math.Surfaces;

/**
 * The value under the pointer, as the crosshair's text: on a trajectory chart the step nearest
 * the pointer and the run's values there; on the surface μ, σ, the average log-likelihood ℓ, its
 * gradient and the natural-gradient step at that point (in the surface's coordinates); on the
 * histogram the fitted and true densities at x; in 2-D the point and the current fit's density
 * there, or ℓ at (μ₁, μ₂) with the current Σ. Everything is computed from the run's view, so it
 * is the same numbers the charts draw.
 */
public final class Readouts {

    private Readouts() {
    }

    /**
     * @param scale the 1-D surface's vertical coordinate (its y is that coordinate's value)
     * @return the text, or {@code null} where there is nothing to read
     */
    public static String at(ChartSlot slot, RunView v, Surfaces.Scale scale, double x, double y) {
        if (v == null || !Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        switch (slot) {
            case MEAN:
            case SCALE:
            case LOG_LIK:
                return trajectory(slot, v, x);
            case DENSITY:
                return density(v, x);
            case SURFACE:
                return v.dim() == 1 ? surface(v, scale, x, y) : ellipse(v, x, y);
            default:
                return meanSurface(v, x, y);
        }
    }

    /** @return the index of the recorded row whose step is nearest {@code step}, or -1 */
    public static int nearestRow(double[] steps, double step) {
        if (steps.length == 0) {
            return -1;
        }
        int i = java.util.Arrays.binarySearch(steps, step);
        if (i >= 0) {
            return i;
        }
        int hi = Math.min(-i - 1, steps.length - 1);
        int lo = Math.max(hi - 1, 0);
        return Math.abs(steps[lo] - step) <= Math.abs(steps[hi] - step) ? lo : hi;
    }

    private static String trajectory(ChartSlot slot, RunView v, double x) {
        double[][] rows = v.rows();
        int i = nearestRow(rows[Columns.STEP_ROW], x);
        if (i < 0) {
            return null;
        }
        StringBuilder b = new StringBuilder("step ").append((long) rows[Columns.STEP_ROW][i]);
        if (v.dim() == 1) {
            int c = slot == ChartSlot.MEAN ? Columns.MU : slot == ChartSlot.SCALE ? Columns.SIGMA : Columns.LOGLIK_1D;
            String name = slot == ChartSlot.MEAN ? "\u03bc" : slot == ChartSlot.SCALE ? "\u03c3" : "\u2113";
            line(b, name, rows[Columns.inRow(c)][i]);
        } else if (slot == ChartSlot.MEAN) {
            line(b, "\u03bc\u2081", rows[Columns.inRow(Columns.MU1)][i]);
            line(b, "\u03bc\u2082", rows[Columns.inRow(Columns.MU2)][i]);
        } else if (slot == ChartSlot.SCALE) {
            line(b, "\u03a3\u2081\u2081", rows[Columns.inRow(Columns.S11)][i]);
            line(b, "\u03a3\u2082\u2082", rows[Columns.inRow(Columns.S22)][i]);
            line(b, "\u03c1", rows[Columns.inRow(Columns.RHO)][i]);
        } else {
            line(b, "\u2113", rows[Columns.inRow(Columns.LOGLIK_2D)][i]);
        }
        return b.toString();
    }

    private static String density(RunView v, double x) {
        StringBuilder b = new StringBuilder(v.dim() == 1 ? "x = " : "y = ").append(num(x));
        double[] r = v.reported();
        TrueGaussian truth = v.truth();
        for (int c = 0; c < v.dim(); c++) {
            String sub = v.dim() == 1 ? "" : c == 0 ? "\u2081" : "\u2082";
            double mu = v.dim() == 1 ? r[0] : r[c];
            double sd = v.dim() == 1 ? r[1] : Math.sqrt(r[c == 0 ? 2 : 4]);
            line(b, "fitted density" + sub, normal(x, mu, sd));
            if (truth != null) {
                line(b, "true density" + sub, normal(x, truth.mean()[c], truth.sd(c)));
            }
        }
        return b.toString();
    }

    /** N(mu, sd^2) at x (NaN for an sd that is not positive). */
    static double normal(double x, double mu, double sd) {
        if (!(sd > 0)) {
            return Double.NaN;
        }
        double z = (x - mu) / sd;
        return Math.exp(-0.5 * z * z) / (Math.sqrt(2 * Math.PI) * sd);
    }

    private static String surface(RunView v, Surfaces.Scale scale, double mu, double q) {
        double sigma = scale.sigma(q);
        StringBuilder b = new StringBuilder("\u03bc = ").append(num(mu)).append(", ").append(scale.label())
                .append(" = ").append(num(q));
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            return b.append("\n\u03c3 \u2264 0: no Gaussian here").toString();
        }
        Parameterization p = scale == Surfaces.Scale.VARIANCE ? Parameterization.MU_VARIANCE
                : scale == Surfaces.Scale.LOG_SIGMA ? Parameterization.MU_LOGSIGMA : Parameterization.MU_SIGMA;
        GaussianModel m = p.model();
        double[] theta = new double[2];
        m.toTheta(new double[] {mu, sigma}, theta);
        double[] moments = v.data().moments();
        double[] g = new double[2];
        m.gradient(theta, moments, g);
        double[] d = new double[2];
        m.naturalDirection(theta, moments, g, d);
        line(b, "\u2113", m.logLik(theta, moments));
        b.append("\n\u2207\u2113 = (").append(num(g[0])).append(", ").append(num(g[1])).append(')');
        b.append("\nnatural step \u03b1F\u207b\u00b9\u2207\u2113 = (").append(num(v.lr() * d[0])).append(", ")
                .append(num(v.lr() * d[1])).append(')');
        return b.toString();
    }

    private static String ellipse(RunView v, double x1, double x2) {
        StringBuilder b = new StringBuilder("y\u2081 = ").append(num(x1)).append(", y\u2082 = ").append(num(x2));
        double[] r = v.reported();
        double det = r[2] * r[4] - r[3] * r[3];
        if (r[2] > 0 && det > 0) {
            double a = x1 - r[0];
            double c = x2 - r[1];
            double q = (r[4] * a * a - 2 * r[3] * a * c + r[2] * c * c) / det;
            line(b, "Mahalanobis distance", Math.sqrt(q));
            line(b, "fitted density", Math.exp(-0.5 * q) / (2 * Math.PI * Math.sqrt(det)));
        }
        return b.toString();
    }

    private static String meanSurface(RunView v, double mu1, double mu2) {
        StringBuilder b = new StringBuilder("\u03bc\u2081 = ").append(num(mu1)).append(", \u03bc\u2082 = ").append(num(mu2));
        double[] r = v.reported();
        if (r[2] * r[4] - r[3] * r[3] > 0 && r[2] > 0) {
            double[] values = Surfaces.grid2(v.data().moments(), r[2], r[3], r[4], mu1, mu1, mu2, mu2, 1, 1);
            line(b, "\u2113 at the current \u03a3", values[0]);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String name, double value) {
        b.append('\n').append(name).append(" = ").append(num(value));
    }

    /** Five significant digits, scientific beyond 10^5 and below 10^-3. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e5 || a < 1e-3)) {
            return String.format(java.util.Locale.ROOT, "%.4e", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(5)).stripTrailingZeros().toPlainString();
    }
}
