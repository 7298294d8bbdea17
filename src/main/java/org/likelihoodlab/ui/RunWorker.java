package org.likelihoodlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.LiveSettings;
import org.likelihoodlab.experiment.RunPlan;

/**
 * The one thread that runs the optimizers. It owns a list of {@link Lane}s (1 to 6 runs on the
 * same data, stepped together by one play button); controls talk to it only through commands it
 * drains between steps, and it publishes immutable {@link Snapshot}s, one per lane, into an
 * {@link AtomicReference} at most about 60 times a second. It never touches a JavaFX node, and
 * nobody waits on it. How fast it steps is {@link Pacing}'s.
 */
public final class RunWorker {

    /** Speed value meaning "as fast as possible". */
    public static final double FLAT_OUT = Double.POSITIVE_INFINITY;
    /** Buckets of the decimated trajectory: about two points per pixel column of a chart. */
    static final int VIEW_BUCKETS = 320;
    private static final long PUBLISH_NANOS = 15_000_000L;
    private static final int CHUNK = 1024;
    private final BlockingQueue<Consumer<RunWorker>> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<List<Snapshot>> latest = new AtomicReference<>(List.of());
    private final Thread thread;
    private volatile boolean stopped;

    // ---- owned by the worker thread ---- //
    private List<Lane> lanes = List.of();
    private boolean playing;
    /** While playing: run 0's update to pause at (a lesson's cue), or -1. */
    private long stopAt = -1;
    private double speed = FLAT_OUT;
    private long runIds;
    private long version;
    private boolean dirty;
    private long lastPublish;
    private final Pacing pacing = new Pacing();

    public RunWorker() {
        thread = new Thread(this::loop, "optimizer");
        thread.setDaemon(true);
    }

    /** Starts the thread on a first set of runs. */
    public void start(List<RunPlan> plans, Dataset data, boolean play) {
        load(plans, data, play);
        thread.start();
    }

    /** @return the latest snapshots, one per run (never blocks; empty before the first load) */
    public List<Snapshot> latest() {
        return latest.get();
    }

    // ---- commands (any thread) ---- //

    /** Starts new runs from step 0 of these plans on these data. */
    public void load(List<RunPlan> plans, Dataset data, boolean play) {
        List<RunPlan> copy = List.copyOf(plans);
        send(w -> w.doLoad(copy, data, play));
    }

    public void play() {
        send(w -> {
            w.stopAt = -1;
            boolean any = false;
            for (Lane l : w.lanes) {
                l.release();
                any |= l.canPlay();
            }
            w.playing = any;   // after convergence, play keeps going (to watch it stay put)
            w.restartPacing();
            w.dirty = true;
        });
    }

    /**
     * Plays until every run has made {@code step} updates, then pauses there exactly (a run that stops
     * by itself earlier, at a divergence, its convergence or its end, stays there).
     */
    public void playUntil(long step) {
        send(w -> {
            boolean any = false;
            for (Lane l : w.lanes) {
                l.release();
                any |= l.canPlay();
            }
            w.stopAt = step;
            boolean before = false;
            for (Lane l : w.lanes) {
                before |= l.run().step() < step;
            }
            w.playing = any && before;
            w.restartPacing();
            w.dirty = true;
        });
    }

    public void pause() {
        send(w -> {
            w.stopAt = -1;
            w.playing = false;
            w.dirty = true;
        });
    }

    /** Exactly one update of every run that can move (pauses first). */
    public void stepOnce() {
        send(w -> {
            w.playing = false;
            w.stopAt = -1;
            for (Lane l : w.lanes) {
                l.release();
                l.advance(1);
            }
            w.dirty = true;
        });
    }

    /** Back to step 0 of the plans' current settings and the same data (keeps the playing state). */
    public void reset() {
        send(w -> {
            List<RunPlan> plans = new ArrayList<>();
            for (Lane l : w.lanes) {
                plans.add(RunPlan.of(l.run().current()));
            }
            if (!w.lanes.isEmpty()) {
                w.doLoad(plans, w.lanes.get(0).run().data(), w.playing);
            }
        });
    }

