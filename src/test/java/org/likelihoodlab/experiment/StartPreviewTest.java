package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartPreviewTest {

    private static Scenario settings(double lr) {
        return new Scenario.Builder().dim(1).data(new DataSource.Sampled(TrueGaussian.of1(2, 0.5), 400, 11)).lr(lr)
                .steps(2000).init(0, 1).build();
    }

    @Test
    void thePreviewIsTheRunThatTheNewStartBeginsBitForBit() {
        Scenario s = settings(0.1);
        Dataset d = DataSampler.sample((DataSource.Sampled) s.data());
        double[][] p = StartPreview.path(s, d, new double[] {1.5, 0.3}, 300);
        assertEquals(301, p[0].length);
        Run run = new Run(s.toBuilder().init(1.5, 0.3).build(), d);
        assertArrayEquals(new double[] {1.5, 0.3}, new double[] {p[0][0], p[1][0]});
        for (int k = 1; k <= 300; k++) {
            run.advance();
            double[] r = run.reported();
            assertEquals(r[0], p[0][k], 0.0, "mu at step " + k);
            assertEquals(r[1], p[1][k], 0.0, "sigma at step " + k);
        }
    }

    @Test
    void aPreviewEndsWhereThatRunWouldDiverge() {
        Scenario s = settings(3.0);
        Dataset d = DataSampler.sample((DataSource.Sampled) s.data());
        double[][] p = StartPreview.path(s, d, new double[] {0, 1}, 2000);
        Run run = new Run(s.toBuilder().init(0, 1).build(), d);
        run.runTo(2000, r -> true);
        assertTrue(run.divergedAt() > 0, "this start blows up");
        assertEquals(run.step() + 1, p[0].length);
        assertEquals(StartPreview.MIN_STEPS, StartPreview.steps(3));
        assertEquals(StartPreview.MAX_STEPS, StartPreview.steps(1_000_000));
        assertEquals(700, StartPreview.steps(700));
    }
}
