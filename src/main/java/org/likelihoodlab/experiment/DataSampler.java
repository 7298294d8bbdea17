package org.likelihoodlab.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;

/** Draws a reproducible data set from a true Gaussian: the same (truth, n, seed) gives the same points. */
public final class DataSampler {

    private DataSampler() {
    }

    /** Samples n points from the truth with a Well19937c generator seeded with {@code seed}. */
    public static Dataset sample(DataSource.Sampled spec) {
        TrueGaussian truth = spec.truth();
        int n = spec.n();
        NormalDistribution z = new NormalDistribution(new Well19937c(spec.seed()), 0, 1);
        double[] mean = truth.mean();
        double[] cov = truth.cov();
        if (truth.dim() == 1) {
            double sd = Math.sqrt(cov[0]);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = mean[0] + sd * z.sample();
            }
            return Dataset.of1(x);
        }
        // y = mean + L z with Sigma = L L' (2x2 Cholesky, computed in closed form)
        double l11 = Math.sqrt(cov[0]);
        double l21 = cov[1] / l11;
        double l22 = Math.sqrt(cov[2] - l21 * l21);
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double z1 = z.sample();
            double z2 = z.sample();
            y[2 * i] = mean[0] + l11 * z1;
            y[2 * i + 1] = mean[1] + l21 * z1 + l22 * z2;
        }
        return Dataset.of2(y);
    }
}
