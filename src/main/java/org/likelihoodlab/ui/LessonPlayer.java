package org.likelihoodlab.ui;

import java.util.List;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.likelihoodlab.experiment.lesson.Cue;
import org.likelihoodlab.experiment.lesson.Lesson;
import org.likelihoodlab.experiment.lesson.LessonScene;

/**
 * Plays a lesson in the window: shows scene k (its scenario through {@link LabModel#apply(
 * org.likelihoodlab.experiment.Scenario, boolean)}, what to show) and runs its cues one after the
 * other, each waiting for the run to get where the cue sends it. The rules are those of the
 * headless {@link org.likelihoodlab.experiment.lesson.ScenePlayback}, so the handout shows what
 * the window shows. The controls stay live; {@link #resetScene()} starts the scene again.
 */
final class LessonPlayer {

    /** What the view does for a scene: tab, surface, speed, text size; and the highlight cue. */
    interface Stage {
        void showView(LessonScene scene);

        void highlight(String target);
    }

    private final LabModel model;
    private final Stage stage;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper cueText = new ReadOnlyStringWrapper("");
    /** Changes with every scene shown, so that a late callback of an earlier scene does nothing. */
    private int generation;
    private int nextCue;
    private Predicate<Snapshot> waitingFor;

    LessonPlayer(LabModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        model.snapshotProperty().addListener((o, a, s) -> check(s));
    }

    ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    Lesson lesson() {
        return lesson.get();
    }

    /** The scene shown, 0-based (-1: none). */
    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    int index() {
        return index.get();
    }

    /** What the cues are doing now ("▶ play to step 110"), empty when done. */
    ReadOnlyStringProperty cueTextProperty() {
        return cueText.getReadOnlyProperty();
    }

    /** Starts a lesson at its first scene. */
    void open(Lesson l) {
        lesson.set(l);
        index.set(-1);
        if (!l.scenes().isEmpty()) {
            show(0);
        }
    }

    /** Replaces the lesson (an edit) without leaving the scene shown. */
    void edited(Lesson l) {
        lesson.set(l);
        if (index.get() >= l.scenes().size()) {
            index.set(l.scenes().size() - 1);
        }
    }

    void next() {
        if (lesson.get() != null && index.get() + 1 < lesson.get().scenes().size()) {
            show(index.get() + 1);
        }
    }

    void previous() {
        if (lesson.get() != null && index.get() > 0) {
            show(index.get() - 1);
        }
    }

    /** Shows the current scene again from its start (after the lecturer deviated). */
    void resetScene() {
        if (index.get() >= 0) {
            show(index.get());
        }
    }

    /** Stops following cues (leaving lesson mode); the run stays as it is. */
    void stop() {
        generation++;
        waitingFor = null;
        cueText.set("");
        lesson.set(null);
        index.set(-1);
    }

    /** Shows scene {@code k}: its view, its run (paused at step 0 when it has cues), then its cues. */
    void show(int k) {
        LessonScene s = lesson.get().scenes().get(k);
        int g = ++generation;
        waitingFor = null;
        nextCue = 0;
        index.set(k);
        stage.showView(s);
        Snapshot before = model.snapshot();
        long oldRun = before == null ? -1 : before.runId();
        boolean cues = !s.cues().isEmpty();
        if (s.isRace()) {
            model.applyRace(s.race(), !cues);
        } else {
            model.applyScene(s.scenario(), !cues);
        }
        cueText.set(cues ? "starting\u2026" : "");
        if (cues) {
            waitingFor = x -> g == generation && x.runId() != oldRun && x.step() == 0;
            check(model.snapshot());
        }
    }

    private void check(Snapshot s) {
        if (waitingFor != null && s != null && waitingFor.test(s)) {
            waitingFor = null;
            runNextCue();
        }
    }

    private void runNextCue() {
        List<Cue> cues = lesson.get().scenes().get(index.get()).cues();
        if (nextCue >= cues.size()) {
            cueText.set("");
            return;
        }
        Cue c = cues.get(nextCue++);
        cueText.set("\u25b6 " + c.describe());
        switch (c.kind()) {
            case PLAY_TO:
                model.playUntil(c.step());
                afterWorker(x -> x.state() != RunState.RUNNING && (x.step() >= c.step() || stopped(x.state())));
                break;
            case PLAY:
                model.play();
                afterWorker(x -> stopped(x.state()));
                break;
            case SET_LR:
                Snapshot now = model.snapshot();
                if (now != null && (now.state() == RunState.DIVERGED || now.state() == RunState.FINISHED)) {
                    long old = now.runId();
                    int g = generation;
                    LessonScene scene = lesson.get().scenes().get(index.get());
                    if (scene.isRace()) {
                        // every run of the race starts again with the new alpha, as the handout plays it
                        List<org.likelihoodlab.experiment.Race.Entry> entries = new java.util.ArrayList<>();
                        for (org.likelihoodlab.experiment.Race.Entry e : scene.race().runs()) {
                            entries.add(new org.likelihoodlab.experiment.Race.Entry(e.label(),
                                    e.scenario().toBuilder().lr(c.lr()).build()));
                        }
                        model.applyRace(new org.likelihoodlab.experiment.Race(scene.race().name(), entries), false);
                    } else {
                        model.applyScene(model.toScenario().toBuilder().lr(c.lr()).build(), false);
                    }
                    waitingFor = x -> g == generation && x.runId() != old && x.step() == 0;
                } else {
                    model.lr.set(c.lr());
                    runNextCue();
                }
                break;
            default:
                stage.highlight(c.target());
                runNextCue();
        }
    }

    /** @return true for a run that stopped by itself: diverged, converged (batch) or at its end */
    private static boolean stopped(RunState s) {
        return s == RunState.DIVERGED || s == RunState.CONVERGED || s == RunState.FINISHED;
    }

    /**
     * Waits for the condition on a snapshot the worker published after it took the last command:
     * one published before could still show the state before the cue.
     */
    private void afterWorker(Predicate<Snapshot> condition) {
        int g = generation;
        model.barrier().thenRun(() -> {
            // on the worker: it has taken the cue's command and published since
            long published = model.publishedVersion();
            Platform.runLater(() -> {
                if (g != generation) {
                    return;
                }
                waitingFor = x -> g == generation && x.version() >= published && condition.test(x);
                check(model.snapshot());
            });
        });
    }
}
