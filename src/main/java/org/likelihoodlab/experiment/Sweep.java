package org.likelihoodlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A learning-rate sweep: the same scenario run at K log-spaced learning rates, each classified as
 * converged, oscillating, diverged or unfinished. Runs are independent and deterministic, so the
 * result does not depend on how many threads share the work.
 */
public final class Sweep {

    /** How a run of the sweep ended. */
    public enum Status {
        /** Within 1e-6 of the MLE at the end (batch). */
        CONVERGED,
        /**
         * Not converged, and not getting closer: the largest error over the last 10 steps is at
         * least 90 % of the largest over the 10 steps before the last quarter (a period-2 orbit, or
         * a growing error).
         */
        OSCILLATING,
        /** Hit a divergence criterion (math.md section 5). */
        DIVERGED,
        /** Not converged yet, but still getting closer. */
        UNFINISHED;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One run of a sweep.
     *
     * @param lr its learning rate
     * @param status how it ended
     * @param divergedStep the update that diverged, or -1
     * @param finalLogLik the average log-likelihood of its last valid state
     * @param stepsToTol the first step within 1e-6 of the MLE, or -1
     * @param finalDistance max |parameters - MLE| at its last valid state
     */
    public record Point(double lr, Status status, long divergedStep, double finalLogLik, long stepsToTol,
            double finalDistance) {
    }

    /** CSV header of a sweep file. */
    public static final String HEADER = "lr,status,diverged_step,final_loglik,steps_to_tol";

    private Sweep() {
    }

    /** @return count learning rates spaced evenly in log between from and to, both included */
    public static double[] learningRates(double from, double to, int count) {
        double[] out = new double[count];
        if (count == 1) {
            out[0] = from;
            return out;
        }
        double a = Math.log(from);
        double b = Math.log(to);
        for (int i = 0; i < count; i++) {
            out[i] = Math.exp(a + (b - a) * i / (count - 1));
        }
        out[0] = from;
        out[count - 1] = to;
        return out;
    }

    /** Runs the scenario (its steps) at one learning rate. */
    public static Point runOne(Scenario scenario, Dataset data, double lr) {
        Scenario s = scenario.toBuilder().lr(lr).build();
        Run run = new Run(s, data);
        double[] mle = data.mle();
        double[] rep = new double[mle.length];
        long total = s.steps();
        long quarter = total - total / 4;
        double maxAtQuarter = 0;
        double maxAtEnd = 0;
        long stepsToTol = -1;
        run.reported(rep);
        if (Convergence.converged(rep, mle)) {
            stepsToTol = 0;
        }
        while (run.step() < total) {
            if (!run.advance()) {
                return new Point(lr, Status.DIVERGED, run.divergedAt(), run.logLik(), stepsToTol,
                        Convergence.distance(run.reported(), mle));
            }
            run.reported(rep);
            double d = Convergence.distance(rep, mle);
            if (stepsToTol < 0 && d < Convergence.TOLERANCE) {
                stepsToTol = run.step();
            }
            if (run.step() > quarter - 10 && run.step() <= quarter) {
                maxAtQuarter = Math.max(maxAtQuarter, d);
            }
            if (run.step() > total - 10) {
                maxAtEnd = Math.max(maxAtEnd, d);
            }
        }
        double end = Convergence.distance(run.reported(), mle);
        Status status;
        if (end < Convergence.TOLERANCE) {
            status = Status.CONVERGED;
        } else if (!(maxAtEnd < 0.9 * maxAtQuarter)) {
            status = Status.OSCILLATING;
        } else {
            status = Status.UNFINISHED;
        }
        return new Point(lr, status, -1, run.logLik(), stepsToTol, end);
    }

    /**
     * Runs every learning rate, in parallel.
     *
     * @param threads how many runs at once (&ge; 1)
     * @param progress told the number of finished runs after each one ({@code null} permitted)
     * @return the points in learning-rate order
     */
    public static List<Point> run(Scenario scenario, Dataset data, double[] lrs, int threads, IntConsumer progress)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<Point>> futures = new ArrayList<>();
            for (double lr : lrs) {
                futures.add(pool.submit(() -> {
                    Point p = runOne(scenario, data, lr);
                    int n = done.incrementAndGet();
                    if (progress != null) {
                        progress.accept(n);
                    }
                    return p;
                }));
            }
            List<Point> out = new ArrayList<>();
            for (Future<Point> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a sweep run failed", e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return one CSV line (no newline) for a point; empty fields where a value does not apply */
    public static String csv(Point p) {
        return p.lr() + "," + p.status().cliName() + "," + (p.divergedStep() < 0 ? "" : Long.toString(p.divergedStep()))
                + "," + p.finalLogLik() + "," + (p.stepsToTol() < 0 ? "" : Long.toString(p.stepsToTol()));
    }
}
