package org.likelihoodlab.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * The points of each online or mini-batch update, in order (math.md section 9.1): update k takes
 * indices {@code i_{tB} .. i_{tB+B-1}} of one index stream (file order, Fisher-Yates epochs, or
 * draws with replacement, both driven by one {@link SplitMix64}), or B fresh points from the true
 * distribution ({@code stream}). It writes the moments of the batch: its mean and its biased
 * (co)variance about that mean, in two passes. For B = 1 in file order these are exactly section
 * 1's online moments {@code (x, 0)}.
 */
final class BatchStream {

    private final Dataset data;
    private final int dim;
    private final int n;
    private final int size;
    private final Sampling sampling;
    private final SplitMix64 rng;
    private final int[] perm;
    private final int[] idx;
    private final double[] pts;
    private final NormalDistribution z;
    private final double[] mean;
    private final double[] chol;
    private int position;
    private int cursor;

    /**
     * @param size B: 1 (online) to n
     * @param seed the sampling seed
     */
    BatchStream(Dataset data, int size, Sampling sampling, long seed, TrueGaussian truth) {
        this.data = data;
        this.dim = data.dim();
        this.n = data.n();
        this.size = size;
        this.sampling = sampling;
        this.rng = new SplitMix64(seed);
        this.perm = sampling == Sampling.SHUFFLE ? new int[n] : null;
        this.position = n;   // the first index starts epoch 1
        this.idx = new int[size];
        this.pts = new double[size * dim];
        if (sampling == Sampling.STREAM) {
            this.z = new NormalDistribution(new Well19937c(seed), 0, 1);
            this.mean = truth.mean();
            double[] c = truth.cov();
            double l11 = Math.sqrt(c[0]);
            double l21 = dim == 2 ? c[1] / l11 : 0;
            this.chol = dim == 1 ? new double[] {l11} : new double[] {l11, l21, Math.sqrt(c[2] - l21 * l21)};
        } else {
            this.z = null;
            this.mean = null;
            this.chol = null;
        }
    }

    /** Writes the moments of the next update's batch into {@code out}. */
    void next(double[] out) {
        if (size == 1 && sampling != Sampling.STREAM) {
            data.pointMoments(nextIndex(), out);
            return;
        }
        for (int j = 0; j < size; j++) {
            if (sampling == Sampling.STREAM) {
                double z1 = z.sample();
                if (dim == 1) {
                    pts[j] = mean[0] + chol[0] * z1;
                } else {
                    double z2 = z.sample();
                    pts[2 * j] = mean[0] + chol[0] * z1;
                    pts[2 * j + 1] = mean[1] + chol[1] * z1 + chol[2] * z2;
                }
            } else {
                int i = nextIndex();
                for (int c = 0; c < dim; c++) {
                    pts[j * dim + c] = data.value(i, c);
                }
            }
        }
        moments(out);
    }

    /** @return the next index of the stream */
    private int nextIndex() {
        switch (sampling) {
            case SHUFFLE:
                if (position == n) {
                    // a fresh permutation of the identity each epoch (math.md 9.1)
                    for (int i = 0; i < n; i++) {
                        perm[i] = i;
                    }
                    for (int j = n - 1; j >= 1; j--) {
                        int r = rng.nextIndex(j + 1);
                        int tmp = perm[j];
                        perm[j] = perm[r];
                        perm[r] = tmp;
                    }
                    position = 0;
                }
                return perm[position++];
            case REPLACE:
                return rng.nextIndex(n);
            default:
                int i = cursor;
                if (++cursor == n) {
                    cursor = 0;
                }
                return i;
        }
    }

    private void moments(double[] out) {
        if (dim == 1) {
            double sum = 0;
            for (int j = 0; j < size; j++) {
                sum += pts[j];
            }
            double m = sum / size;
            double ss = 0;
            for (int j = 0; j < size; j++) {
                double r = pts[j] - m;
                ss += r * r;
            }
            out[0] = m;
            out[1] = ss / size;
            return;
        }
        double s1 = 0;
        double s2 = 0;
        for (int j = 0; j < size; j++) {
            s1 += pts[2 * j];
            s2 += pts[2 * j + 1];
        }
        double m1 = s1 / size;
        double m2 = s2 / size;
        double c11 = 0;
        double c12 = 0;
        double c22 = 0;
        for (int j = 0; j < size; j++) {
            double r1 = pts[2 * j] - m1;
            double r2 = pts[2 * j + 1] - m2;
            c11 += r1 * r1;
            c12 += r1 * r2;
            c22 += r2 * r2;
        }
        out[0] = m1;
        out[1] = m2;
        out[2] = c11 / size;
        out[3] = c12 / size;
        out[4] = c22 / size;
    }

    /** For tests: the next {@code count} indices of the stream. */
    int[] indices(int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = nextIndex();
        }
        return out;
    }
}
