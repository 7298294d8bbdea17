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

    /** How a checked run ended. */
    record Result(Outcome outcome, double distance) {
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
            if (better(result(f.scenario().toBuilder().steps(base.steps()).build()), b)) {
                out.add(f);
            }
        }
        return out;
    }

    private synchronized Result result(Scenario s) {
        Result r = results.get(s);
        if (r == null) {
            Run run = new Run(s.toBuilder().steps(Math.min(s.steps(), MAX_STEPS)).build(), data);
            OutcomeClassifier c = OutcomeClassifier.forRun(run);
            run.replay(c);
            r = new Result(c.verdict(run).outcome(), Convergence.distance(run.reported(), data.mle()));
            results.put(s, r);
        }
        return r;
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
