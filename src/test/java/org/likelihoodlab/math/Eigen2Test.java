package org.likelihoodlab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Eigenvalues of a 2x2 without cancellation, and the bounds that use them. */
class Eigen2Test {

    @Test
    void smallEigenvalueOfABadlyScaledMatrixKeepsItsDigits() {
        // diag(1e8, 1e-8) rotated by 30 degrees, rounded to doubles; the exact small eigenvalue of
        // the rounded matrix is det/l_max with det computed exactly
        double c = Math.cos(Math.PI / 6);
        double s = Math.sin(Math.PI / 6);
        double s11 = 1e8 * c * c + 1e-8 * s * s;
        double s12 = (1e8 - 1e-8) * c * s;
        double s22 = 1e8 * s * s + 1e-8 * c * c;
        java.math.BigDecimal det = new java.math.BigDecimal(s11).multiply(new java.math.BigDecimal(s22))
                .subtract(new java.math.BigDecimal(s12).multiply(new java.math.BigDecimal(s12)));
        double[] e = Eigen2.of(s11, s12, s22);
        double exactMin = det.doubleValue() / e[0];
        assertEquals(1e8, e[0], 1e-6);
        assertEquals(exactMin, e[1], Math.abs(exactMin) * 1e-6, "relative error below 1e-6");
        double naive = 0.5 * (s11 + s22) - Math.hypot(0.5 * (s11 - s22), s12);
        assertEquals(true, Math.abs(naive - exactMin) > 0.1 * Math.abs(exactMin), "the old formula loses it: "
                + naive + " vs " + exactMin);
    }

    @Test
    void diagonalIndefiniteAndNegativeMatrices() {
        assertEquals(3, Eigen2.max(3, 0, 2), 0);
        assertEquals(2, Eigen2.min(3, 0, 2), 0);
        assertEquals(-1, Eigen2.min(1, 0, -1), 0);
        assertEquals(-1, Eigen2.max(-1, 0, -3), 0);
        assertEquals(-3, Eigen2.min(-1, 0, -3), 0);
        assertEquals(0, Eigen2.min(0, 0, 0), 0);
    }

    @Test
    void theMeanCovBoundUsesTheAccurateSmallEigenvalue() {
        // l_min = 1e-6 exactly representable case: mean-cov Sigma bound 4 l_min^2
        StabilityBounds.Bound b = StabilityBounds.twoD(Parameterization.MEAN_COV, "gd", 1e6, 0, 1e-6, 0.9);
        assertEquals(4e-12, b.local(), 1e-20);
    }
}
