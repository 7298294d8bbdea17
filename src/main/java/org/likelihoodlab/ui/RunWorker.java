package org.likelihoodlab.ui;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.likelihoodlab.experiment.Convergence;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Diagnosis;
import org.likelihoodlab.experiment.TrajectoryRecorder;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;

/**
 * The one thread that runs the optimizer. It owns the {@link Run}; controls talk to it only
 * through commands it drains between steps, and it publishes immutable {@link Snapshot}s into an
 * {@link AtomicReference} at most about 60 times a second. It never touches a JavaFX node, and
 * nobody waits on it.
 */
public final class RunWorker {

    /** Speed value meaning "as fast as possible". */
    public static final double FLAT_OUT = Double.POSITIVE_INFINITY;
    /** Buckets of the decimated trajectory: about two points per pixel column of a chart. */
    static final int VIEW_BUCKETS = 320;
    private static final long PUBLISH_NANOS = 15_000_000L;

    private final BlockingQueue<Consumer<RunWorker>> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean stopped;

    // ---- owned by the worker thread ---- //
    private Run run;
    private TrajectoryRecorder recorder;
    private double[] mle;
    private double[] rep;
    private boolean playing;
    private double speed = FLAT_OUT;
    private long runId;
    private long version;
    private long convergedAt = -1;
    private boolean finished;
    private boolean dirty;
    private long lastPublish;
    private long paceStart;
    private long paceSteps;
    private final long[] rateSteps = new long[16];
    private final long[] rateTimes = new long[16];
    private int rateIndex;

    public RunWorker() {
        thread = new Thread(this::loop, "optimizer");
        thread.setDaemon(true);
    }

    /** Starts the thread on a first run. */
    public void start(Scenario scenario, Dataset data, boolean play) {
        load(scenario, data, play);
        thread.start();
    }

    /** @return the latest snapshot (never blocks; {@code null} before the first run is loaded) */
    public Snapshot latest() {
        return latest.get();
    }

    // ---- commands (any thread) ---- //

    /** Starts a new run from step 0 with these settings and data. */
    public void load(Scenario scenario, Dataset data, boolean play) {
        send(w -> w.doLoad(scenario, data, play));
    }

    public void play() {
        send(w -> {
            if (w.run.status() == Run.Status.RUNNING && !w.finished) {
                w.playing = true;   // after convergence, play keeps going (to watch it stay put)
                w.restartPacing();
            }
            w.dirty = true;
        });
    }

    public void pause() {
        send(w -> {
            w.playing = false;
            w.dirty = true;
        });
    }

    /** Exactly one update (pauses first). */
    public void stepOnce() {
        send(w -> {
            w.playing = false;
            w.advance(1);
            w.dirty = true;
        });
    }

    /** Back to step 0 of the same run settings and data (keeps playing state). */
    public void reset() {
        send(w -> {
            Scenario s = w.run.scenario().toBuilder().lr(w.run.lr()).optimizer(w.run.optimizer())
                    .hyper(w.run.hyper()).build();
            w.doLoad(s, w.run.data(), w.playing);
        });
    }

    public void setLr(double lr) {
        send(w -> {
            w.run.setLr(lr);
            w.logChange();
        });
    }

    public void setOptimizer(Optimizer o) {
        send(w -> {
            w.run.setOptimizer(o);
            w.logChange();
        });
    }

    public void setHyper(Hyper h) {
        send(w -> {
            w.run.setHyper(h);
            w.logChange();
        });
    }

    /** A setting changed while the run ran: from {@code step} on, these settings apply. */
    public record LiveChange(long step, double lr, Optimizer optimizer, Hyper hyper) {
    }

    private java.util.List<LiveChange> changes = java.util.List.of();

    private void logChange() {
        java.util.List<LiveChange> c = new java.util.ArrayList<>(changes);
        c.add(new LiveChange(run.step(), run.lr(), run.optimizer(), run.hyper()));
        changes = java.util.List.copyOf(c);
        dirty = true;
    }

    /** Steps per second, or {@link #FLAT_OUT}. */
    public void setSpeed(double stepsPerSecond) {
        send(w -> {
            w.speed = stepsPerSecond;
            w.restartPacing();
        });
    }

