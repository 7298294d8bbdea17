package org.likelihoodlab.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Offers a suggested fix only if it works: before a fix is shown, its scenario is run headless
 * from step 0 (at most {@value #MAX_STEPS} updates, as many as the run itself has) and classified,
 * and so is the run's own scenario; the fix is kept if it does better (an outcome further along
 * diverged, oscillating, crawling, unfinished, converged, or the same outcome ten times closer to
 * the MLE). Results are remembered per scenario, so a run diagnosed every frame checks each fix once.
 */
public final class FixCheck {

    /** The most updates a check runs. */
    public static final long MAX_STEPS = 20_000;
    private static final int REMEMBERED = 64;

    private final Dataset data;
    private final Map<Scenario, Result> results = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Scenario, Result> e) {
            return size() > REMEMBERED;
        }
    };

    /**
     * How a checked run ended: its outcome, its distance to the MLE at the end, and the rms of the
     * estimate's distance (the averaged iterate, when the run averages) over the last fifth of the run.
     */
    record Result(Outcome outcome, double distance, double tailError) {
        Result(Outcome outcome, double distance) {
            this(outcome, distance, distance);
        }
    }

    private NoiseBall ball;
    private org.likelihoodlab.math.Parameterization ballParam;

    /**
     * @return the predicted noise ball of the scenario on this check's data (math.md 9.5), or
     *     {@code null} if it does not apply; H and C are computed once per parameterization
     */
    public synchronized NoiseBall.Prediction noiseBall(Scenario s) {
        if (!NoiseBall.applies(s)) {
            return null;
        }
        if (ball == null || ballParam != s.param()) {
            ball = new NoiseBall(s, data);
            ballParam = s.param();
        }
        return ball.predict(s, data.n());
    }

    /** @param data the data every checked scenario runs on */
    public FixCheck(Dataset data) {
        this.data = data;
    }

    /** @return the fixes that do better than {@code base}, in their order */
    public List<Diagnosis.Fix> working(Scenario base, List<Diagnosis.Fix> fixes) {
        if (fixes.isEmpty()) {
            return fixes;
        }
        Result b = result(base);
        List<Diagnosis.Fix> out = new ArrayList<>();
        for (Diagnosis.Fix f : fixes) {
            Result r = result(f.scenario().toBuilder().steps(base.steps()).build());
            if (improves(base, r, b)) {
                out.add(f);
            }
        }
        return out;
    }

    private synchronized Result result(Scenario s) {
        Result r = results.get(s);
        if (r == null) {
            r = play(s, data);
            results.put(s, r);
        }
        return r;
    }

    /** @return how the scenario's run (at most {@link #MAX_STEPS} updates) ends on the data */
    static Result play(Scenario s, Dataset data) {
        Run run = new Run(s.toBuilder().steps(Math.min(s.steps(), MAX_STEPS)).build(), data);
        OutcomeClassifier c = OutcomeClassifier.forRun(run);
        TailError tail = new TailError(run.scenario().steps() * 4 / 5, data.mle());
        run.replay(RunObserver.all(c, tail));
        return new Result(c.verdict(run).outcome(), Convergence.distance(run.reported(), data.mle()), tail.rms());
    }

    /** @return true if a fix's result is better than the result of {@code base}, its run */
    static boolean improves(Scenario base, Result fix, Result result) {
        return base.mode() != Mode.BATCH ? betterEstimate(fix, result) : better(fix, result);
    }

    /**
     * A stochastic run's fix is better if it does not diverge and its estimate ends, over the last
     * fifth of the run, at most half as far from the MLE (rms): the noise ball makes one final
     * distance a coin toss.
     */
    static boolean betterEstimate(Result fix, Result base) {
        return fix.outcome() != Outcome.DIVERGED && fix.tailError() < 0.5 * base.tailError();
    }

    /** The rms distance of the run's estimate (its average, when it keeps one) from step {@code from} on. */
    private static final class TailError implements RunObserver {
        private final long from;
        private final double[] mle;
        private double[] p;
        private double sum;
        private long count;

        TailError(long from, double[] mle) {
            this.from = from;
            this.mle = mle;
        }

        @Override
        public boolean row(Run run) {
            if (run.step() >= from) {
                if (p == null) {
                    p = new double[mle.length];
                }
                if (run.averaging()) {
                    run.averaged(p);
                } else {
                    run.reported(p);
                }
                double d = Convergence.distance(p, mle);
                sum += d * d;
                count++;
            }
            return true;
        }

        double rms() {
            return count == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(sum / count);
        }
    }

    static boolean better(Result fix, Result base) {
        int a = rank(fix.outcome());
        int b = rank(base.outcome());
        return a > b || a == b && a < rank(Outcome.CONVERGED) && fix.distance() < 0.1 * base.distance();
    }

    private static int rank(Outcome o) {
        switch (o) {
            case DIVERGED:
                return 0;
            case OSCILLATING:
                return 1;
            case CRAWLING:
                return 2;
            case UNFINISHED:
                return 3;
            default:
                return 4;
        }
    }
}
