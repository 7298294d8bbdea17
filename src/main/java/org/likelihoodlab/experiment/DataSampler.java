package org.likelihoodlab.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * Draws a reproducible data set from a true Gaussian: the same (truth, n, seed) gives the same
 * points. The points are an affine map of n (or 2n) standard normal draws that depend only on n
 * and the seed, so a caller that keeps the {@link #draws} can move the truth (a slider drag) and
 * get exactly the points a fresh {@link #sample} would give, without drawing again.
 */
public final class DataSampler {

    private DataSampler() {
    }

    /** Samples n points from the truth with a Well19937c generator seeded with {@code seed}. */
    public static Dataset sample(DataSource.Sampled spec) {
        return fromDraws(spec.truth(), draws(spec.n(), spec.seed(), spec.truth().dim()));
    }

    /** @return the standard normal draws behind a sample: n in 1-D, 2n (z1, z2 interleaved) in 2-D */
    public static double[] draws(int n, long seed, int dim) {
        NormalDistribution z = new NormalDistribution(new Well19937c(seed), 0, 1);
        double[] out = new double[dim * n];
        for (int i = 0; i < out.length; i++) {
            out[i] = z.sample();
        }
        return out;
    }

    /**
     * @param z the draws of {@link #draws} for the truth's dimension (not modified)
     * @return the data set mean + L z with Sigma = L L' (2x2 Cholesky in closed form); it keeps
     *     {@code z} (no copy), so the draws must not be modified afterwards
     */
    public static Dataset fromDraws(TrueGaussian truth, double[] z) {
        double[] mean = truth.mean();
        double[] cov = truth.cov();
        if (truth.dim() == 1) {
            return Dataset.affine1(z, mean[0], Math.sqrt(cov[0]));
        }
        double l11 = Math.sqrt(cov[0]);
        double l21 = cov[1] / l11;
        double l22 = Math.sqrt(cov[2] - l21 * l21);
        return Dataset.affine2(z, mean[0], mean[1], l11, l21, l22);
    }
}
