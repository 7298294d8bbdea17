package org.likelihoodlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.LiveSettings;
import org.likelihoodlab.experiment.RunPlan;
import org.likelihoodlab.experiment.Scenario;

/**
 * The window's list of runs (1 to 6 plans on the same data) and the one worker that steps them.
 * Restarts are debounced: at most one data load (sampling, reading a file) is in flight, in the
 * background through the {@link TaskExecutor}; when it ends, the newest settings are started. The
 * FX thread only hands over plans and applies results.
 */
final class LabRuns {

    private final TaskExecutor executor;
    private final DataCache cache = new DataCache();
    private final RunWorker worker = new RunWorker();
    private final ReadOnlyObjectWrapper<List<Snapshot>> snapshots = new ReadOnlyObjectWrapper<>(List.of());
    private final Consumer<String> onError;
    private final Consumer<Dataset> onData;
    private Supplier<List<Scenario>> pending;
    private boolean pendingPlay;
    private TaskExecutor.Handle loading;
    private boolean started;
    private long loads;

    /**
     * @param executor where data are loaded
     * @param onError told (on the FX thread) why data could not be loaded
     * @param onData told (on the FX thread) the data of each started set of runs
     */
    LabRuns(TaskExecutor executor, Consumer<String> onError, Consumer<Dataset> onData) {
        this.executor = executor;
        this.onError = onError;
        this.onData = onData;
    }

    /**
     * Starts the runs of these scenarios (all on the first one's data) as soon as the data are
     * there. A request while a load is in flight replaces any earlier waiting one: the newest wins.
     *
     * @param scenarios asked for when the data are ready, so the newest settings are used
     */
    void restart(Supplier<List<Scenario>> scenarios, boolean play) {
        pending = scenarios;
        pendingPlay = play;
        if (loading == null || loading.isDone()) {
            next();
        }
    }

    private void next() {
        if (pending == null) {
            loading = null;
            return;
        }
        Supplier<List<Scenario>> want = pending;
        boolean play = pendingPlay;
        pending = null;
        List<Scenario> list = want.get();
        Scenario first = list.get(0);
        Dataset ready = cache.cached(first.data(), first.dim());
        if (ready != null) {
            begin(list, ready, play);
            loading = null;
            next();
            return;
        }
        long id = ++loads;
        loading = executor.submit(describe(first), p -> cache.load(first.data(), first.dim()), d -> {
            if (id == loads) {
                List<Scenario> now = want.get();
                Scenario f = now.get(0);
                if (cache.cached(f.data(), f.dim()) == d) {
                    begin(now, d, play);
                } else if (pending == null) {
                    pending = want;   // the settings moved on to other data while this loaded
                    pendingPlay = play;
                }
                loading = null;
                next();
            }
        }, e -> {
            if (id == loads) {
                onError.accept(e.getMessage() == null ? e.toString() : e.getMessage());
                loading = null;
                next();
            }
        });
    }

    private static String describe(Scenario s) {
        return s.data() instanceof org.likelihoodlab.experiment.DataSource.Sampled d
                ? "Sampling " + d.n() + " points" : "Reading the data";
    }

    private void begin(List<Scenario> list, Dataset data, boolean play) {
        List<RunPlan> plans = new ArrayList<>();
        for (Scenario s : list) {
            plans.add(RunPlan.of(s));
        }
        if (started) {
            worker.load(plans, data, play);
        } else {
            worker.start(plans, data, play);
            started = true;
        }
        onData.accept(data);
    }

    /** Loads a data source in the background (or at once when cached) and hands it over. */
    void loadData(org.likelihoodlab.experiment.DataSource source, int dim, Consumer<Dataset> then,
            Consumer<Throwable> failed) {
        Dataset ready = cache.cached(source, dim);
        if (ready != null) {
            then.accept(ready);
            return;
        }
        executor.submit("Reading the data", p -> cache.load(source, dim), then, failed);
    }

    /**
     * Reads a CSV of the user's in the background, again even if it was read before (it may have
     * been edited); its number of columns (1 or 2) is its dimension.
     */
    void loadFile(java.nio.file.Path file, Consumer<Dataset> then, Consumer<Throwable> failed) {
        executor.submit("Reading " + file.getFileName(), p -> {
            int cols = DataColumns.count(file);
            cache.clear();
            return cache.load(new org.likelihoodlab.experiment.DataSource.FromFile(file), cols);
        }, then, failed);
    }

    /** Once a frame: takes the worker's latest snapshots. */
    void frame() {
        List<Snapshot> l = worker.latest();
        if (l != snapshots.get()) {
            snapshots.set(l);
        }
    }

    ReadOnlyObjectProperty<List<Snapshot>> snapshotsProperty() {
        return snapshots.getReadOnlyProperty();
    }

    /** @return true while a data load is in flight or waiting */
    boolean isLoading() {
        return loading != null && !loading.isDone() || pending != null;
    }

    /** For tests: see {@link RunWorker#barrier()}. */
    java.util.concurrent.CompletableFuture<Long> barrier() {
        return worker.barrier();
    }

    void remove(int index) {
        worker.remove(index);
    }

    void change(int index, LiveSettings settings) {
        worker.change(index, settings);
    }

    void play() {
        worker.play();
    }

    void pause() {
        worker.pause();
    }

    void stepOnce() {
        worker.stepOnce();
    }

    void reset() {
        worker.reset();
    }

    void setSpeed(double stepsPerSecond) {
        worker.setSpeed(stepsPerSecond);
    }

    void shutdown() {
        if (loading != null) {
            loading.cancel();
        }
        if (started) {
            worker.shutdown();
        }
    }
}
