package org.likelihoodlab.experiment;

/**
 * When a run counts as converged, as a checker passed to whoever needs to know (in the manner of
 * Commons Math's {@code SimpleValueChecker}): every reported parameter ((mu, sigma), or mu and the
 * entries of Sigma) is within {@code max(absolute, relative * |mle_i|)} of the closed-form MLE,
 * strictly. The absolute part, 1e-6, is the criterion behind the step counts of math.md section 7;
 * the relative part lets data with a large mean (epoch milliseconds, |x&#772;| around 1e12, where
 * one rounding step of mu is already larger than 1e-6) converge too.
 *
 * @param absolute the absolute threshold, in the units of the reported parameters, &gt; 0
 * @param relative the relative threshold, &ge; 0
 */
public record Convergence(double absolute, double relative) {

    /** The absolute threshold of math.md section 7. */
    public static final double TOLERANCE = 1e-6;

    /** 1e-6 absolute, 1e-13 relative (about 450 rounding steps of a double). */
    public static final Convergence DEFAULT = new Convergence(TOLERANCE, 1e-13);

    public Convergence {
        if (!(absolute > 0) || !(relative >= 0)) {
            throw new IllegalArgumentException("thresholds must be absolute > 0 and relative >= 0 (were "
                    + absolute + ", " + relative + ")");
        }
    }

    /** @return true if every reported parameter is within its threshold of the MLE */
    public boolean converged(double[] reported, double[] mle) {
        for (int i = 0; i < mle.length; i++) {
            double e = Math.abs(reported[i] - mle[i]);
            if (!(e < threshold(mle[i]))) {
                return false;
            }
        }
        return true;
    }

    /** @return the threshold for a parameter whose MLE is {@code mle} */
    public double threshold(double mle) {
        return Math.max(absolute, relative * Math.abs(mle));
    }

    /** @return the smallest threshold over the parameters: the distance that counts as arrived */
    public double threshold(double[] mle) {
        double t = Double.POSITIVE_INFINITY;
        for (double m : mle) {
            t = Math.min(t, threshold(m));
        }
        return t;
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
}