    /** Drops run {@code index} (never the last one); the other runs go on where they are. */
    public void remove(int index) {
        send(w -> {
            if (index < w.lanes.size() && w.lanes.size() > 1) {
                List<Lane> next = new ArrayList<>(w.lanes);
                next.remove(index);
                w.lanes = List.copyOf(next);
                w.publish(System.nanoTime());
            }
        });
    }

    /** A live change of run {@code index}: recorded in its plan at the step it is made. */
    public void change(int index, LiveSettings settings) {
        send(w -> {
            if (index < w.lanes.size()) {
                w.lanes.get(index).change(settings);
                w.dirty = true;
            }
        });
    }

    /**
     * For tests: completes, after every command sent before it, with the step of run 0 then (and
     * publishes first), so a test can wait for the worker instead of sleeping.
     */
    java.util.concurrent.CompletableFuture<Long> barrier() {
        java.util.concurrent.CompletableFuture<Long> f = new java.util.concurrent.CompletableFuture<>();
        send(w -> {
            w.publish(System.nanoTime());
            f.complete(w.lanes.isEmpty() ? -1 : w.lanes.get(0).run().step());
        });
        return f;
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
                // a bug must not kill the live window: stop the runs, keep the trace for the log
                System.getLogger(RunWorker.class.getName()).log(System.Logger.Level.ERROR, "optimizer thread", e);
                playing = false;
                dirty = true;
                publish(System.nanoTime());
            }
        }
    }

    private void work() throws InterruptedException {
        if (speed == FLAT_OUT) {
            long start = System.nanoTime();
            long cpu0 = Pacing.cpuTime();
            long until = start + pacing.sliceNanos();
            do {
                if (!advanceAll(CHUNK)) {
                    return;
                }
            } while (System.nanoTime() < until && commands.isEmpty());
            long end = System.nanoTime();
            yieldToOthers(end - start, Pacing.cpuTime() - cpu0);
            return;
        }
        long now = System.nanoTime();
        long due = pacing.due(now, speed);
        if (due > 0) {
            advanceAll(Math.min(due, 100_000));
            pacing.made(due);
        } else {
            long wait = pacing.nanosUntilDue(now, speed);
            Consumer<RunWorker> c = commands.poll(Math.max(1, Math.min(wait / 1_000_000L, 50)), TimeUnit.MILLISECONDS);
            if (c != null) {
                c.accept(this);
            }
        }
    }

    /** @return false once no run can move any more (then playing stops) */
    private boolean advanceAll(long count) {
        boolean any = false;
        for (Lane l : lanes) {
            // with a stop step (a lesson's cue) every run stops there, each on its own
            long n = stopAt < 0 ? count : Math.min(count, stopAt - l.run().step());
            if (n > 0) {
                l.advance(n);
            }
        }
        for (Lane l : lanes) {
            any |= l.wantsToPlay() && (stopAt < 0 || l.run().step() < stopAt);
        }
        dirty = true;
        if (!any) {
            playing = false;
            stopAt = -1;
        }
        return any;
    }

    /** Flat out: rests after a stretch of stepping as {@link Pacing} says, taking a command if one comes. */
    private void yieldToOthers(long wall, long cpu) throws InterruptedException {
        long rest = pacing.restAfter(wall, cpu);
        Consumer<RunWorker> c = commands.poll(rest, TimeUnit.NANOSECONDS);
        if (c != null) {
            c.accept(this);
        }
    }

    private void restartPacing() {
        pacing.restart();
    }

    private void doLoad(List<RunPlan> plans, Dataset data, boolean play) {
        stopAt = -1;
        List<Lane> next = new ArrayList<>();
        for (RunPlan p : plans) {
            next.add(new Lane(p, data, ++runIds, VIEW_BUCKETS));
        }
        lanes = next;
        boolean any = false;
        for (Lane l : lanes) {
            any |= l.wantsToPlay();
        }
        playing = play && any;
        restartPacing();
        dirty = true;
        publish(System.nanoTime());
    }

    private void publish(long now) {
        List<Snapshot> out = new ArrayList<>(lanes.size());
        for (Lane l : lanes) {
            out.add(l.snapshot(++version, now, playing));
        }
        latest.set(List.copyOf(out));
        lastPublish = now;
        dirty = false;
    }
}
