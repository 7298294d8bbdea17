package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * How much closer to the MLE a 1/t schedule and Polyak-Ruppert averaging end than a constant
 * learning rate, against the theory of the linearized recursion (math.md 9.2, 9.4, 9.5): online gd
 * on 10^5 i.i.d. points, draws with replacement, the mean-square final error of mu over many
 * sampling seeds. For mu, e_k = (1 - lr_k h) e_{k-1} + lr_k xi_k with h = 1/s^2 and
 * Var(xi) = 1/s^2 (s the sample sd), so
 * <ul>
 *   <li>constant lr: E e^2 = lr / (2 - lr h) (in units of s^2 h ... here s ~ 1);</li>
 *   <li>inv: v_k = (1 - lr_k h)^2 v_{k-1} + lr_k^2 Var(xi), run exactly;</li>
 *   <li>averaging after B0 of a stationary AR(1) with phi = 1 - lr h over m states:
 *       P/m ((1 + phi)/(1 - phi) - 2 phi (1 - phi^m) / (m (1 - phi)^2)).</li>
 * </ul>
 */
class StochasticTheoryTest {

    private static final int REPEATS = 400;

    @Test
    void invAndAveragingBeatAConstantLrByThePredictedFactor() {
        DataSource.Sampled truth = new DataSource.Sampled(TrueGaussian.of1(0, 1), 100_000, 5);
        Dataset d = org.likelihoodlab.io.Datasets.load(truth, 1);
        double[] mle = d.mle();
        double lr = 0.005;
        long steps = 40_000;
        long b0 = 4_000;
        double tau = 1_000;
        Scenario base = StochasticTest.online(truth, lr, steps).sampling(Sampling.REPLACE).init(mle[0], mle[1])
                .build();
        Scenario inv = base.toBuilder().schedule(new Schedule(Schedule.Kind.INV, tau, 0)).build();
        Scenario avg = base.toBuilder().average(b0).build();
        double[] mse = new double[3];
        for (int r = 0; r < REPEATS; r++) {
            long seed = 1000 + r;
            mse[0] += sq(finalMu(base.toBuilder().samplingSeed(seed).build(), d, false) - mle[0]);
            mse[1] += sq(finalMu(inv.toBuilder().samplingSeed(seed).build(), d, false) - mle[0]);
            mse[2] += sq(finalMu(avg.toBuilder().samplingSeed(seed).build(), d, true) - mle[0]);
        }
        for (int i = 0; i < 3; i++) {
            mse[i] /= REPEATS;
        }
        double s2 = mle[1] * mle[1];
        double h = 1 / s2;
        double noise = 1 / s2;
        double constant = lr * lr * noise / (1 - sq(1 - lr * h));
        double v = 0;
        for (long k = 1; k <= steps; k++) {
            double lrk = inv.schedule().lr(k, lr);
            v = sq(1 - lrk * h) * v + lrk * lrk * noise;
        }
        double phi = 1 - lr * h;
        double m = steps - b0 + 1;
        double averaged = constant / m * ((1 + phi) / (1 - phi) - 2 * phi * (1 - Math.pow(phi, m)) / (m * sq(1 - phi)));
        // 400 seeds: each mean square is known to about sqrt(2/400) = 7 %
        assertEquals(1, mse[0] / constant, 0.2, "constant: " + mse[0] + " vs " + constant);
        assertEquals(1, mse[1] / v, 0.2, "inv: " + mse[1] + " vs " + v);
        assertEquals(1, mse[2] / averaged, 0.2, "averaged: " + mse[2] + " vs " + averaged);
        double invFactor = Math.sqrt(constant / v);
        double avgFactor = Math.sqrt(constant / averaged);
        assertEquals(1, Math.sqrt(mse[0] / mse[1]) / invFactor, 0.15, "inv's factor " + invFactor);
        assertEquals(1, Math.sqrt(mse[0] / mse[2]) / avgFactor, 0.15, "averaging's factor " + avgFactor);
    }

    private static double finalMu(Scenario s, Dataset d, boolean averaged) {
        Run run = new Run(s, d);
        run.runTo(s.steps(), r -> true);
        if (!averaged) {
            return run.reported()[0];
        }
        double[] a = new double[2];
        run.averaged(a);
        return a[0];
    }

    private static double sq(double v) {
        return v * v;
    }
}
