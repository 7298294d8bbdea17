package org.likelihoodlab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;
import org.likelihoodlab.experiment.Dataset;

/** The 95 % regions: the likelihood-ratio contour is at the level it should be, the Wald ellipse is the Fisher one. */
class ConfidenceRegionTest {

    static final Dataset A = TestData.a();

    static double avgLogLik(double mu, double sigma, double xbar, double s2) {
        double d = xbar - mu;
        return -0.5 * Math.log(2 * Math.PI) - Math.log(sigma) - (s2 + d * d) / (2 * sigma * sigma);
    }

    @Test
    void chiSquaredTwoAtNinetyFivePercentIsMinusTwoLogFivePercent() {
        // the chi-squared(2) CDF is 1 - exp(-x/2)
        assertEquals(0.95, 1 - Math.exp(-ConfidenceRegion.CHI2_2_95 / 2), 1e-15);
        assertEquals(5.991464547107979, ConfidenceRegion.CHI2_2_95, 1e-12);
    }

    @Test
    void theLikelihoodRatioBoundaryIsTheContourLHatMinusQOverTwoN() {
        double xbar = A.moments()[0];
        double s2 = A.moments()[1];
        int n = A.n();
        double level = avgLogLik(xbar, Math.sqrt(s2), xbar, s2) - ConfidenceRegion.CHI2_2_95 / (2 * n);
        double[][] b = ConfidenceRegion.likelihoodRatio(xbar, s2, n);
        for (int i = 0; i < b[0].length; i++) {
            assertEquals(level, avgLogLik(b[0][i], b[1][i], xbar, s2), 1e-9, "point " + i);
        }
        // a closed curve around the MLE, about SE * sqrt(q) wide in mu
        double[] se = ConfidenceRegion.standardErrors(s2, n);
        double maxMu = java.util.Arrays.stream(b[0]).max().orElseThrow();
        assertEquals(se[0] * Math.sqrt(ConfidenceRegion.CHI2_2_95), maxMu - xbar, 0.02 * se[0]);
        assertEquals(Math.sqrt(s2) / 20, se[0], 1e-15, "s / sqrt(400)");
        assertEquals(Math.sqrt(s2) / Math.sqrt(800), se[1], 1e-15);
    }

    @Test
    void theWaldEllipseIsNTimesTheFisherQuadraticFormAtQInEachCoordinate() {
        double xbar = A.moments()[0];
        double s2 = A.moments()[1];
        double s = Math.sqrt(s2);
        int n = A.n();
        for (Surfaces.Scale c : Surfaces.Scale.values()) {
            double[][] e = ConfidenceRegion.wald(xbar, s2, n, c);
            double q0 = c.of(s);
            // per-sample Fisher of the scale coordinate at the MLE (math.md section 2)
            double fq = c == Surfaces.Scale.SIGMA ? 2 / s2 : c == Surfaces.Scale.VARIANCE ? 1 / (2 * s2 * s2) : 2;
            for (int i = 0; i < e[0].length; i++) {
                double dm = e[0][i] - xbar;
                double dq = c.of(e[1][i]) - q0;
                assertEquals(ConfidenceRegion.CHI2_2_95, n * (dm * dm / s2 + fq * dq * dq), 1e-9, c + " point " + i);
            }
        }
    }

    /** Near the MLE the two regions agree (the log-likelihood is nearly quadratic there for n = 400). */
    @Test
    void forLargeNTheRegionsNearlyAgree() {
        double xbar = A.moments()[0];
        double s2 = A.moments()[1];
        double[][] lr = ConfidenceRegion.likelihoodRatio(xbar, s2, 100000);
        double[][] wald = ConfidenceRegion.wald(xbar, s2, 100000, Surfaces.Scale.SIGMA);
        double lrTop = java.util.Arrays.stream(lr[1]).max().orElseThrow();
        double waldTop = java.util.Arrays.stream(wald[1]).max().orElseThrow();
        assertEquals(waldTop, lrTop, 0.01 * (waldTop - Math.sqrt(s2)));
    }
}
