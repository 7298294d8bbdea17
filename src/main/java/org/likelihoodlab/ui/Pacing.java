package org.likelihoodlab.ui;

/**
 * How fast the optimizer thread steps. At a set speed: how many updates are due by now, counted
 * from the last restart of the pacing. Flat out: how long each stretch of stepping lasts and how
 * long the thread rests after it.
 *
 * <p>Flat out, the worker steps for its share of each {@value #PERIOD_NANOS} ns and rests for the
 * rest (so it still publishes a snapshot about once a frame). It
 * measures how much of its stepping time it really had the core: when the painter, the FX
 * thread or another program wanted it too, the scheduler took it away part of the time. Then
 * the worker cuts its share of the time by 40 %; while nobody competes it takes 30 % more per
 * measurement, up to {@value #MAX_SHARE}. So on an idle machine it runs nearly flat out, and on
 * a busy one it leaves the core to the threads that put frames on screen: the charts cannot
 * show more steps than it still makes.
 */
final class Pacing {

    /** Flat out: one stretch of stepping and one rest take this long together (about a frame). */
    private static final long PERIOD_NANOS = 16_000_000L;
    private static final long MIN_SLICE_NANOS = 300_000L;
    /** Flat out: how much stepping time one judgement of the share covers. */
    private static final long MEASURE_NANOS = 40_000_000L;
    private static final double MIN_SHARE = 0.05;
    private static final double MAX_SHARE = 0.9;
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private long paceStart;
    private long paceSteps;
    private double share = MAX_SHARE;
    private long windowWall;
    private long windowCpu;
    private int windowPeriods;

    /** Counts the steps at a set speed from now on. */
    void restart() {
        paceStart = System.nanoTime();
        paceSteps = 0;
    }

    /** @return the updates due at {@code now} at this speed (steps per second); 0 or less: none yet */
    long due(long now, double speed) {
        return (long) ((now - paceStart) * 1e-9 * speed) + 1 - paceSteps;
    }

    /** Counts {@code due} more updates as made. */
    void made(long due) {
        paceSteps += due;
    }

    /** @return how long until the next update is due at this speed, in ns */
    long nanosUntilDue(long now, double speed) {
        return (long) ((paceSteps / speed) * 1e9) - (now - paceStart);
    }

    /** @return flat out, how long the next stretch of stepping lasts, in ns */
    long sliceNanos() {
        return Math.max(MIN_SLICE_NANOS, (long) (PERIOD_NANOS * share));
    }

    /**
     * Judges the share after a stretch of stepping (see the class comment).
     *
     * @param wall the stretch's wall-clock time in ns
     * @param cpu the thread's CPU time in it (negative: not measured)
     * @return how long to rest now, in ns
     */
    long restAfter(long wall, long cpu) {
        windowWall += wall;
        windowCpu += cpu;
        if (windowWall >= MEASURE_NANOS || ++windowPeriods >= 16) {
            // per-thread CPU time has a coarse clock on some systems: judge a window, not a slice
            if (windowCpu >= 0 && windowCpu < 0.8 * windowWall) {
                share = Math.max(MIN_SHARE, share * 0.6);
            } else {
                share = Math.min(MAX_SHARE, share * 1.3);
            }
            windowWall = 0;
            windowCpu = 0;
            windowPeriods = 0;
        }
        return Math.max(200_000L, PERIOD_NANOS - wall);
    }

    /** @return this thread's CPU time in ns, or -1 where it cannot be measured */
    static long cpuTime() {
        return CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : -1;
    }
}
