package org.likelihoodlab.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.FixCheck;

/**
 * The timeline's one background thread: replays the runs to the step asked for last. Requests
 * coalesce, latest wins: while the scrubber is dragged, a replay that is no longer wanted stops
 * between chunks of updates and only the newest step is computed. The result waits in
 * {@link #take()} for the next frame; nobody waits on this thread, and it touches no JavaFX node.
 */
final class Replayer {

    /** A finished replay: the runs at {@code step}, for request {@code id}. */
    record Result(long id, long step, List<Snapshot> snapshots) {
    }

    private record Request(long id, List<Snapshot> live, long step) {
    }

    private final AtomicLong wanted = new AtomicLong();
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<Result> done = new AtomicReference<>();
    private final Object signal = new Object();
    private Thread thread;
    private volatile boolean stopped;
    /** The replay thread's fix checks, per data set (the race shares one), so each fix is run once. */
    private final java.util.Map<Dataset, FixCheck> checks = new java.util.IdentityHashMap<>();

    /**
     * Asks for the runs at step {@code k}; any earlier request is dropped (and stopped if running).
     *
     * @return the request's id, as {@link Result#id()} will carry it
     */
    long request(List<Snapshot> live, long k) {
        long id = wanted.incrementAndGet();
        pending.set(new Request(id, List.copyOf(live), k));
        synchronized (signal) {
            if (thread == null) {
                thread = new Thread(this::loop, "timeline");
                thread.setDaemon(true);
                thread.start();
            }
            signal.notifyAll();
        }
        return id;
    }

    /** Drops every request (the timeline went back to live). */
    void cancel() {
        wanted.incrementAndGet();
        pending.set(null);
        done.set(null);
    }

    /** @return the newest finished replay still wanted, once; or {@code null} */
    Result take() {
        Result r = done.getAndSet(null);
        return r != null && r.id() == wanted.get() ? r : null;
    }

    void shutdown() {
        stopped = true;
        cancel();
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** @return the fix check of these data (replay thread only; forgets other data) */
    private FixCheck check(Dataset data) {
        FixCheck c = checks.get(data);
        if (c == null) {
            checks.clear();
            c = new FixCheck(data);
            checks.put(data, c);
        }
        return c;
    }

    private void loop() {
        while (!stopped) {
            Request r = pending.getAndSet(null);
            if (r == null) {
                synchronized (signal) {
                    if (pending.get() == null && !stopped) {
                        try {
                            signal.wait(1000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                continue;
            }
            try {
                List<Snapshot> at = StepReplay.at(r.live(), r.step(), () -> stopped || wanted.get() != r.id(),
                        this::check);
                if (at != null && wanted.get() == r.id()) {
                    done.set(new Result(r.id(), r.step(), at));
                }
            } catch (RuntimeException e) {
                // a bug must not kill the window: the timeline keeps what it showed
                System.getLogger(Replayer.class.getName()).log(System.Logger.Level.ERROR, "timeline replay", e);
            }
        }
    }
}
