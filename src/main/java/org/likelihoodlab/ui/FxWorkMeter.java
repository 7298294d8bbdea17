package org.likelihoodlab.ui;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The longest piece of the window's own work on the FX thread: a frame's update (snapshots,
 * charts) or the handling of a control's change (the edit, the restart it asks for). The FX thread
 * is stalled by our code exactly when one of these takes long; {@code bench-ui} and the tests read
 * it beside the frame gaps (which also include the machine's own scheduling).
 */
final class FxWorkMeter {

    private final AtomicLong max = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    /** Notes one piece of work of {@code nanos}. */
    void add(long nanos) {
        total.addAndGet(nanos);
        max.accumulateAndGet(nanos, Math::max);
    }

    /** @return the longest piece of work since the last {@link #reset()}, in ns */
    long max() {
        return max.get();
    }

    /** @return the total work since the last {@link #reset()}, in ns */
    long total() {
        return total.get();
    }

    void reset() {
        max.set(0);
        total.set(0);
    }
}
