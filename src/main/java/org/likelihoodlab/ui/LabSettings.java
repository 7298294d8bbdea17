package org.likelihoodlab.ui;

import java.nio.file.Path;
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
import org.likelihoodlab.experiment.LiveSettings;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/**
 * The settings half of the window's view model. The {@link #scenarioProperty() scenario} is the
 * source of truth: the properties below mirror it for the controls (sigma and rho derived for
 * display), and editing a control replaces only the field it edits ({@link ScenarioFromControls}).
 * What a change means for the runs (a live change, or a restart) is left to the subclass.
 */
public abstract class LabSettings {

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
    public final DoubleProperty rho = new SimpleDoubleProperty(Hyper.DEFAULT.rho());
    /** Gradient clipping on, its norm C, and the Armijo line search. */
    public final BooleanProperty clipOn = new SimpleBooleanProperty(false);
    public final DoubleProperty clip = new SimpleDoubleProperty(1);
    public final BooleanProperty armijo = new SimpleBooleanProperty(false);
    public final LongProperty steps = new SimpleLongProperty(2000);
    /** B of a mini-batch update. */
    public final IntegerProperty batchSize = new SimpleIntegerProperty(32);
    /** The stochastic settings of math.md 9.1-9.4 (online and mini-batch runs; see {@link StochasticControls}). */
    public final ObjectProperty<org.likelihoodlab.experiment.Sampling> sampling =
            new SimpleObjectProperty<>(org.likelihoodlab.experiment.Sampling.FILE);
    /** The sample order's seed as typed: {@code ""} for the default (the data's seed). */
    public final StringProperty samplingSeed = new SimpleStringProperty("");
    /** The schedule as {@link org.likelihoodlab.experiment.Schedule#parse} reads it ({@code inv:2000}). */
    public final StringProperty schedule = new SimpleStringProperty("const");
    public final LongProperty warmup = new SimpleLongProperty(0);
    /** Polyak-Ruppert averaging on, after B0 = averageFrom updates. */
    public final BooleanProperty averageOn = new SimpleBooleanProperty(false);
    public final LongProperty averageFrom = new SimpleLongProperty(0);
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

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ScenarioFromControls controls = new ScenarioFromControls(this);
    private final UndoHistory undo = new UndoHistory();
    private boolean syncing;
    private final FxWorkMeter fxWork = new FxWorkMeter();

    LabSettings() {
        for (Observable p : new Observable[] {dim, mode, param, optimizer, order, typo, lr, beta, beta1, beta2, eps, rho,
            clipOn, clip, armijo, batchSize, sampling, samplingSeed, schedule, warmup, averageOn, averageFrom,
            steps, trueMu1, trueMu2, trueSigma1, trueSigma2, trueRho, n, seed, initMu1, initMu2, initSigma1, initSigma2,
            initRho, dataFile, name, explanation}) {
            // a change listener, not an invalidation listener: the latter goes quiet until someone reads the value
            ((javafx.beans.value.ObservableValue<?>) p).addListener((o, a, b) -> edited(o));
        }
    }

    /** The settings, the source of truth ({@code null} before the first scenario is applied). */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** @return the scenario the settings describe (what Save writes) */
    public Scenario toScenario() {
        return scenario.get();
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

    /** Clears the problem shown (a later change worked). */
    void clearMessage() {
        message.set("");
    }

    public Hyper hyper() {
        return new Hyper(beta.get(), beta1.get(), beta2.get(), eps.get(), rho.get());
    }

    /** @return how many settings changes can be undone */
    public int undoDepth() {
        return undo.depth();
    }

    /** For tests and scripted changes: the next change is undone on its own, however soon it comes. */
    void settleUndo() {
        undo.settle();
    }

    /** @return the settings before the last change, taken off the undo history, or {@code null} */
    Scenario popUndo() {
        return undo.pop();
    }

    /** @return the fitting of a user's data file of dimension {@code d}, other settings kept */
    Scenario withDataFile(Path file, int d) {
        return controls.withDataFile(scenario.get(), file, d);
    }

    /** @return the longest piece of the window's work on the FX thread (edits here, frames in {@link FrameLoop}) */
    FxWorkMeter fxWork() {
        return fxWork;
    }

    /** A control changed a property: replace the field it edits, then run or restart. */
    private void edited(Observable p) {
        if (syncing || scenario.get() == null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            apply(p);
        } finally {
            fxWork.add(System.nanoTime() - t0);
        }
    }

    private void apply(Observable p) {
        Scenario old = scenario.get();
        Scenario next;
        try {
            next = controls.edit(old, p);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            sync(() -> controls.show(old));   // the control goes back to the setting still in force
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

    /**
     * Shows other settings in the controls without treating it as a change (another run of the
     * race selected): no undo entry, no restart; the undo history belongs to the run shown.
     */
    void show(Scenario next) {
        if (next != scenario.get()) {
            undo.clear();
        }
        scenario.set(next);
        sync(() -> controls.show(next));
    }

    /** Makes {@code next} the settings; tells the subclass whether it is a live change or a new run. */
    void set(Scenario next, boolean undoable) {
        Scenario old = scenario.get();
        if (undoable && old != null) {
            undo.changed(old);
        }
        scenario.set(next);
        sync(() -> controls.show(next));
        if (old == null) {
            return;
        }
        if (ScenarioFromControls.sameRun(old, next)) {
            LiveSettings live = LiveSettings.of(next);
            if (!live.equals(LiveSettings.of(old))) {
                liveChange(live);
            }
        } else {
            newRun();
        }
    }

    /** The learning rate, optimizer or hyperparameters changed and nothing else. */
    abstract void liveChange(LiveSettings live);

    /** Something that fixes the run changed: start new runs. */
    abstract void newRun();
}
