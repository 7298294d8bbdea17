package org.likelihoodlab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EllipseAxesTest {

    @Test
    void theAxisEndsLieOnTheEllipseAlongTheEigenvectors() {
        double s11 = 2;
        double s12 = 0.6;
        double s22 = 0.5;
        double[][] e = EllipseAxes.ends(1, -1, s11, s12, s22, 2);
        double det = s11 * s22 - s12 * s12;
        for (double[] p : e) {
            double a = p[0] - 1;
            double b = p[1] + 1;
            double q = (s22 * a * a - 2 * s12 * a * b + s11 * b * b) / det;
            assertEquals(4, q, 1e-12);   // on the 2-sigma ellipse
        }
        double[] l = Eigen2.of(s11, s12, s22);
        assertEquals(2 * Math.sqrt(l[0]), Math.hypot(e[0][0] - 1, e[0][1] + 1), 1e-12);
        assertEquals(2 * Math.sqrt(l[1]), Math.hypot(e[1][0] - 1, e[1][1] + 1), 1e-12);
        // the two axes are at right angles
        assertEquals(0, (e[0][0] - 1) * (e[1][0] - 1) + (e[0][1] + 1) * (e[1][1] + 1), 1e-12);
    }

    @Test
    void movingAnAxisEndPutsThatEndThereAndKeepsSigmaPositiveDefinite() {
        Random rnd = new Random(3);
        for (int i = 0; i < 500; i++) {
            double s11 = 0.1 + 3 * rnd.nextDouble();
            double s22 = 0.1 + 3 * rnd.nextDouble();
            double s12 = (rnd.nextDouble() * 1.8 - 0.9) * Math.sqrt(s11 * s22);
            double px = rnd.nextGaussian() * 3;
            double py = rnd.nextGaussian() * 3;
            int axis = rnd.nextInt(2);
            double[] n = EllipseAxes.withEnd(0, 0, s11, s12, s22, 1, axis, px, py);
            assertTrue(n[0] > 0 && Eigen2.det(n[0], n[1], n[2]) > 0, "positive definite");
            // the dragged point is on the new 1-sigma ellipse, and the other axis kept its length
            double q = (n[2] * px * px - 2 * n[1] * px * py + n[0] * py * py) / Eigen2.det(n[0], n[1], n[2]);
            assertEquals(1, q, 1e-9);
            double[] before = Eigen2.of(s11, s12, s22);
            double[] after = Eigen2.of(n[0], n[1], n[2]);
            double kept = before[axis == 0 ? 1 : 0];
            assertTrue(Math.abs(after[0] - kept) < 1e-9 * (1 + kept) || Math.abs(after[1] - kept) < 1e-9 * (1 + kept));
        }
        assertNull(EllipseAxes.withEnd(0, 0, 1, 0, 1, 1, 0, 0, 0));
        assertNull(EllipseAxes.ends(0, 0, 1, 2, 1, 1));   // not positive definite: no handles
    }
}
