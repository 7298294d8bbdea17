package org.likelihoodlab.experiment;

/**
 * When a run counts as converged: the largest absolute difference between its reported
 * parameters ((mu, sigma), or mu and the entries of Sigma) and the closed-form MLE is below
 * {@link #TOLERANCE}. This is the criterion behind the step counts of math.md section 7.
 */
public final class Convergence {

    /** 1e-6, in the units of the reported parameters. */
    public static final double TOLERANCE = 1e-6;

    private Convergence() {
    }

    /** @return max_i |reported[i] - mle[i]| (NaN-safe: NaN gives +infinity) */
    public static double distance(double[] reported, double[] mle) {
        double d = 0;
        for (int i = 0; i < mle.length; i++) {
            double e = Math.abs(reported[i] - mle[i]);
            if (!(e <= d)) {
                d = Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
            }
        }
        return d;
    }

    public static boolean converged(double[] reported, double[] mle) {
        return distance(reported, mle) < TOLERANCE;
    }
}
