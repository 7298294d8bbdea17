package org.likelihoodlab.ui;

import java.util.List;
import org.likelihoodlab.charts.RunView;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Diagnosis;
import org.likelihoodlab.experiment.Outcome;
import org.likelihoodlab.experiment.OutcomeClassifier;
import org.likelihoodlab.experiment.RunPlan;
import org.likelihoodlab.experiment.Scenario;

/**
 * What the worker publishes for one run after a batch of steps: immutable, so the FX thread reads
 * it without locks. Arrays are fresh copies owned by the snapshot; do not modify them.
 *
 * @param version increases with every publication
 * @param runId increases with every new run (reset, new data, new settings)
 * @param plan the run's plan: its scenario and every live change so far (a replay is this run)
 * @param scenario the settings in force now (the plan's scenario with its last live change)
 * @param data the run's data
 * @param mle the closed-form MLE in reported parameters
 * @param step valid updates done
 * @param reported current (mu, sigma) or (mu1, mu2, s11, s12, s22)
 * @param logLik current average log-likelihood
 * @param state running, paused, converged, finished or diverged
 * @param verdict the one classifier's verdict on the run now
 * @param divergedAt the update that diverged, or 0
 * @param reason the divergence reason, or {@code null}
 * @param stepsPerSecond recent speed
 * @param xs per series ({@link org.likelihoodlab.experiment.Columns}) the steps of the decimated view
 * @param ys per series, the values of the decimated view
 * @param rows whole decimated rows {steps, series...}, for paths
 * @param offendingTheta the diverged update's internal state, or {@code null}
 * @param diagnosis what is wrong with the run, if anything, and how to fix it
 * @param stochastic lr_k, the averaged iterate, the noise ball and the measured sd ({@code null}: a plain
 *     batch run)
 */
public record Snapshot(long version, long runId, RunPlan plan, Scenario scenario, Dataset data, double[] mle,
        long step, double[] reported, double logLik, RunState state, OutcomeClassifier.Verdict verdict,
        long divergedAt, String reason, double stepsPerSecond, double[][] xs, double[][] ys, double[][] rows,
        double[] offendingTheta, Diagnosis diagnosis, org.likelihoodlab.experiment.StochasticView stochastic) {

    /** @return the figure-side view of this snapshot */
    public RunView view() {
        return new RunView(scenario, data, mle, step, reported, logLik, lr(), convergedAt(), divergedAt, reason,
                offendingTheta, xs, ys, rows, stochastic);
    }

    public int dim() {
        return scenario.dim();
    }

    /** @return the learning rate in force now */
    public double lr() {
        return scenario.lr();
    }

    /** @return the step the run converged at (and has stayed converged since), or -1 */
    public long convergedAt() {
        return verdict.outcome() == Outcome.CONVERGED ? verdict.step() : -1;
    }

    /** @return the live changes made so far, in step order */
    public List<RunPlan.Change> changes() {
        return plan.changes();
    }
}
