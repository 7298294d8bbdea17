package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The corrected two-pass moments: data far from 0 keep their mean and spread. */
class DatasetMomentsTest {

    static double exactMean(double[] x, int dim, int c) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = c; i < x.length; i += dim) {
            sum = sum.add(new BigDecimal(x[i]));
        }
        return sum.divide(BigDecimal.valueOf(x.length / dim), MathContext.DECIMAL128).doubleValue();
    }

    static double[] centredAt(double centre, int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = centre + 0.5 * r.nextGaussian();
        }
        return x;
    }

    @Test
    void dataCentredAtABillionHaveTheirMeanToTheRoundingOfTheValues() {
        double[] x = centredAt(1e9, 100_000, 3);
        double[] m = Dataset.of1(x).moments();
        assertEquals(exactMean(x, 1, 0), m[0], 1e-8);
        double[] y = new double[2 * x.length];
        double[] z = centredAt(-1e9, x.length, 4);
        for (int i = 0; i < x.length; i++) {
            y[2 * i] = x[i];
            y[2 * i + 1] = z[i];
        }
        double[] m2 = Dataset.of2(y).moments();
        assertEquals(exactMean(y, 2, 0), m2[0], 1e-8);
        assertEquals(exactMean(y, 2, 1), m2[1], 1e-8);
        assertEquals(0.25, m2[2], 0.01);
        assertEquals(0.25, m2[4], 0.01);
    }
}
