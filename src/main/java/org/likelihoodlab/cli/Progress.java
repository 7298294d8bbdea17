package org.likelihoodlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.RunObserver;

/**
 * A progress line on a terminal for a long run: after the first few seconds, twice a second,
 * {@code run: step k/N (p %), S steps/s, ETA m:ss} rewritten in place; a new line at the end.
 */
final class Progress implements RunObserver {

    /** How long a run goes before the line appears. */
    static final long DELAY_NANOS = 3_000_000_000L;
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final long total;
    private final LongSupplier clock;
    private final long start;
    private long last;
    private boolean shown;

    /**
     * @param err where the line goes
     * @param total the run's number of updates
     * @param clock nanoseconds ({@code System::nanoTime})
     */
    Progress(PrintWriter err, long total, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public boolean row(Run run) {
        long step = run.step();
        if ((step & 4095) == 0 && step > 0) {
            show(step);
        }
        return true;
    }

    void show(long step) {
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || shown && now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        shown = true;
        err.print("\r" + line(step, now - start));
        err.flush();
    }

    /** @return the progress text after {@code step} updates in {@code nanos} */
    String line(long step, long nanos) {
        double rate = step / (nanos / 1e9);
        long eta = rate > 0 ? (long) Math.ceil((total - step) / rate) : 0;
        return String.format(Locale.ROOT, "run: step %d/%d (%.0f %%), %.3g steps/s, ETA %d:%02d", step, total,
                100.0 * step / Math.max(1, total), rate, eta / 60, eta % 60);
    }

    @Override
    public void end(Run run) {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
