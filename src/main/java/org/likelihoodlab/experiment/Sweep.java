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
 * A learning-rate sweep: the same scenario run at K log-spaced learning rates, each classified by
 * the one {@link OutcomeClassifier}. Runs are independent and deterministic, so the result does
 * not depend on how many threads share the work.
 */
public final class Sweep {

    /**
     * One run of a sweep.
     *
     * @param lr its learning rate
     * @param status how it ended
     * @param divergedStep the update that diverged, or -1
     * @param finalLogLik the average log-likelihood of its last valid state
     * @param stepsToTol the first step within the convergence threshold of the MLE, or -1
     * @param finalDistance max |parameters - MLE| at its last valid state
     */
    public record Point(double lr, Outcome status, long divergedStep, double finalLogLik, long stepsToTol,
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

    /**
     * Runs the scenario (its steps) at one learning rate through the engine and classifies it.
     * An interrupted thread stops the run early (a cancelled sweep).
     */
    public static Point runOne(Scenario scenario, Dataset data, double lr) {
        Scenario s = scenario.toBuilder().lr(lr).build();
        Run run = new Run(s, data);
        OutcomeClassifier classifier = OutcomeClassifier.forRun(run);
        run.replay(RunObserver.all(classifier, r -> !Thread.currentThread().isInterrupted()));
        OutcomeClassifier.Verdict v = classifier.verdict(run);
        return new Point(lr, v.outcome(), v.outcome() == Outcome.DIVERGED ? v.step() : -1, run.logLik(),
                v.firstConverged(), Convergence.distance(run.reported(), data.mle()));
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