    /** Stops the thread (for tests and exit). */
    public void shutdown() {
        stopped = true;
        send(w -> { });
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(Consumer<RunWorker> c) {
        commands.add(c);
    }

    // ---- the worker thread ---- //

    private void loop() {
        while (!stopped) {
            try {
                Consumer<RunWorker> c = playing ? commands.poll() : commands.poll(20, TimeUnit.MILLISECONDS);
                while (c != null) {
                    c.accept(this);
                    c = commands.poll();
                }
                if (playing) {
                    work();
                }
                long now = System.nanoTime();
                if (dirty && (now - lastPublish >= PUBLISH_NANOS || !playing)) {
                    publish(now);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a bug must not kill the live window: stop this run, keep the trace for the log
                System.getLogger(RunWorker.class.getName()).log(System.Logger.Level.ERROR, "optimizer thread", e);
                playing = false;
                dirty = true;
                publish(System.nanoTime());
            }
        }
    }

    private void work() throws InterruptedException {
        if (speed == FLAT_OUT) {
            long until = System.nanoTime() + 8_000_000L;
            do {
                if (!advance(1024)) {
                    return;
                }
            } while (System.nanoTime() < until && commands.isEmpty());
            return;
        }
        long now = System.nanoTime();
        long due = (long) ((now - paceStart) * 1e-9 * speed) + 1 - paceSteps;
        if (due > 0) {
            advance(Math.min(due, 100_000));
            paceSteps += due;
        } else {
            long wait = (long) (((paceSteps) / speed) * 1e9) - (now - paceStart);
            Consumer<RunWorker> c = commands.poll(Math.max(1, Math.min(wait / 1_000_000L, 50)), TimeUnit.MILLISECONDS);
            if (c != null) {
                c.accept(this);
            }
        }
    }

    private void restartPacing() {
        paceStart = System.nanoTime();
        paceSteps = 0;
    }

    /** @return false when the run stopped (diverged, converged, finished) */
    private boolean advance(long count) {
        if (run.status() != Run.Status.RUNNING || finished) {
            playing = false;
            return false;
        }
        long total = run.scenario().steps();
        boolean batch = run.scenario().mode() == Mode.BATCH;
        for (long i = 0; i < count; i++) {
            if (run.step() >= total) {
                finished = true;
                playing = false;
                dirty = true;
                return false;
            }
            if (!run.advance()) {
                playing = false;
                dirty = true;
                return false;
            }
            record();
            if (batch && convergedAt < 0) {
                run.reported(rep);
                if (Convergence.converged(rep, mle)) {
                    convergedAt = run.step();
                    playing = false;
                    dirty = true;
                    return false;
                }
            }
        }
        dirty = true;
        return true;
    }

    private void record() {
        recorder.record();
    }

    private void doLoad(Scenario scenario, Dataset data, boolean play) {
        run = new Run(scenario, data);
        changes = java.util.List.of();
        int d = scenario.dim();
        recorder = new TrajectoryRecorder(run, VIEW_BUCKETS);
        rep = new double[d == 1 ? 2 : 5];
        mle = data.mle();
        runId++;
        convergedAt = -1;
        finished = false;
        record();
        run.reported(rep);
        if (scenario.mode() == Mode.BATCH && Convergence.converged(rep, mle)) {
            convergedAt = 0;
        }
        playing = play && convergedAt < 0;
        restartPacing();
        dirty = true;
        publish(System.nanoTime());
    }

    private RunState state() {
        if (run.status() == Run.Status.DIVERGED) {
            return RunState.DIVERGED;
        }
        if (convergedAt >= 0 && !playing) {
            return RunState.CONVERGED;
        }
        if (finished) {
            return RunState.FINISHED;
        }
        return playing ? RunState.RUNNING : RunState.PAUSED;
    }

    private void publish(long now) {
        double[][][] views = recorder.views();
        double[][] rows = recorder.trajectory().rows();
        double[][] xs = views[0];
        double[][] ys = views[1];
        rateIndex = (rateIndex + 1) % rateSteps.length;
        rateSteps[rateIndex] = run.step();
        rateTimes[rateIndex] = now;
        int oldest = (rateIndex + 1) % rateSteps.length;
        double sps = 0;
        if (playing && rateTimes[oldest] != 0 && rateSteps[oldest] <= run.step() && now > rateTimes[oldest]) {
            sps = (run.step() - rateSteps[oldest]) / ((now - rateTimes[oldest]) * 1e-9);
        }
        latest.set(new Snapshot(++version, runId, run.scenario(), run.data(), mle.clone(), run.step(), run.reported(),
                run.logLik(), state(), convergedAt, run.divergedAt(), run.divergence(), run.lr(), sps, xs, ys,
                rows, run.divergence() == null ? null : run.offendingTheta(), Diagnosis.of(run, rows), changes));
        lastPublish = now;
        dirty = false;
    }

    /** For tests: waits (briefly) until a snapshot satisfies the condition. */
    public Snapshot awaitSnapshot(java.util.function.Predicate<Snapshot> condition, long timeoutMillis)
            throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            Snapshot s = latest.get();
            if (s != null && condition.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        return latest.get();
    }
}
