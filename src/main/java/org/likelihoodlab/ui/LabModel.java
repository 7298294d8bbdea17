package org.likelihoodlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.likelihoodlab.experiment.Comparison;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.LiveSettings;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/**
 * The window's view model. The {@link #scenario() scenario} is the source of truth: the
 * properties below mirror it for the controls, and editing a control replaces only the field it
 * edits ({@link ScenarioFromControls}). The runs ({@link LabRuns}: run A, and B beside it when
 * comparing) are plans of that scenario. Learning rate, optimizer and its hyperparameters go to the
 * running run live, as changes in its plan; every other change starts new runs, debounced, with
 * the data loaded in the background.
 */
public final class LabModel {

    // ---- the controls' mirror of the scenario ---- //
    public final IntegerProperty dim = new SimpleIntegerProperty(1);
    public final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.BATCH);
    public final ObjectProperty<Parameterization> param = new SimpleObjectProperty<>(Parameterization.MU_SIGMA);
    public final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(Optimizer.GD);
    public final ObjectProperty<UpdateOrder> order = new SimpleObjectProperty<>(UpdateOrder.SIMULTANEOUS);
    public final BooleanProperty typo = new SimpleBooleanProperty(false);
    public final DoubleProperty lr = new SimpleDoubleProperty(0.1);
    public final DoubleProperty beta = new SimpleDoubleProperty(Hyper.DEFAULT.beta());
    public final DoubleProperty beta1 = new SimpleDoubleProperty(Hyper.DEFAULT.beta1());
    public final DoubleProperty beta2 = new SimpleDoubleProperty(Hyper.DEFAULT.beta2());
    public final DoubleProperty eps = new SimpleDoubleProperty(Hyper.DEFAULT.eps());
    public final LongProperty steps = new SimpleLongProperty(2000);
    /** True distribution: means, standard deviations, correlation (2-D), derived from the scenario. */
    public final DoubleProperty trueMu1 = new SimpleDoubleProperty(2);
    public final DoubleProperty trueMu2 = new SimpleDoubleProperty(-1);
    public final DoubleProperty trueSigma1 = new SimpleDoubleProperty(0.5);
    public final DoubleProperty trueSigma2 = new SimpleDoubleProperty(1);
    public final DoubleProperty trueRho = new SimpleDoubleProperty(0.6);
    public final IntegerProperty n = new SimpleIntegerProperty(400);
    public final LongProperty seed = new SimpleLongProperty(11);
    /** Start: means, standard deviations, correlation (2-D), derived from the scenario. */
    public final DoubleProperty initMu1 = new SimpleDoubleProperty(0);
    public final DoubleProperty initMu2 = new SimpleDoubleProperty(0);
    public final DoubleProperty initSigma1 = new SimpleDoubleProperty(1);
    public final DoubleProperty initSigma2 = new SimpleDoubleProperty(1);
    public final DoubleProperty initRho = new SimpleDoubleProperty(0);
    /** A data file in use instead of sampled data, or {@code null}. */
    public final ObjectProperty<Path> dataFile = new SimpleObjectProperty<>();
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty explanation = new SimpleStringProperty("");
    /** A/B comparison: run B alongside A, with one change. */
    public final BooleanProperty compare = new SimpleBooleanProperty(false);
    public final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>(Comparison.NATURAL);

    // ---- state ---- //
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Snapshot> snapshotB = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final LabRuns runs;
    private final TaskExecutor executor;
    private final ScenarioFromControls controls = new ScenarioFromControls(this);
    private final UndoHistory undo = new UndoHistory();
    private boolean syncing;
    private boolean started;
    private boolean restartPending;

    /** A model whose background work runs on worker threads. */
    public LabModel() {
        this(new FxTaskExecutor());
    }

    /** @param executor where data loading runs ({@link CurrentThreadTaskExecutor} in tests) */
    LabModel(TaskExecutor executor) {
        this.executor = executor;
        runs = new LabRuns(executor, e -> message.set(e), d -> {
            if (scenario.get() != null && scenario.get().data() instanceof DataSource.FromFile) {
                sync(() -> n.set(d.n()));
            }
        });
        runs.snapshotsProperty().addListener((o, a, list) -> {
            snapshot.set(list.isEmpty() ? null : list.get(0));
            snapshotB.set(list.size() > 1 ? list.get(1) : null);
        });
        for (Observable p : new Observable[] {dim, mode, param, optimizer, order, typo, lr, beta, beta1, beta2, eps,
            steps, trueMu1, trueMu2, trueSigma1, trueSigma2, trueRho, n, seed, initMu1, initMu2, initSigma1, initSigma2,
            initRho, dataFile, name, explanation}) {
            // a change listener, not an invalidation listener: the latter goes quiet until someone reads the value
            ((javafx.beans.value.ObservableValue<?>) p).addListener((o, a, b) -> edited(o));
        }
        compare.addListener((o, a, b) -> requestRestart());
        comparison.addListener((o, a, b) -> {
            if (compare.get()) {
                requestRestart();
            }
        });
    }

    // ---- reading ---- //

    /** The settings, the source of truth ({@code null} before the first {@link #apply}). */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** @return the scenario the settings describe (what Save writes) */
    public Scenario toScenario() {
        return scenario.get();
    }

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

    /** A problem with the settings to show (empty: none). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A short success notice for the status line (e.g. "Exported x.png"; empty: none). */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** Shows a notice (error = false) or a problem (error = true) in the status line. */
    public void say(String text, boolean error) {
        message.set(error ? text : "");
        info.set(error ? "" : text);
    }

    public Hyper hyper() {
        return new Hyper(beta.get(), beta1.get(), beta2.get(), eps.get());
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
        if (scenario.get() != null) {
            runs.restart(this::runScenarios, play);
        }
    }

    public void play() {
        runs.play();
    }

    public void pause() {
        runs.pause();
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
        Scenario a = scenario.get();
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
        runs.loadData(s.data(), s.dim(), d -> {
            set(s, false);
            sync(() -> {
                if (s.data() instanceof DataSource.FromFile) {
                    n.set(d.n());
                }
            });
            message.set("");
            if (started) {
                restartPending = false;
                runs.restart(this::runScenarios, true);
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
            Scenario next = controls.withDataFile(scenario.get(), file, d.dim());
            set(next, true);
            sync(() -> n.set(d.n()));
            restartNow();
            say("Fitting " + file.getFileName() + " (" + d.dim() + "-D, " + d.n() + " points)", false);
        }, e -> say(e.getMessage(), true));
    }

    /** @return how many settings changes can be undone */
    public int undoDepth() {
        return undo.depth();
    }

    /** Goes back to the settings before the last change (Ctrl+Z) and reruns them. */
    public boolean undo() {
        Scenario s = undo.pop();
        if (s == null) {
            return false;
        }
        apply(s);
        return true;
    }

    // ---- edits ---- //

    /** A control changed a property: replace the field it edits, then run or restart. */
    private void edited(Observable p) {
        if (syncing || scenario.get() == null) {
            return;
        }
        Scenario old = scenario.get();
        Scenario next;
        try {
            next = controls.edit(old, p);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        if (next != old) {
            message.set("");
            set(next, true);
        }
    }

    /** Runs code that sets properties from the scenario without treating it as an edit. */
    void sync(Runnable r) {
        boolean was = syncing;
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = was;
        }
    }

    /** Makes {@code next} the settings; a live change goes to run A, anything else restarts. */
    private void set(Scenario next, boolean undoable) {
        Scenario old = scenario.get();
        if (undoable && old != null) {
            undo.changed(old);
        }
        scenario.set(next);
        sync(() -> controls.show(next));
        if (old == null || !started) {
            return;
        }
        if (ScenarioFromControls.sameRun(old, next)) {
            LiveSettings live = LiveSettings.of(next);
            if (!live.equals(LiveSettings.of(old))) {
                if (compare.get()) {
                    requestRestart();   // with B beside it, both restart so they stay comparable
                } else {
                    runs.change(0, live);
                }
            }
        } else {
            requestRestart();
        }
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
