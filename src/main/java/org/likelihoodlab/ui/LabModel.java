package org.likelihoodlab.ui;

import java.nio.file.Path;
import java.util.Objects;
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
import javafx.beans.value.ChangeListener;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.io.BadInputException;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/**
 * The window's view model: every setting as a JavaFX property, the latest snapshot of the run,
 * and the rules for what a change does. Learning rate, optimizer and its hyperparameters go to the
 * running run live; everything else (data, true distribution, dimension, mode, parameterization,
 * order, typo, start) starts a new run on the same seed, at most once a frame.
 */
public final class LabModel {

    // ---- settings ---- //
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
    /** True distribution: means, standard deviations, correlation (2-D). */
    public final DoubleProperty trueMu1 = new SimpleDoubleProperty(2);
    public final DoubleProperty trueMu2 = new SimpleDoubleProperty(-1);
    public final DoubleProperty trueSigma1 = new SimpleDoubleProperty(0.5);
    public final DoubleProperty trueSigma2 = new SimpleDoubleProperty(1);
    public final DoubleProperty trueRho = new SimpleDoubleProperty(0.6);
    public final IntegerProperty n = new SimpleIntegerProperty(400);
    public final LongProperty seed = new SimpleLongProperty(11);
    /** Start: means, standard deviations, correlation (2-D). */
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
    public final ObjectProperty<org.likelihoodlab.experiment.Comparison> comparison =
            new SimpleObjectProperty<>(org.likelihoodlab.experiment.Comparison.NATURAL);

    // ---- state ---- //
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Snapshot> snapshotB = new ReadOnlyObjectWrapper<>();
    private final RunWorker workerB = new RunWorker();
    private boolean startedB;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final RunWorker worker = new RunWorker();
    private boolean restartPending;
    private boolean bulk;
    private boolean started;
    private Dataset cachedData;
    private Object cachedKey;

    public LabModel() {
        ChangeListener<Object> restart = (obs, a, b) -> requestRestart();
        for (var p : new javafx.beans.Observable[] {dim, mode, param, order, typo, steps, trueMu1, trueMu2, trueSigma1,
            trueSigma2, trueRho, n, seed, initMu1, initMu2, initSigma1, initSigma2, initRho, dataFile}) {
            ((javafx.beans.value.ObservableValue<?>) p).addListener(restart);
        }
        for (var p : new DoubleProperty[] {trueMu1, trueMu2, trueSigma1, trueSigma2, trueRho}) {
            // moving the truth means sampling: leave the data file
            p.addListener((obs, a, b) -> {
                if (!bulk) {
                    dataFile.set(null);
                }
            });
        }
        n.addListener((obs, a, b) -> {
            if (!bulk) {
                dataFile.set(null);
            }
        });
        dim.addListener((obs, a, b) -> {
            if (!bulk && param.get().dim() != b.intValue()) {
                param.set(b.intValue() == 1 ? Parameterization.MU_SIGMA : Parameterization.MEAN_COV);
            }
        });
        // live for A alone; with B beside it, any change restarts both so they stay comparable
        lr.addListener((obs, a, b) -> {
            if (started && !bulk) {
                if (compare.get()) {
                    requestRestart();
                } else {
                    worker.setLr(b.doubleValue());
                }
            }
        });
        optimizer.addListener((obs, a, b) -> {
            if (started && !bulk) {
                if (compare.get()) {
                    requestRestart();
                } else {
                    worker.setOptimizer(b);
                }
            }
        });
        ChangeListener<Number> hyper = (obs, a, b) -> {
            if (started && !bulk) {
                if (compare.get()) {
                    requestRestart();
                } else {
                    worker.setHyper(hyper());
                }
            }
        };
        compare.addListener((obs, a, b) -> requestRestart());
        comparison.addListener((obs, a, b) -> {
            if (compare.get()) {
                requestRestart();
            }
        });
        beta.addListener(hyper);
        beta1.addListener(hyper);
        beta2.addListener(hyper);
        eps.addListener(hyper);
    }

