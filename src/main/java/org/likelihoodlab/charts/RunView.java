package org.likelihoodlab.charts;

import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.StochasticView;
import org.likelihoodlab.experiment.StochasticWatch;
import org.likelihoodlab.experiment.TrajectoryRecorder;
import org.likelihoodlab.experiment.TrueGaussian;

/**
 * Everything a figure shows of a run, immutable: the same record comes from the live window's
 * snapshot and from a headless run, so a figure looks the same in both.
 *
 * @param scenario the run's settings
 * @param data the data
 * @param mle closed-form MLE, reported parameters
 * @param step valid updates done
 * @param reported current reported parameters
 * @param logLik current average log-likelihood
 * @param lr learning rate in use
 * @param convergedAt the step it converged at, or -1
 * @param divergedAt the update that diverged, or 0
 * @param reason the divergence reason, or {@code null}
 * @param offendingTheta the diverged update's internal state ({@code null} if none)
 * @param xs per series the steps of the decimated trajectory
 * @param ys per series the values
 * @param rows whole decimated rows {steps, series...} for paths
 * @param stochastic lr_k, the averaged iterate, the noise ball ({@code null}: a plain batch run)
 */
public record RunView(Scenario scenario, Dataset data, double[] mle, long step, double[] reported, double logLik,
        double lr, long convergedAt, long divergedAt, String reason, double[] offendingTheta, double[][] xs,
        double[][] ys, double[][] rows, StochasticView stochastic) {

    public int dim() {
        return scenario.dim();
    }

    /** @return the true distribution of sampled data, or {@code null} */
    public TrueGaussian truth() {
        return scenario.data() instanceof DataSource.Sampled s ? s.truth() : null;
    }

    /** @return a view of a finished (or diverged) headless run */
    public static RunView of(TrajectoryRecorder rec) {
        Run run = rec.run();
        double[][][] v = rec.views();
        return new RunView(run.scenario(), run.data(), run.data().mle(), run.step(), run.reported(), run.logLik(),
                run.lr(), -1, run.divergedAt(), run.divergence(),
                run.divergence() == null ? null : run.offendingTheta(), v[0], v[1], rec.trajectory().rows(),
                StochasticWatch.at(run));
    }
}
