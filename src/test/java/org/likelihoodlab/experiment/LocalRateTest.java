package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.likelihoodlab.TestData;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.ScenarioJson;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/** The theory's rate near the MLE against the distance a real run closes per update. */
class LocalRateTest {

    @ParameterizedTest
    @CsvSource({"mu-sigma,gd,0.1,simultaneous", "mu-sigma,gd,0.1,coordinate", "mu-variance,gd,0.02,simultaneous",
        "mu-logsigma,gd,0.3,simultaneous", "mu-sigma,gd,0.2,simultaneous", "mu-sigma,natural,0.5,simultaneous"})
    void theMeasuredShrinkPerUpdateIsTheTheorysRate(String param, String optimizer, double lr, String order) {
        Scenario base = ScenarioJson.read(TestData.PRESETS.resolve("batch-coordinate-converges.json"));
        Scenario s = base.toBuilder().param(Parameterization.byName(param)).optimizer(Optimizer.byName(optimizer))
                .lr(lr).order(UpdateOrder.byName(order)).build();
        Dataset data = Datasets.load(s.data(), s.dim());
        double rate = LocalRate.atMle(s, data);
        assertTrue(rate > 0 && rate < 1, "rate " + rate);
        Run run = new Run(s, data);
        // go near the MLE (distance about 1e-4), then measure the shrink over 20 updates
        double d = Double.MAX_VALUE;
        while (d > 1e-4 && run.step() < 100_000) {
            run.advance();
            d = Convergence.distance(run.reported(), data.mle());
        }
        double d0 = d;
        for (int i = 0; i < 20; i++) {
            run.advance();
        }
        double measured = Math.pow(Convergence.distance(run.reported(), data.mle()) / d0, 1.0 / 20);
        assertEquals(rate, measured, 2e-3 + 0.02 * (1 - rate), param + " " + optimizer + " " + lr + " " + order);
    }
}
