package org.likelihoodlab.ui;

import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Diagnosis;
import org.likelihoodlab.experiment.LiveSettings;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.OutcomeClassifier;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.RunObserver;
import org.likelihoodlab.experiment.RunPlan;
import org.likelihoodlab.experiment.TrajectoryRecorder;

/**
 * One run of the worker, with its observers: the recorder for the charts and the one outcome
 * classifier. A batch run pauses itself the first time it converges; pressing play again keeps
 * it going (to watch it stay put). Owned by the worker thread.
 */
final class Lane implements RunObserver {

    private final Run run;
    private final TrajectoryRecorder recorder;
    private final OutcomeClassifier classifier;
    private final org.likelihoodlab.experiment.FixCheck fixCheck;
    private final org.likelihoodlab.experiment.StochasticWatch watch;
    private final long runId;
    private final double[] mle;
    private final boolean stopAtConvergence;
    /** Set when the run paused itself at its first convergence; play or step releases it. */
    private boolean held;
    private boolean convergenceSeen;
    private final long[] rateSteps = new long[16];
    private final long[] rateTimes = new long[16];
    private int rateIndex;

    Lane(RunPlan plan, Dataset data, long runId, int buckets) {
        this(plan, data, runId, buckets, new org.likelihoodlab.experiment.FixCheck(data));
    }

    /** @param fixCheck checks the diagnosis's fixes on {@code data} (shared by replays, which remember its checks) */
    Lane(RunPlan plan, Dataset data, long runId, int buckets, org.likelihoodlab.experiment.FixCheck fixCheck) {
        this.run = new Run(plan, data);
        this.recorder = new TrajectoryRecorder(run, buckets);
        this.classifier = OutcomeClassifier.forRun(run);
        this.fixCheck = fixCheck;
        this.watch = org.likelihoodlab.experiment.StochasticWatch.wanted(plan.scenario())
                ? new org.likelihoodlab.experiment.StochasticWatch(run) : null;
        this.runId = runId;
        this.mle = data.mle();
        this.stopAtConvergence = plan.scenario().mode() == Mode.BATCH;
        row(run);
    }

    @Override
    public boolean row(Run r) {
        recorder.record();
        classifier.row(r);
        if (watch != null) {
            watch.row(r);
        }
        if (stopAtConvergence && !convergenceSeen && classifier.convergedNow()) {
            convergenceSeen = true;
            held = true;
            return false;
        }
        return true;
    }

    /** @return true if the run can still move (not diverged, steps left) */
    boolean canPlay() {
        return run.status() == Run.Status.RUNNING && run.step() < run.scenario().steps();
    }

    /** @return true if the run can move and has not paused itself at its convergence */
    boolean wantsToPlay() {
        return canPlay() && !held;
    }

    /** The user pressed play or step: a run that paused at its convergence goes on. */
    void release() {
        held = false;
    }

    /** @return true if the run can go on after these updates */
    boolean advance(long count) {
        if (held || !canPlay()) {
            return false;
        }
        long target = Math.min(run.scenario().steps(), run.step() + count);
        run.runTo(target, this);
        return wantsToPlay();
    }

    /**
     * A replay (the timeline): steps on to update {@code k}, past the pause at the first convergence
     * as play does, in chunks so a newer request can stop it. A run that diverges on the way stops
     * there, as the live one did.
     *
     * @return false if {@code cancelled} said stop before the run got there
     */
    boolean replayTo(long k, java.util.function.BooleanSupplier cancelled) {
        while (run.step() < k && canPlay()) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            release();
            advance(Math.min(REPLAY_CHUNK, k - run.step()));
        }
        return true;
    }

    /** Updates between two looks at whether a replay is still wanted. */
    private static final long REPLAY_CHUNK = 1 << 16;

    void change(LiveSettings settings) {
        run.change(settings);
    }

    Run run() {
        return run;
    }

    private RunState state(boolean playing) {
        if (run.status() == Run.Status.DIVERGED) {
            return RunState.DIVERGED;
        }
        if (run.step() >= run.scenario().steps()) {
            return RunState.FINISHED;
        }
        if (held || convergenceSeen && !playing && classifier.convergedNow()) {
            return RunState.CONVERGED;
        }
        return playing ? RunState.RUNNING : RunState.PAUSED;
    }

    Snapshot snapshot(long version, long now, boolean playing) {
        rateIndex = (rateIndex + 1) % rateSteps.length;
        rateSteps[rateIndex] = run.step();
        rateTimes[rateIndex] = now;
        int oldest = (rateIndex + 1) % rateSteps.length;
        double sps = 0;
        if (playing && rateTimes[oldest] != 0 && rateSteps[oldest] <= run.step() && now > rateTimes[oldest]) {
            sps = (run.step() - rateSteps[oldest]) / ((now - rateTimes[oldest]) * 1e-9);
        }
        double[][][] views = recorder.views();
        double[][] rows = recorder.trajectory().rows();
        OutcomeClassifier.Verdict verdict = classifier.verdict(run);
        RunState state = state(playing);
        return new Snapshot(version, runId, run.plan(), run.current(), run.data(), mle.clone(), run.step(),
                run.reported(), run.logLik(), state, verdict, run.divergedAt(), run.divergence(), sps, views[0],
                views[1], rows, run.divergence() == null ? null : run.offendingTheta(),
                Diagnosis.of(run, verdict, rows, fixCheck), watch == null ? null : watch.view());
    }
}
