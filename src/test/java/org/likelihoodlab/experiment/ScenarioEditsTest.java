package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Editing one field leaves every other number exactly as it was. */
class ScenarioEditsTest {

    final Scenario s = new Scenario.Builder().dim(2)
            .data(new DataSource.Sampled(new TrueGaussian(new double[] {1, -1}, new double[] {1, 0.6, 0.8}), 400, 13))
            .lr(0.01).steps(100).init(0, 0, 1, 0.3, 0.8).build();

    @Test
    void editingTheStartMeanKeepsSigmaBitForBit() {
        Scenario e = ScenarioEdits.initMean(s, 0, 0.5);
        assertArrayEquals(new double[] {0.5, 0, 1, 0.3, 0.8}, e.init());
        assertEquals(s.data(), e.data());
    }

    @Test
    void editingOneSdKeepsTheOtherVarianceAndTheCorrelation() {
        Scenario e = ScenarioEdits.initSd(s, 0, 2);
        double[] init = e.init();
        assertEquals(4, init[2]);
        assertEquals(0.8, init[4]);   // untouched, not 0.7999999999999999
        double rho = 0.3 / Math.sqrt(0.8);
        assertEquals(rho * 2 * Math.sqrt(0.8), init[3], 1e-15);
        DataSource.Sampled d = (DataSource.Sampled) ScenarioEdits.trueSd(s, 1, 2).data();
        assertEquals(1, d.truth().cov()[0]);
        assertEquals(4, d.truth().cov()[2]);
    }

    @Test
    void editingTheSeedOrNKeepsTheTruthBitForBit() {
        DataSource.Sampled d = (DataSource.Sampled) ScenarioEdits.seed(ScenarioEdits.sampleSize(s, 50), 99).data();
        assertArrayEquals(new double[] {1, 0.6, 0.8}, d.truth().cov());
        assertEquals(50, d.n());
        assertEquals(99, d.seed());
    }
}
