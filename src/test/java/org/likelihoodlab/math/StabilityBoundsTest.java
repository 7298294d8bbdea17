package org.likelihoodlab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;

/** The bounds at the MLE equal math.md section 6 for every parameterization. */
class StabilityBoundsTest {

    @Test
    void oneDimensionalBoundsAtTheMle() {
        for (var d : new org.likelihoodlab.experiment.Dataset[] {TestData.a(), TestData.b()}) {
            double s2 = d.moments()[1];
            double s = Math.sqrt(s2);
            assertEquals(s2, StabilityBounds.oneD(Parameterization.MU_SIGMA, "gd", s, s2, 0.9).local(), 1e-12);
            assertEquals(Math.min(2 * s2, 4 * s2 * s2),
                    StabilityBounds.oneD(Parameterization.MU_VARIANCE, "gd", s, s2, 0.9).local(), 1e-12);
            assertEquals(Math.min(2 * s2, 1), StabilityBounds.oneD(Parameterization.MU_LOGSIGMA, "gd", s, s2, 0.9).local(),
                    1e-12);
            assertEquals(1.9 * s2, StabilityBounds.oneD(Parameterization.MU_SIGMA, "momentum", s, s2, 0.9).local(), 1e-12);
            assertEquals(2, StabilityBounds.oneD(Parameterization.MU_VARIANCE, "natural", s, s2, 0.9).local());
            assertTrue(Double.isNaN(StabilityBounds.oneD(Parameterization.MU_SIGMA, "adam", s, s2, 0.9).local()));
            assertEquals(4 * s2, StabilityBounds.oneD(Parameterization.MU_SIGMA, "gd", s, s2, 0.9).global(), 1e-12);
            assertEquals(13.5 * s2 * s2, StabilityBounds.oneD(Parameterization.MU_VARIANCE, "gd", s, s2, 0.9).global(),
                    1e-12);
        }
        // data A: the numbers printed in math.md
        double a2 = TestData.a().moments()[1];
        assertEquals(0.23198, StabilityBounds.oneD(Parameterization.MU_SIGMA, "gd", Math.sqrt(a2), a2, 0.9).local(),
                1e-5);
        assertEquals(0.215259, StabilityBounds.oneD(Parameterization.MU_VARIANCE, "gd", Math.sqrt(a2), a2, 0.9).local(),
                1e-6);
        assertEquals(0.46396, StabilityBounds.oneD(Parameterization.MU_LOGSIGMA, "gd", Math.sqrt(a2), a2, 0.9).local(),
                1e-5);
        assertEquals(0.440762, StabilityBounds.oneD(Parameterization.MU_SIGMA, "momentum", Math.sqrt(a2), a2, 0.9)
                .local(), 1e-6);
    }

    @Test
    void twoDimensionalBoundsAtTheMleOfDataC() {
        double[] m = TestData.c().moments();
        assertEquals(0.345697, StabilityBounds.twoD(Parameterization.MEAN_COV, "gd", m[2], m[3], m[4], 0.9).local(),
                1e-6);
        assertEquals(0.499726, StabilityBounds.twoD(Parameterization.MEAN_CHOLESKY, "gd", m[2], m[3], m[4], 0.9)
                .local(), 1e-6);
        // Sigma = I: F_chol = diag(2, 2, 1), so lr < min(2, 1) = 1
        assertEquals(1, StabilityBounds.twoD(Parameterization.MEAN_CHOLESKY, "gd", 1, 0, 1, 0.9).local(), 1e-12);
    }
}
