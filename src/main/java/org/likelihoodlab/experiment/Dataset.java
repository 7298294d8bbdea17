package org.likelihoodlab.experiment;

/**
 * The data of a run, in file order, with their sufficient statistics. 1-D points are stored in
 * one array; 2-D points interleaved {@code (y1, y2)}; sampled data are kept as their standard
 * normal draws and an affine map.
 *
 * <p>The moments are the mean and the biased (1/n) variance or covariance, computed with the
 * corrected two-pass algorithm (the second pass about the first pass's mean, never
 * {@code mean(x^2) - mean^2}).
 */
public final class Dataset {

    private final int dim;
    private final int n;
    /** The stored points, or {@code null} when the points are an affine map of {@link #draws}. */
    private final double[] values;
    /**
     * Sampled data without a copy: point i is mean + L z_i with z the standard normal draws
     * (computed on every access by the same expression as {@link DataSampler} would have stored,
     * so the values are the same bit for bit). Moving the truth then costs no new 80 MB array.
     */
    private final double[] draws;
    private final double m1;
    private final double m2;
    private final double l11;
    private final double l21;
    private final double l22;
    private final double[] moments;

    private Dataset(int dim, double[] values) {
        this(dim, values, null, 0, 0, 0, 0, 0);
    }

    private Dataset(int dim, double[] values, double[] draws, double m1, double m2, double l11, double l21,
            double l22) {
        this.dim = dim;
        this.values = values;
        this.draws = draws;
        this.m1 = m1;
        this.m2 = m2;
        this.l11 = l11;
        this.l21 = l21;
        this.l22 = l22;
        this.n = (values != null ? values.length : draws.length) / dim;
        if (n < 2) {
            throw new IllegalArgumentException("needs at least 2 points, has " + n
                    + " (with one point the maximum-likelihood \u03c3 is 0)");
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < dim; c++) {
                if (!Double.isFinite(value(i, c))) {
                    throw new IllegalArgumentException("point " + (i + 1) + " is not a finite number");
                }
            }
        }
        this.moments = dim == 1 ? moments1() : moments2();
        DataChecks.check(this, moments);
    }

    /** 1-D sampled data: point i is {@code mean + sd * z[i]} (the array is not copied; do not modify it). */
    static Dataset affine1(double[] z, double mean, double sd) {
        return new Dataset(1, null, z, mean, 0, sd, 0, 0);
    }

    /** 2-D sampled data: (m1 + l11 z1, m2 + l21 z1 + l22 z2) from interleaved draws (not copied). */
    static Dataset affine2(double[] z, double m1, double m2, double l11, double l21, double l22) {
        return new Dataset(2, null, z, m1, m2, l11, l21, l22);
    }

    /** A 1-D data set; the array is copied. */
    public static Dataset of1(double[] x) {
        return new Dataset(1, x.clone());
    }

    /** A 2-D data set from interleaved {@code (y1, y2)} pairs; the array is copied. */
    public static Dataset of2(double[] interleaved) {
        if (interleaved.length % 2 != 0) {
            throw new IllegalArgumentException("2-D data need an even number of values");
        }
        return new Dataset(2, interleaved.clone());
    }

    /**
     * The corrected two-pass moments: the naive mean m, then the residuals r = x - m give the
     * mean m + sum(r)/n and the variance (sum(r^2) - sum(r)^2/n)/n, so data far from 0 (centred
     * at 1e9, say) keep their mean exact to rounding of the spread, not of the offset.
     */
    private double[] moments1() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += value(i, 0);
        }
        double m = sum / n;
        double s1 = 0;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double r = value(i, 0) - m;
            s1 += r;
            ss += r * r;
        }
        return new double[] {m + s1 / n, (ss - s1 * s1 / n) / n};
    }

    /** The 2-D version of {@link #moments1()}: corrected means, covariance about the naive means. */
    private double[] moments2() {
        double sum1 = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            sum1 += value(i, 0);
            sum2 += value(i, 1);
        }
        double m1 = sum1 / n;
        double m2 = sum2 / n;
        double r1s = 0;
        double r2s = 0;
        double c11 = 0;
        double c12 = 0;
        double c22 = 0;
        for (int i = 0; i < n; i++) {
            double r1 = value(i, 0) - m1;
            double r2 = value(i, 1) - m2;
            r1s += r1;
            r2s += r2;
            c11 += r1 * r1;
            c12 += r1 * r2;
            c22 += r2 * r2;
        }
        return new double[] {m1 + r1s / n, m2 + r2s / n, (c11 - r1s * r1s / n) / n, (c12 - r1s * r2s / n) / n,
            (c22 - r2s * r2s / n) / n};
    }

    public int dim() {
        return dim;
    }

    public int n() {
        return n;
    }

    /** @return coordinate {@code c} (0-based) of point {@code i} (0-based) */
    public double value(int i, int c) {
        if (values != null) {
            return values[i * dim + c];
        }
        if (dim == 1) {
            return m1 + l11 * draws[i];
        }
        return c == 0 ? m1 + l11 * draws[2 * i] : m2 + l21 * draws[2 * i] + l22 * draws[2 * i + 1];
    }

    /** @return a copy of the batch moments: (mean, var) or (m1, m2, c11, c12, c22) */
    public double[] moments() {
        return moments.clone();
    }

    /** Writes the moments of the single point i: (x, 0) or (y1, y2, 0, 0, 0). */
    public void pointMoments(int i, double[] out) {
        if (dim == 1) {
            out[0] = value(i, 0);
            out[1] = 0;
        } else {
            out[0] = value(i, 0);
            out[1] = value(i, 1);
            out[2] = 0;
            out[3] = 0;
            out[4] = 0;
        }
    }

    /**
     * @return the closed-form maximum-likelihood estimate in reported parameters: (x&#772;,
     *     biased sd) or (mean, biased covariance entries)
     */
    public double[] mle() {
        return dim == 1 ? new double[] {moments[0], Math.sqrt(moments[1])} : moments.clone();
    }

    /** @return a copy of the raw values (1-D) or interleaved pairs (2-D) */
    public double[] values() {
        if (values != null) {
            return values.clone();
        }
        double[] out = new double[n * dim];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < dim; c++) {
                out[i * dim + c] = value(i, c);
            }
        }
        return out;
    }
}
