package org.likelihoodlab.experiment;

import java.util.Locale;

/**
 * How a run stands, from the one classifier ({@link OutcomeClassifier}) that the sweep, the
 * diagnosis, the window's status line and the race all use. The definitions, in math.md terms
 * (d_k = max-norm distance of the reported parameters to the closed-form MLE after update k,
 * T = updates done):
 */
public enum Outcome {
    /** The convergence checker holds at the current state (batch: within 1e-6 of the MLE). */
    CONVERGED,
    /**
     * Not converged and not settling: after the patience (100 updates; 2000 for an online run), d
     * over the last 16 updates is not monotone non-increasing and the run is not on course to
     * converge within another T updates (a period-2 orbit past the local bound, chaos, a noise ball,
     * a drift away).
     */
    OSCILLATING,
    /**
     * Getting closer monotonically, but so slowly that at the rate measured between the second and
     * the fourth quarter of the run (mean d over each) it needs more than another T updates.
     */
    CRAWLING,
    /** Hit a divergence criterion of math.md section 5. */
    DIVERGED,
    /**
     * Too early to say (within the patience), or getting closer at a rate that converges within
     * another T updates.
     */
    UNFINISHED;

    /** @return the lower-case name used in CSV files */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
