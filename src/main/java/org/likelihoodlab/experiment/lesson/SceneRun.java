package org.likelihoodlab.experiment.lesson;

import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.LiveSettings;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.OutcomeClassifier;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.RunObserver;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrajectoryRecorder;

/**
 * One run of a scene played by its cues headless, with the window's rules for when a run stops: a
 * batch run pauses itself the first time it converges (playing again goes on), any run stops at
 * its divergence and at its last step. So the handout shows the state the window shows after the
 * same cues, bit for bit (a window test compares the two).
 */
public final class SceneRun implements RunObserver {

    private final Run run;
    private final TrajectoryRecorder recorder;
    private final OutcomeClassifier classifier;
    private final boolean stopAtConvergence;
    private boolean held;
    private boolean convergenceSeen;

    /** @param buckets the decimation capacity of the recorded trajectory (even) */
    public SceneRun(Scenario s, Dataset data, int buckets) {
        run = new Run(s, data);
        recorder = new TrajectoryRecorder(run, buckets);
        classifier = OutcomeClassifier.forRun(run);
        stopAtConvergence = s.mode() == Mode.BATCH;
        row(run);
    }

    @Override
    public boolean row(Run r) {
        recorder.record();
        classifier.row(r);
        if (stopAtConvergence && !convergenceSeen && classifier.convergedNow()) {
            convergenceSeen = true;
            held = true;
            return false;
        }
        return true;
    }

    /** Plays to update {@code target} (at most the run's steps), stopping where the window would. */
    public void playTo(long target) {
        held = false;
        if (run.status() == Run.Status.RUNNING && run.step() < target) {
            run.runTo(Math.min(target, run.scenario().steps()), this);
        }
    }

    /** @return true if the run is over: diverged, or at its last step */
    public boolean over() {
        return run.status() == Run.Status.DIVERGED || run.step() >= run.scenario().steps();
    }

    /**
     * Changes α: live, from the next update on; a run that is over is replaced by a fresh one with
     * the new α (as the window starts it again).
     *
     * @return this run, or the fresh one
     */
    public SceneRun setLr(double lr, Dataset data, int buckets) {
        if (over()) {
            return new SceneRun(run.current().toBuilder().lr(lr).build(), data, buckets);
        }
        run.change(LiveSettings.of(run.current()).withLr(lr));
        return this;
    }

    public Run run() {
        return run;
    }

    public TrajectoryRecorder recorder() {
        return recorder;
    }

    /** @return the one classifier's verdict on the run now */
    public OutcomeClassifier.Verdict verdict() {
        return classifier.verdict(run);
    }
}
