package org.likelihoodlab.experiment;

/** Receives the recorded rows of a run, in step order. */
@FunctionalInterface
public interface TrajectorySink {
    /**
     * @param step the number of updates done (0 = the initial state)
     * @param reported (mu, sigma) or (mu1, mu2, s11, s12, s22); valid only during the call
     * @param logLik the average log-likelihood over the whole data set
     * @throws java.io.UncheckedIOException if the row cannot be written
     */
    void row(long step, double[] reported, double logLik);

    /**
     * A row of a run that averages its iterates (math.md 9.4); a sink without the average
     * columns writes the plain row.
     *
     * @param averaged the averaged iterate in reported coordinates; valid only during the call
     * @param averagedLogLik the full-data average log-likelihood at the averaged iterate
     */
    default void row(long step, double[] reported, double logLik, double[] averaged, double averagedLogLik) {
        row(step, reported, logLik);
    }
}
