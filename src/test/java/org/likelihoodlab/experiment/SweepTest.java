package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

class SweepTest {

    @Test
    void learningRatesAreLogSpacedWithBothEnds() {
        double[] lrs = Sweep.learningRates(0.001, 10, 5);
        assertEquals(0.001, lrs[0]);
        assertEquals(10, lrs[4]);
        for (int i = 1; i < 5; i++) {
            assertEquals(10, lrs[i] / lrs[i - 1], 1e-9);
        }
    }

    /** Batch gd from the MLE perturbed by 1e-3: the converged/oscillating boundary is the bound of section 6. */
    @ParameterizedTest
    @EnumSource(value = Parameterization.class, names = {"MU_SIGMA", "MU_VARIANCE", "MU_LOGSIGMA"})
    void theEmpiricalBoundaryIsTheStabilityBound(Parameterization p) throws Exception {
        Dataset a = TestData.a();
        double[] mle = a.mle();
        Scenario s = new Scenario.Builder().dim(1).data(new DataSource.FromFile(Path.of("unused.csv"))).param(p)
                .optimizer(Optimizer.GD).lr(0.1).steps(4000).init(mle[0] + 1e-3, mle[1] * (1 + 1e-3))
                .order(UpdateOrder.SIMULTANEOUS).build();
        double bound = Diagnosis.boundAtMle(s, a).local();
        List<Sweep.Point> points = Sweep.run(s, a, Sweep.learningRates(0.6 * bound, 1.4 * bound, 61), 2, null);
        double lastConverged = 0;
        double firstOscillating = Double.POSITIVE_INFINITY;
        for (Sweep.Point pt : points) {
            if (pt.status() == Outcome.CONVERGED) {
                lastConverged = Math.max(lastConverged, pt.lr());
            } else {
                firstOscillating = Math.min(firstOscillating, pt.lr());
            }
        }
        assertTrue(lastConverged < firstOscillating, "converged below, not converged above");
        double boundary = Math.sqrt(lastConverged * firstOscillating);
        assertEquals(1, boundary / bound, 0.05, p + ": boundary " + boundary + " vs bound " + bound);
        assertTrue(points.stream().filter(x -> x.lr() > 1.05 * bound).allMatch(x -> x.status() != Outcome.CONVERGED));
    }

    /** Heavy ball and Nesterov: the measured boundary is the linearized bound (math.md 6; StabilityBounds). */
    @ParameterizedTest
    @EnumSource(value = Optimizer.class, names = {"MOMENTUM", "NESTEROV"})
    void theMomentumFamilysBoundaryIsItsLinearizedBound(Optimizer o) throws Exception {
        Dataset a = TestData.a();
        double[] mle = a.mle();
        Scenario s = new Scenario.Builder().dim(1).data(new DataSource.FromFile(Path.of("unused.csv")))
                .param(Parameterization.MU_SIGMA).optimizer(o).lr(0.1).steps(6000)
                .init(mle[0] + 1e-3, mle[1] * (1 + 1e-3)).order(UpdateOrder.SIMULTANEOUS).build();
        double bound = Diagnosis.boundAtMle(s, a).local();
        double s2 = a.moments()[1];
        assertEquals(o == Optimizer.MOMENTUM ? 1.9 * s2 : 3.8 / 2.8 * s2 / 2, bound, 1e-12);
        List<Sweep.Point> points = Sweep.run(s, a, Sweep.learningRates(0.7 * bound, 1.3 * bound, 41), 2, null);
        double lastConverged = 0;
        double firstNot = Double.POSITIVE_INFINITY;
        for (Sweep.Point pt : points) {
            if (pt.status() == Outcome.CONVERGED) {
                lastConverged = Math.max(lastConverged, pt.lr());
            } else {
                firstNot = Math.min(firstNot, pt.lr());
            }
        }
        assertTrue(lastConverged < firstNot, o + ": converged below, not above");
        assertEquals(1, Math.sqrt(lastConverged * firstNot) / bound, 0.03, o + " boundary vs " + bound);
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() throws Exception {
        Scenario s = org.likelihoodlab.io.ScenarioJson.read(TestData.PRESETS.resolve("batch-coordinate-blowup.json"));
        Dataset a = TestData.a();
        double[] lrs = Sweep.learningRates(0.05, 3, 12);
        assertEquals(Sweep.run(s, a, lrs, 1, null), Sweep.run(s, a, lrs, 4, null));
    }
}
