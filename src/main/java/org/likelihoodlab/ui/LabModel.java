package org.likelihoodlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.LiveSettings;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrueGaussian;

/**
 * The window's view model. The {@link #scenario() scenario} is the source of truth: the
 * properties below mirror it for the controls, and editing a control replaces only the field it
 * edits ({@link ScenarioFromControls}). The runs ({@link LabRuns}: run A, and B beside it when
 * comparing) are plans of that scenario. Learning rate, optimizer and its hyperparameters go to the
 * running run live, as changes in its plan; every other change starts new runs, debounced, with
 * the data loaded in the background.
 */
public final class LabModel extends LabSettings {

    // ---- state ---- //
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Snapshot> snapshotB = new ReadOnlyObjectWrapper<>();
    private final LabRuns runs;
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
        runs.snapshotsProperty().addListener((o, a, list) -> {
            snapshot.set(list.isEmpty() ? null : list.get(0));
            snapshotB.set(list.size() > 1 ? list.get(1) : null);
        });
        compare.addListener((o, a, b) -> requestRestart());
        comparison.addListener((o, a, b) -> {
            if (compare.get()) {
                requestRestart();
            }
        });
    }

    // ---- reading ---- //

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Snapshot snapshot() {
        return snapshot.get();
    }

    /** Run B's latest snapshot, or {@code null} when no comparison is on. */
    public ReadOnlyObjectProperty<Snapshot> snapshotBProperty() {
        return snapshotB.getReadOnlyProperty();
    }

    public Snapshot snapshotB() {
        return snapshotB.get();
    }

    /** Every run's latest snapshot, A first. */
    public ReadOnlyObjectProperty<List<Snapshot>> snapshotsProperty() {
        return runs.snapshotsProperty();
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

    public void play() {
        runs.play();
    }

    public void pause() {
        runs.pause();
    }

    /** Plays until run A has made {@code step} updates and pauses there (a lesson's cue). */
    public void playUntil(long step) {
        runs.playUntil(step);
    }

    public void stepOnce() {
        runs.stepOnce();
    }

    public void reset() {
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
    }

    /** The shortest time between two debounced restarts. */
    static final long RESTART_NANOS = 100_000_000L;
    private long lastRestart;

    /**
     * Starts new runs from the current settings. They play unless the user had paused the old
     * ones: after a run converged, finished or diverged, a changed setting means "try again".
     */
    public void restartNow() {
        Snapshot old = snapshot.get();
        boolean play = old == null || old.state() != RunState.PAUSED;
        runs.restart(this::runScenarios, play);
    }

    /** @return the scenarios of the runs: A, and B when comparing */
    List<Scenario> runScenarios() {
        List<Scenario> l = new ArrayList<>();
        Scenario a = toScenario();
        l.add(a);
        if (compare.get()) {
            l.add(comparison.get().apply(a));
        }
        return l;
    }

    /**
     * Makes a scenario the settings (a preset, an opened file, an undo) once its data are loaded,
     * and starts it playing. Data that cannot be loaded are reported and change nothing.
     */
    public void apply(Scenario s) {
        apply(s, true);
    }

    /** As {@link #apply(Scenario)}, the new runs playing or paused at step 0 (a lesson's scene with cues). */
    public void apply(Scenario s, boolean play) {
        runs.loadData(s.data(), s.dim(), d -> {
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
        apply(s);
        return true;
    }

    @Override
    void liveChange(LiveSettings live) {
        if (!started) {
            return;
        }
        Snapshot a = snapshot();
        boolean over = a != null && (a.state() == RunState.DIVERGED || a.state() == RunState.FINISHED);
        if (compare.get() || over) {
            // with B beside it both restart, so they stay comparable; a run that is over runs again
            requestRestart();
        } else {
            runs.change(0, live);
        }
    }

    @Override
    void newRun() {
        requestRestart();
    }

    private void requestRestart() {
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
        Snapshot s = snapshot.get();
        return s == null ? null : s.data();
    }
}
