package org.likelihoodlab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A learning-rate sweep of a stochastic run with R sampling seeds per learning rate: one noisy
 * run says little, so each learning rate reports the median and the 10-90 % band of the final
 * error over its R runs. Seed r (0-based) is the scenario's sampling seed + r. The final error is
 * the max-norm distance of the run's estimate (its average, when it averages) to the MLE at its
 * last valid state, or +infinity for a run that diverged. Quantiles are those of the sorted errors
 * with linear interpolation at position p (R - 1).
 */
public final class RepeatedSweep {

    /** CSV header of a repeated sweep. */
    public static final String HEADER = "lr,repeats,diverged,median_error,p10_error,p90_error";

    /**
     * @param lr the learning rate
     * @param repeats R
     * @param diverged how many of the R runs diverged
     * @param median the median final error
     * @param p10 the 10 % quantile of the final error
     * @param p90 the 90 % quantile
     */
    public record Point(double lr, int repeats, int diverged, double median, double p10, double p90) {
    }

    private RepeatedSweep() {
    }

    /**
     * @throws SettingException if repeating the scenario over sampling seeds changes nothing: a
     *     batch run, or file order (no seed enters)
     */
    public static void check(Scenario s, int repeats) {
        if (repeats < 1 || repeats > 10_000) {
            throw new SettingException("repeats", "must be between 1 and 10000 (was " + repeats + ")");
        }
        if (repeats == 1) {
            return;
        }
        if (s.mode() == Mode.BATCH) {
            throw new SettingException("repeats", "needs an online or mini-batch run: a batch run is the same for every "
                    + "sampling seed");
        }
        if (s.sampling() == Sampling.FILE) {
            throw new SettingException("repeats", "needs a random sample order (--sampling shuffle, replace or stream): "
                    + "file order is the same for every sampling seed");
        }
    }

    /** @return the final error of one run of {@code s} (its estimate's distance to the MLE; +inf if it diverged) */
    public static double finalError(Scenario s, Dataset data) {
        Run run = new Run(s, data);
        run.replay(r -> !Thread.currentThread().isInterrupted());
        if (run.status() == Run.Status.DIVERGED) {
            return Double.POSITIVE_INFINITY;
        }
        double[] p = new double[run.model().size()];
        if (run.averaging()) {
            run.averaged(p);
        } else {
            run.reported(p);
        }
        return Convergence.distance(p, data.mle());
    }

    /** @return the summary of R errors */
    static Point summarize(double lr, double[] errors) {
        double[] e = errors.clone();
        Arrays.sort(e);
        int diverged = (int) Arrays.stream(e).filter(v -> v == Double.POSITIVE_INFINITY).count();
        return new Point(lr, e.length, diverged, quantile(e, 0.5), quantile(e, 0.1), quantile(e, 0.9));
    }

    /** Linear interpolation at position p (n - 1) of sorted values (infinities stay infinite). */
    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        double f = pos - lo;
        if (f == 0 || sorted[lo] == sorted[hi]) {
            return sorted[lo];
        }
        return sorted[lo] + f * (sorted[hi] - sorted[lo]);
    }

    /**
     * Runs R seeds at every learning rate, in parallel.
     *
     * @param progress told the number of finished runs (of lrs.length x R) after each ({@code null} permitted)
     * @return the points in learning-rate order
     */
    public static List<Point> run(Scenario scenario, Dataset data, double[] lrs, int repeats, int threads,
            IntConsumer progress) throws InterruptedException {
        check(scenario, repeats);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            long seed0 = scenario.effectiveSamplingSeed();
            List<List<Future<Double>>> futures = new ArrayList<>();
            for (double lr : lrs) {
                List<Future<Double>> row = new ArrayList<>();
                for (int r = 0; r < repeats; r++) {
                    Scenario s = scenario.toBuilder().lr(lr).samplingSeed(seed0 + r).build();
                    row.add(pool.submit(() -> {
                        double e = finalError(s, data);
                        int n = done.incrementAndGet();
                        if (progress != null) {
                            progress.accept(n);
                        }
                        return e;
                    }));
                }
                futures.add(row);
            }
            List<Point> out = new ArrayList<>();
            for (int i = 0; i < lrs.length; i++) {
                double[] e = new double[repeats];
                for (int r = 0; r < repeats; r++) {
                    try {
                        e[r] = futures.get(i).get(r).get();
                    } catch (ExecutionException ex) {
                        throw new IllegalStateException("a sweep run failed", ex.getCause());
                    }
                }
                out.add(summarize(lrs[i], e));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return one CSV line (no newline) */
    public static String csv(Point p) {
        return p.lr() + "," + p.repeats() + "," + p.diverged() + "," + p.median() + "," + p.p10() + "," + p.p90();
    }
}
