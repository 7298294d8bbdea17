package org.likelihoodlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A phase diagram: the scenario run at every (x, y) of two axes, each cell a full run classified by
 * the one {@link OutcomeClassifier}. Cells are independent and deterministic, so the map does not
 * depend on how many threads share the work; rows of the map are handed out as work items.
 */
public final class StabilityMap {

    /**
     * One cell.
     *
     * @param x the x axis's value
     * @param y the y axis's value
     * @param status how the run ended
     * @param step the update it converged at (and stayed) or diverged at, or -1
     * @param finalLogLik the average log-likelihood of its last valid state
     * @param distance max-norm distance to the MLE at the end
     */
    public record Cell(double x, double y, Outcome status, long step, double finalLogLik, double distance) {
    }

    /** CSV header of a map file. */
    public static final String HEADER = "x,y,status,step,final_loglik,distance";

    private StabilityMap() {
    }

    /**
     * Runs every cell, row by row (y outer, x inner), in parallel.
     *
     * @param data the data of a scenario (an {@code n} axis samples anew for each value)
     * @param threads how many rows at once (&ge; 1)
     * @param progress told each finished row of cells, from the worker threads ({@code null} permitted)
     * @return the cells, y outer and x inner
     */
    public static List<Cell> run(Scenario scenario, Function<Scenario, Dataset> data, MapAxis x, MapAxis y,
            int threads, Consumer<List<Cell>> progress) throws InterruptedException {
        double[] xs = x.values();
        double[] ys = y.values();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "stability-map");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<List<Cell>>> rows = new ArrayList<>();
            for (double yv : ys) {
                rows.add(pool.submit(() -> {
                    Scenario row = y.apply(scenario, yv);
                    Dataset d = data.apply(row);
                    List<Cell> cells = new ArrayList<>(xs.length);
                    for (double xv : xs) {
                        if (Thread.currentThread().isInterrupted()) {
                            throw new InterruptedException();
                        }
                        cells.add(cell(x.apply(row, xv), d, xv, yv));
                    }
                    done.incrementAndGet();
                    if (progress != null) {
                        progress.accept(List.copyOf(cells));
                    }
                    return cells;
                }));
            }
            List<Cell> out = new ArrayList<>(xs.length * ys.length);
            for (Future<List<Cell>> f : rows) {
                try {
                    out.addAll(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException("a map run failed", e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one cell through the engine and the classifier. */
    public static Cell cell(Scenario s, Dataset data, double x, double y) {
        Run run = new Run(s, data);
        OutcomeClassifier c = OutcomeClassifier.forRun(run);
        run.replay(c);
        OutcomeClassifier.Verdict v = c.verdict(run);
        long step = v.outcome() == Outcome.CONVERGED || v.outcome() == Outcome.DIVERGED ? v.step() : -1;
        return new Cell(x, y, v.outcome(), step, run.logLik(), Convergence.distance(run.reported(), data.mle()));
    }

    /**
     * @return the cells in the map's order, y outer and x inner (a map cancelled part-way has its rows
     *     in the order they finished)
     */
    public static List<Cell> inMapOrder(List<Cell> cells, MapAxis x, MapAxis y) {
        java.util.Map<Double, Integer> xi = positions(x.values());
        java.util.Map<Double, Integer> yi = positions(y.values());
        List<Cell> out = new ArrayList<>(cells);
        out.sort(java.util.Comparator.comparingInt((Cell c) -> yi.getOrDefault(c.y(), -1)).thenComparingInt(
                c -> xi.getOrDefault(c.x(), -1)));
        return out;
    }

    private static java.util.Map<Double, Integer> positions(double[] v) {
        java.util.Map<Double, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < v.length; i++) {
            m.putIfAbsent(v[i], i);
        }
        return m;
    }

    /** @return one CSV line (no newline); the step is empty where it does not apply */
    public static String csv(Cell c) {
        return c.x() + "," + c.y() + "," + c.status().cliName() + "," + (c.step() < 0 ? "" : Long.toString(c.step()))
                + "," + c.finalLogLik() + "," + c.distance();
    }
}
