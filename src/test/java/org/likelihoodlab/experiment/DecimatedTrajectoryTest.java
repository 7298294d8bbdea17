package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecimatedTrajectoryTest {

    @Test
    void keepsEveryRowUntilFull() {
        DecimatedTrajectory t = new DecimatedTrajectory(1, 8);
        for (int k = 0; k < 8; k++) {
            t.add(k, new double[] {k * k});
        }
        double[][] v = t.view(0);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7}, v[0]);
        assertArrayEquals(new double[] {0, 1, 4, 9, 16, 25, 36, 49}, v[1]);
    }

    @Test
    void staysBoundedAndKeepsEndsAndSpikes() {
        DecimatedTrajectory t = new DecimatedTrajectory(2, 64);
        int n = 1_000_000;
        for (int k = 0; k <= n; k++) {
            double spike = k == 123_457 ? 1e6 : k == 777_001 ? -1e6 : Math.sin(k * 1e-4);
            t.add(k, new double[] {spike, k});
        }
        assertTrue(t.buckets() <= 64);
        double[][] v = t.view(0);
        assertTrue(v[0].length <= 3 * 64 + 1);
        assertEquals(0, v[0][0]);
        assertEquals(n, v[0][v[0].length - 1]);
        boolean high = false;
        boolean low = false;
        for (int i = 0; i < v[0].length; i++) {
            high |= v[0][i] == 123_457 && v[1][i] == 1e6;
            low |= v[0][i] == 777_001 && v[1][i] == -1e6;
            if (i > 0) {
                assertTrue(v[0][i] > v[0][i - 1], "steps increase");
            }
        }
        assertTrue(high && low, "both spikes are kept");
        assertEquals(n, t.view(1)[1][t.view(1)[1].length - 1]);
    }
}
