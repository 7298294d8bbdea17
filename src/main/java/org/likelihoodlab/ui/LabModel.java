package org.likelihoodlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.LiveSettings;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrueGaussian;

/**
 * The window's view model. The {@link #scenario() scenario} is the source of truth: the
 * properties below mirror it for the controls, and editing a control replaces only the field it
 * edits ({@link ScenarioFromControls}). The window races 1 to 6 runs on the same data
 * ({@link RaceRoster}); the controls edit the selected one, whose settings are the scenario. The
 * runs ({@link LabRuns}) are plans of the runs' scenarios. Learning rate, optimizer and its
 * hyperparameters go to the selected run live, as changes in its plan; every other change starts
 * the race again, debounced, with the data loaded in the background.
 */
public final class LabModel extends LabRace {

    // ---- state ---- //
    private final LabRuns runs;
    /** The run's history while paused; when it looks at an earlier step, that is what everything shows. */
    private final Timeline timeline;
    /** The snapshots shown: the live ones, or the timeline's at an earlier step. */
    private final ShownSnapshots shown;
    private final TaskExecutor executor;
    private boolean started;
    private boolean restartPending;

    /** A model whose background work runs on worker threads. */
    public LabModel() {
        this(new FxTaskExecutor());
    }

    /** @param executor where data loading runs ({@link CurrentThreadTaskExecutor} in tests) */
    LabModel(TaskExecutor executor) {
        this.executor = executor;
        runs = new LabRuns(executor, e -> say(e, true), d -> {
            if (toScenario() != null && toScenario().data() instanceof DataSource.FromFile) {
                sync(() -> n.set(d.n()));
            }
        });
        timeline = new Timeline(runs.snapshotsProperty());
        shown = new ShownSnapshots(runs, timeline, roster());
    }

    @Override
    void showSelected() {
        shown.showSelected();
    }

    @Override
    void dropRun(int index) {
        runs.remove(index);
    }

    // ---- the race ---- //

    /** Opens a race: its runs replace the window's, on its data, and play. */
    public void applyRace(org.likelihoodlab.experiment.Race race) {
        applyRace(race, true);
    }

    /** As {@link #applyRace(org.likelihoodlab.experiment.Race)}, playing or paused at step 0 (a lesson's race scene). */
    public void applyRace(org.likelihoodlab.experiment.Race race, boolean play) {
        Scenario first = race.runs().get(0).scenario();
        runs.loadData(first.data(), first.dim(), d -> {
            roster().replace(race);
            raceNameProperty().set(race.name());
            setOrigin(first);
            set(first, false);
            show(first);
            if (first.data() instanceof DataSource.FromFile) {
                sync(() -> n.set(d.n()));
            }
            clearMessage();
            if (started) {
                restartPending = false;
                runs.restart(this::runScenarios, play);
            }
        }, e -> say(e.getMessage(), true));
    }

    /** @return the visible runs of the race as the charts draw them, with their latest views */
    public List<org.likelihoodlab.charts.RunLine> raceLines() {
        return shown.raceLines();
    }

