package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.io.Datasets;

/** The diagnosis of an online run that never settles, and its one-click stochastic fixes. */
class StochasticDiagnosisTest {

    @Test
    void aConstantLrOnlineRunGetsTheNoiseBallAndTheThreeFixes() {
        Scenario s = OutcomeClassifierTest.preset("online-fix-2d.json");
        Dataset data = Datasets.load(s.data(), 2);
        Diagnosis d = FixCheckTest.diagnose(s, data);
        assertEquals(Outcome.OSCILLATING, d.kind());
        double sd = new NoiseBall(s, data).predict(s.lr(), 1).sd()[0];
        String expected = String.format(Locale.ROOT, "constant \u03b1 never settles: the noise ball's sd is about "
                + "%s in \u03bc\u2081 (it shrinks like \u221a\u03b1", Diagnosis.num(sd));
        assertTrue(d.text().contains(expected), d.text());
        assertTrue(d.text().contains("a 1/t schedule or averaging converges to the MLE"), d.text());
        // sqrt(lr / 2) = 0.0316 for the mean at Sigma = I
        assertEquals(Math.sqrt(s.lr() / 2), sd, 0.03 * sd);
        List<String> labels = d.fixes().stream().map(Diagnosis.Fix::label).toList();
        assertEquals(List.of("1/t schedule: \u03b1/(1 + t/2000)", "Average the iterates after step 4000",
                "Mini-batches of B = 32"), labels);
        assertEquals(Schedule.parse("inv:2000"), d.fixes().get(0).scenario().schedule());
        assertEquals(4000, d.fixes().get(1).scenario().average());
        assertEquals(32, d.fixes().get(2).scenario().updateSize(data.n()));
    }

    /** Each fix's estimate ends at most half as far from the MLE, measured over the last fifth. */
    @Test
    void eachOfferedFixHalvesTheTailError() {
        Scenario s = OutcomeClassifierTest.preset("online-fix-2d.json");
        Dataset data = Datasets.load(s.data(), 2);
        FixCheck.Result base = FixCheck.play(s, data);
        for (Diagnosis.Fix f : FixCheckTest.diagnose(s, data).fixes()) {
            FixCheck.Result r = FixCheck.play(f.scenario(), data);
            assertTrue(r.tailError() < 0.5 * base.tailError(), f.label() + ": " + r + " vs " + base);
        }
    }

    /** File order on 200 points: the same points every 200 steps, a cycle rather than a ball. */
    @Test
    void fileOrderOnSmallDataIsALimitCycle() {
        Scenario s = StochasticTest.online(new DataSource.Sampled(TrueGaussian.of1(0, 1), 200, 3), 0.05, 20_000)
                .build();
        Dataset data = Datasets.load(s.data(), 1);
        Diagnosis d = FixCheckTest.diagnose(s, data);
        assertTrue(d.text().contains("In file order the same 200 points come round every 200 steps"), d.text());
        // and it is a cycle: after the transient, the state 200 steps on is the state now (to rounding)
        Run run = new Run(s, data);
        run.runTo(15_000, r -> true);
        double[] a = run.reported();
        run.runTo(15_200, r -> true);
        double[] b = run.reported();
        assertEquals(a[0], b[0], 1e-9);
        assertEquals(a[1], b[1], 1e-9);
    }
}
