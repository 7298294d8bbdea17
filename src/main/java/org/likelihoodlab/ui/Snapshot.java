package org.likelihoodlab.ui;

import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Scenario;

/**
 * What the worker publishes after a batch of steps: immutable, so the FX thread reads it without
 * locks. Arrays are fresh copies owned by the snapshot; do not modify them.
 *
 * @param version increases with every publication
 * @param runId increases with every new run (reset, new data, new settings)
 * @param scenario the settings the run started from
 * @param data the run's data
 * @param mle the closed-form MLE in reported parameters
 * @param step valid updates done
 * @param reported current (mu, sigma) or (mu1, mu2, s11, s12, s22)
 * @param logLik current average log-likelihood
 * @param state running, paused, converged, finished or diverged
 * @param convergedAt the step at which the run converged, or -1
 * @param divergedAt the update that diverged, or 0
 * @param reason the divergence reason, or {@code null}
 * @param lr the learning rate in use
 * @param stepsPerSecond recent speed
 * @param xs per series (1-D: mu, sigma, loglik; 2-D: mu1, mu2, s11, s12, s22, rho, loglik), the
 *     steps of the decimated view
 * @param ys per series, the values of the decimated view
 * @param rows whole decimated rows {steps, series...}, for paths
 * @param offendingTheta the diverged update's internal state, or {@code null}
 * @param diagnosis what is wrong with the run, if anything, and how to fix it
 * @param changes learning rate / optimizer changes made while it ran, in step order
 */
public record Snapshot(long version, long runId, Scenario scenario, Dataset data, double[] mle, long step,
        double[] reported, double logLik, RunState state, long convergedAt, long divergedAt, String reason, double lr,
        double stepsPerSecond, double[][] xs, double[][] ys, double[][] rows, double[] offendingTheta,
        org.likelihoodlab.experiment.Diagnosis diagnosis, java.util.List<RunWorker.LiveChange> changes) {

    /** @return the figure-side view of this snapshot */
    public org.likelihoodlab.charts.RunView view() {
        return new org.likelihoodlab.charts.RunView(scenario, data, mle, step, reported, logLik, lr, convergedAt,
                divergedAt, reason, offendingTheta, xs, ys, rows);
    }

    public int dim() {
        return scenario.dim();
    }
}