    // ---- reading ---- //

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return shown.snapshotProperty();
    }

    public Snapshot snapshot() {
        return shown.snapshotProperty().get();
    }

    /** Every run's snapshot as shown (the latest, or at the timeline's step), in race order. */
    public ReadOnlyObjectProperty<List<Snapshot>> snapshotsProperty() {
        return shown.listProperty();
    }

    /** Every run's latest live snapshot, in race order, whatever step the timeline shows. */
    public ReadOnlyObjectProperty<List<Snapshot>> liveSnapshotsProperty() {
        return runs.snapshotsProperty();
    }

    /** @return the selected run's latest live snapshot, whatever step the timeline shows */
    Snapshot liveSnapshot() {
        return shown.live();
    }

    /** @return the run's history: the step looked at while paused */
    public Timeline timeline() {
        return timeline;
    }

    /** @return where background work of the window runs */
    TaskExecutor executor() {
        return executor;
    }

    /** @return true while data are being loaded for a restart */
    boolean isLoading() {
        return runs.isLoading();
    }

    // ---- commands ---- //

    /** Starts the runs on the current settings (or on the scenario being applied, once its data are there). */
    public void start(boolean play) {
        started = true;
        if (toScenario() != null) {
            runs.restart(this::runScenarios, play);
        }
    }

    /** Plays on from the runs' real end (the timeline returns to live). */
    public void play() {
        timeline.live();
        runs.play();
    }

    public void pause() {
        runs.pause();
    }

    /** Plays until run A has made {@code step} updates and pauses there (a lesson's cue). */
    public void playUntil(long step) {
        timeline.live();
        runs.playUntil(step);
    }

    public void stepOnce() {
        timeline.live();
        runs.stepOnce();
    }

    public void reset() {
        timeline.live();
        runs.reset();
    }

    public void setSpeed(double stepsPerSecond) {
        runs.setSpeed(stepsPerSecond);
    }

    /** @return the version of the worker's latest snapshot of run A, published or not yet taken by a frame (any thread) */
    long publishedVersion() {
        return runs.publishedVersion();
    }

    /** For tests: completes with run A's step once the worker has handled every earlier command. */
    java.util.concurrent.CompletableFuture<Long> barrier() {
        return runs.barrier();
    }

    public void shutdown() {
        timeline.shutdown();
        runs.shutdown();
    }

    /**
     * Called once a frame: applies a pending restart (at most one every {@value #RESTART_NANOS} ns,
     * so a slider drag restarts about ten times a second, the last position always) and takes the
     * worker's latest snapshots.
     */
    public void frame() {
        long now = System.nanoTime();
        if (restartPending && now - lastRestart >= RESTART_NANOS) {
            restartPending = false;
            lastRestart = now;
            restartNow();
        }
        runs.frame();
        timeline.frame();
    }

    /** The shortest time between two debounced restarts. */
    static final long RESTART_NANOS = 100_000_000L;
    private long lastRestart;

    /**
     * Starts new runs from the current settings. They play unless the user had paused the old
     * ones: after a run converged, finished or diverged, a changed setting means "try again".
     */
    public void restartNow() {
        timeline.live();
        Snapshot old = liveSnapshot();
        boolean play = old == null || old.state() != RunState.PAUSED;
        runs.restart(this::runScenarios, play);
    }

    /** @return the scenarios of the runs, in race order */
    List<Scenario> runScenarios() {
        return new ArrayList<>(roster().scenarios(toScenario()));
    }

    /**
     * Makes a scenario the settings (a preset, an opened file, an undo) once its data are loaded,
     * and starts it playing. Data that cannot be loaded are reported and change nothing.
     */
    public void apply(Scenario s) {
        apply(s, false, true);
    }

    /**
     * As {@link #apply(Scenario)}; with {@code keepRace} the scenario replaces only the selected
     * run (an undo), otherwise the race becomes this one run (a preset, an opened scenario).
     */
    void apply(Scenario s, boolean keepRace) {
        apply(s, keepRace, true);
    }

    /** A lesson's scene: the race becomes this one run, playing or paused at step 0 (a scene with cues). */
    public void applyScene(Scenario s, boolean play) {
        apply(s, false, play);
    }

    private void apply(Scenario s, boolean keepRace, boolean play) {
        runs.loadData(s.data(), s.dim(), d -> {
            if (!keepRace) {
                roster().single(s);
                raceNameProperty().set("");
                setOrigin(s);
            }
            set(s, false);
            sync(() -> {
                if (s.data() instanceof DataSource.FromFile) {
                    n.set(d.n());
                }
            });
            clearMessage();
            if (started) {
                restartPending = false;
                runs.restart(this::runScenarios, play);
            }
        }, e -> say(e.getMessage(), true));
    }

    /**
     * Fits a CSV of the user's own data (dropped on the window), read again even if it was read
     * before: its number of columns sets the dimension; the rest of the settings stay. A bad file
     * is reported and changes nothing.
     */
    public void useDataFile(Path file) {
        runs.loadFile(file, d -> {
            Scenario next = withDataFile(file, d.dim());
            set(next, true);
            sync(() -> n.set(d.n()));
            restartNow();
            say("Fitting " + file.getFileName() + " (" + d.dim() + "-D, " + d.n() + " points)", false);
        }, e -> say(e.getMessage(), true));
    }

    /** Goes back to the settings before the last change (Ctrl+Z) and reruns them. */
    public boolean undo() {
        Scenario s = popUndo();
        if (s == null) {
            return false;
        }
        apply(s, true);
        return true;
    }

    @Override
    void liveChange(LiveSettings live) {
        if (!started) {
            return;
        }
        timeline.live();   // a change applies at the run's real end: show it there
        Snapshot a = liveSnapshot();
        boolean over = a != null && (a.state() == RunState.DIVERGED || a.state() == RunState.FINISHED);
        if (over) {
            requestRestart();   // a run that is over runs again
        } else {
            // only the selected run changes; the others race on
            runs.change(roster().selectedIndex(), live);
        }
    }

    @Override
    void newRun() {
        List<String> dropped = roster().shareData(toScenario());
        if (!dropped.isEmpty()) {
            say("Removed from the race (cannot use the new data): " + String.join(", ", dropped), true);
        }
        requestRestart();
    }

    @Override
    void requestRestart() {
        if (started) {
            restartPending = true;
        }
    }

    /** @return the true distribution of sampled data, or {@code null} for a data file */
    public static TrueGaussian truthOf(Scenario s) {
        return s.data() instanceof DataSource.Sampled sd ? sd.truth() : null;
    }

    /** For tests: the data the runs use now. */
    Dataset data() {
        Snapshot s = shown.snapshotProperty().get();
        return s == null ? null : s.data();
    }
}
