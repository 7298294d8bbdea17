package org.likelihoodlab.charts;

import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Surfaces;

/**
 * The axis ranges of the (mu, sigma) surface: the ranges that show a path, the MLE and the truth
 * with a margin, and the rule that keeps the current ranges while they still fit, so the axes
 * do not jump every frame. Shared by the 2-D figure and the 3-D view.
 */
final class SurfaceRanges {

    private SurfaceRanges() {
    }

    /**
     * The axis ranges that show a path, the MLE and the truth with a margin (shared with the 3-D view).
     *
     * @param px the path's mu values; @param py its values in the displayed coordinate
     * @param mle the MLE (mu, sigma); @param truth the true distribution, or {@code null}
     * @param scale the displayed coordinate; @param logAxis true for a log sigma axis
     * @return {mu0, mu1, q0, q1} in the displayed coordinate (q0 &gt; 0 for sigma and the variance)
     */
    public static double[] fit(double[] px, double[] py, double[] mle, TrueGaussian truth, Surfaces.Scale scale,
            boolean logAxis) {
        java.util.function.DoubleUnaryOperator axisValue = scale::of;
        double x0 = mle[0];
        double x1 = mle[0];
        double y0 = axisValue.applyAsDouble(mle[1]);
        double y1 = y0;
        for (int i = 0; i < px.length; i++) {
            if (Double.isFinite(px[i]) && Double.isFinite(py[i])) {
                x0 = Math.min(x0, px[i]);
                x1 = Math.max(x1, px[i]);
                y0 = Math.min(y0, py[i]);
                y1 = Math.max(y1, py[i]);
            }
        }
        if (truth != null) {
            x0 = Math.min(x0, truth.mean()[0]);
            x1 = Math.max(x1, truth.mean()[0]);
            y0 = Math.min(y0, axisValue.applyAsDouble(truth.sd(0)));
            y1 = Math.max(y1, axisValue.applyAsDouble(truth.sd(0)));
        }
        double sd = mle[1];
        double wx = Math.max(x1 - x0, 2 * sd);
        x0 -= 0.12 * wx;
        x1 += 0.12 * wx;
        boolean positive = scale != Surfaces.Scale.LOG_SIGMA;
        if (logAxis && scale == Surfaces.Scale.SIGMA) {
            double ly0 = Math.log(y0) - 0.3;
            double ly1 = Math.log(y1) + 0.3;
            return new double[] {x0, x1, Math.exp(ly0), Math.exp(ly1)};
        }
        double wy = Math.max(y1 - y0, positive ? 0.5 * axisValue.applyAsDouble(sd) : 1);
        double lowest = y0;
        y0 -= 0.12 * wy;
        y1 += 0.12 * wy;
        if (positive) {
            // stay above zero (sigma and v are positive) but keep the lowest point in view
            y0 = Math.max(y0, lowest > 0 ? 0.5 * lowest : 0.02 * y1);
        }
        return new double[] {x0, x1, y0, y1};
    }

    static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * @return the current ranges while they still hold the fitted ones and are not much larger,
     *     otherwise the fitted ones (so the axes do not jump every frame)
     */
    public static double[] follow(double[] current, double[] fitted) {
        return current == null || !contains(current, fitted) || tooLoose(current, fitted) ? fitted : current;
    }

    private static boolean contains(double[] outer, double[] inner) {
        return inner[0] >= outer[0] && inner[1] <= outer[1] && inner[2] >= outer[2] && inner[3] <= outer[3];
    }

    /** A range much larger than needed (e.g. after reset) shrinks again. */
    private static boolean tooLoose(double[] outer, double[] inner) {
        return (inner[1] - inner[0]) < 0.25 * (outer[1] - outer[0]) || (inner[3] - inner[2]) < 0.25 * (outer[3] - outer[2]);
    }
}