    // ---- reading ---- //

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Snapshot snapshot() {
        return snapshot.get();
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

    /**
     * Fits a CSV of the user's own data (dropped on the window): its number of columns sets the
     * dimension; the rest of the settings stay. A bad file is reported and changes nothing.
     */
    public void useDataFile(Path file) {
        int cols;
        try {
            cols = columns(file);
            Datasets.load(new DataSource.FromFile(file), cols);
        } catch (BadInputException | IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        } catch (java.io.IOException e) {
            say(file.getFileName() + ": cannot read (" + e.getMessage() + ")", true);
            return;
        }
        bulk = true;
        try {
            dim.set(cols);
            if (param.get().dim() != cols) {
                param.set(cols == 1 ? Parameterization.MU_SIGMA : Parameterization.MEAN_COV);
            }
            dataFile.set(file);
            name.set("Your data: " + file.getFileName());
            explanation.set("");
        } finally {
            bulk = false;
        }
        restartNow();
        say("Fitting " + file.getFileName() + " (" + cols + "-D)", false);
    }

    /** @return the number of comma-separated fields on the first data line (1 or 2) */
    private static int columns(Path file) throws java.io.IOException {
        try (var lines = java.nio.file.Files.lines(file)) {
            for (String l : (Iterable<String>) lines::iterator) {
                String t = l.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int n = t.split(",", -1).length;
                if (n != 1 && n != 2) {
                    throw new BadInputException(file.getFileName() + ": " + n + " columns; Likelihood Lab fits 1-D "
                            + "(one column) or 2-D (two columns) data");
                }
                return n;
            }
        } catch (java.io.UncheckedIOException e) {
            throw new BadInputException(file.getFileName() + ": not a text file");
        }
        throw new BadInputException(file.getFileName() + ": no data rows");
    }

    public RunWorker worker() {
        return worker;
    }

    /** Run B's latest snapshot, or {@code null} when no comparison is on. */
    public ReadOnlyObjectProperty<Snapshot> snapshotBProperty() {
        return snapshotB.getReadOnlyProperty();
    }

    public Snapshot snapshotB() {
        return snapshotB.get();
    }

    public Hyper hyper() {
        return new Hyper(beta.get(), beta1.get(), beta2.get(), eps.get());
    }

    // ---- commands ---- //

    /** Starts the worker on the current settings. */
    public void start(boolean play) {
        Scenario s = toScenario();
        worker.start(s, data(s), play);
        started = true;
    }

    public void play() {
        worker.play();
        if (compare.get()) {
            workerB.play();
        }
    }

    public void pause() {
        worker.pause();
        if (compare.get()) {
            workerB.pause();
        }
    }

    public void stepOnce() {
        worker.stepOnce();
        if (compare.get()) {
            workerB.stepOnce();
        }
    }

    public void reset() {
        worker.reset();
        if (compare.get()) {
            workerB.reset();
        }
    }

    public void setSpeed(double stepsPerSecond) {
        worker.setSpeed(stepsPerSecond);
        workerB.setSpeed(stepsPerSecond);
    }

    public void shutdown() {
        worker.shutdown();
        if (startedB) {
            workerB.shutdown();
        }
    }

    /** Starts (or restarts) run B beside A on the same data, or stops showing it. */
    private void loadB(Scenario a, Dataset d, boolean play) {
        if (!compare.get()) {
            if (startedB) {
                workerB.pause();
            }
            snapshotB.set(null);
            return;
        }
        Scenario b = comparison.get().apply(a);
        if (startedB) {
            workerB.load(b, d, play);
        } else {
            workerB.start(b, d, play);
            startedB = true;
        }
    }

    // ---- undo: the settings as they were before each change (drags coalesced) ---- //
    private final java.util.ArrayDeque<Scenario> undo = new java.util.ArrayDeque<>();
    private Scenario current;
    private long lastChange;
    private boolean undoing;

    /** @return how many settings changes can be undone */
    public int undoDepth() {
        return undo.size();
    }

    /** Goes back to the settings before the last change (Ctrl+Z) and reruns them. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Scenario s = undo.pop();
        undoing = true;
        try {
            apply(s);
        } finally {
            undoing = false;
        }
        current = s;
        return true;
    }

    /** Records a settings change once it has settled (a slider drag counts once). */
    private void trackChanges() {
        Scenario now;
        try {
            now = toScenario();
        } catch (RuntimeException e) {
            return;
        }
        if (current == null) {
            current = now;
            return;
        }
        if (!now.equals(current)) {
            long t = System.nanoTime();
            if (!undoing && (undo.isEmpty() || t - lastChange > 400_000_000L)) {
                undo.push(current);
                while (undo.size() > 100) {
                    undo.removeLast();
                }
            }
            lastChange = t;
            current = now;
        }
    }

    /** Called once a frame: takes the worker's latest snapshot and applies a pending restart. */
    private int frameCount;

    public void frame() {
        if (++frameCount % 6 == 0 || restartPending) {
            trackChanges();   // ten times a second is plenty to notice a settings change
        }
        if (restartPending) {
            restartPending = false;
            restartNow();
        }
        Snapshot s = worker.latest();
        if (s != null && s != snapshot.get()) {
            snapshot.set(s);
        }
        if (compare.get() && startedB) {
            Snapshot b = workerB.latest();
            if (b != null && b != snapshotB.get()) {
                snapshotB.set(b);
            }
        }
    }

    private void requestRestart() {
        if (!bulk && started) {
            restartPending = true;
        }
    }

    /**
     * Starts a new run from the current settings. It plays unless the user had paused the old
     * one: after a run converged, finished or diverged, a changed setting means "try again".
     */
    public void restartNow() {
        try {
            Scenario s = toScenario();
            Dataset d = data(s);
            Snapshot old = worker.latest();
            boolean play = old == null || old.state() != RunState.PAUSED;
            worker.load(s, d, play);
            loadB(s, d, play);
            message.set("");
        } catch (BadInputException | IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    /** Sets every setting from a scenario and starts it (playing). */
    public void apply(Scenario s) {
        Dataset d = data(s);   // fails before anything changes
        bulk = true;
        try {
            name.set(s.name());
            explanation.set(s.explanation());
            dim.set(s.dim());
            mode.set(s.mode());
            param.set(s.param());
            optimizer.set(s.optimizer());
            order.set(s.order());
            typo.set(s.bug() == Bug.ASSIGN);
            lr.set(s.lr());
            Hyper h = s.hyper();
            beta.set(h.beta());
            beta1.set(h.beta1());
            beta2.set(h.beta2());
            eps.set(h.eps());
            steps.set(s.steps());
            double[] init = s.init();
            initMu1.set(init[0]);
            if (s.dim() == 1) {
                initSigma1.set(init[1]);
            } else {
                initMu2.set(init[1]);
                initSigma1.set(Math.sqrt(init[2]));
                initSigma2.set(Math.sqrt(init[4]));
                initRho.set(init[3] / Math.sqrt(init[2] * init[4]));
            }
            if (s.data() instanceof DataSource.FromFile f) {
                dataFile.set(f.file());
                n.set(d.n());
            } else {
                DataSource.Sampled sd = (DataSource.Sampled) s.data();
                dataFile.set(null);
                TrueGaussian t = sd.truth();
                trueMu1.set(t.mean()[0]);
                trueSigma1.set(t.sd(0));
                if (t.dim() == 2) {
                    trueMu2.set(t.mean()[1]);
                    trueSigma2.set(t.sd(1));
                    trueRho.set(t.rho());
                }
                n.set(sd.n());
                seed.set(sd.seed());
            }
        } finally {
            bulk = false;
        }
        restartPending = false;
        if (started) {
            Scenario now = toScenario();
            worker.load(now, d, true);
            loadB(now, d, true);
        }
        message.set("");
    }

    /** @return the scenario the current settings describe */
    public Scenario toScenario() {
        int d = dim.get();
        DataSource source;
        if (dataFile.get() != null) {
            source = new DataSource.FromFile(dataFile.get());
        } else {
            TrueGaussian t = d == 1 ? TrueGaussian.of1(trueMu1.get(), trueSigma1.get())
                    : TrueGaussian.of2(trueMu1.get(), trueMu2.get(), trueSigma1.get(), trueSigma2.get(), trueRho.get());
            source = new DataSource.Sampled(t, n.get(), seed.get());
        }
        double[] init = d == 1 ? new double[] {initMu1.get(), initSigma1.get()}
                : new double[] {initMu1.get(), initMu2.get(), initSigma1.get() * initSigma1.get(),
                    initRho.get() * initSigma1.get() * initSigma2.get(), initSigma2.get() * initSigma2.get()};
        Parameterization p = param.get().dim() == d ? param.get()
                : d == 1 ? Parameterization.MU_SIGMA : Parameterization.MEAN_COV;
        return new Scenario.Builder().name(name.get()).explanation(explanation.get()).dim(d).data(source)
                .mode(mode.get()).param(p).optimizer(optimizer.get()).hyper(hyper()).lr(lr.get()).steps(steps.get())
                .init(init).order(order.get()).bug(typo.get() ? Bug.ASSIGN : Bug.NONE).build();
    }

    private Dataset data(Scenario s) {
        Object key = s.data() instanceof DataSource.FromFile f ? f.file().toAbsolutePath() + "#" + s.dim() : s.data();
        if (!Objects.equals(key, cachedKey)) {
            cachedData = Datasets.load(s.data(), s.dim());
            cachedKey = key;
        }
        return cachedData;
    }

    /** @return the true distribution of sampled data, or {@code null} for a data file */
    public static TrueGaussian truthOf(Scenario s) {
        return s.data() instanceof DataSource.Sampled sd ? sd.truth() : null;
    }
}
