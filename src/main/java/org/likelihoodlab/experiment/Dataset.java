package org.likelihoodlab.experiment;

/**
 * The data of a run, in file order, with their sufficient statistics. 1-D points are stored in
 * one array; 2-D points interleaved {@code (y1, y2)}.
 *
 * <p>The moments are the mean and the biased (1/n) variance or covariance, computed with two
 * plain left-to-right passes (the second about the mean, never {@code mean(x^2) - mean^2}).
 */
public final class Dataset {

    private final int dim;
    private final double[] values;
    private final double[] moments;

    private Dataset(int dim, double[] values) {
        this.dim = dim;
        this.values = values;
        int n = values.length / dim;
        if (n < 2) {
            throw new IllegalArgumentException("needs at least 2 points, has " + n
                    + " (with one point the maximum-likelihood \u03c3 is 0)");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("point " + (i / dim + 1) + " is not a finite number");
            }
        }
        this.moments = dim == 1 ? moments1(values) : moments2(values);
        if (dim == 1 && !(moments[1] > 0)) {
            throw new IllegalArgumentException("all " + n + " points are equal (zero variance): "
                    + "the maximum-likelihood \u03c3 is 0 and the likelihood has no maximum");
        }
        if (dim == 2 && !(moments[2] * moments[4] - moments[3] * moments[3] > 0 && moments[2] > 0)) {
            throw new IllegalArgumentException("the " + n + " points lie on a line (singular covariance): "
                    + "the maximum-likelihood \u03a3 is not positive definite");
        }
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

    private static double[] moments1(double[] x) {
        int n = x.length;
        double sum = 0;
        for (double a : x) {
            sum += a;
        }
        double mean = sum / n;
        double ss = 0;
        for (double a : x) {
            double r = a - mean;
            ss += r * r;
        }
        return new double[] {mean, ss / n};
    }

    private static double[] moments2(double[] y) {
        int n = y.length / 2;
        double sum1 = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            sum1 += y[2 * i];
            sum2 += y[2 * i + 1];
        }
        double m1 = sum1 / n;
        double m2 = sum2 / n;
        double c11 = 0;
        double c12 = 0;
        double c22 = 0;
        for (int i = 0; i < n; i++) {
            double r1 = y[2 * i] - m1;
            double r2 = y[2 * i + 1] - m2;
            c11 += r1 * r1;
            c12 += r1 * r2;
            c22 += r2 * r2;
        }
        return new double[] {m1, m2, c11 / n, c12 / n, c22 / n};
    }

    public int dim() {
        return dim;
    }

    public int n() {
        return values.length / dim;
    }

    /** @return coordinate {@code c} (0-based) of point {@code i} (0-based) */
    public double value(int i, int c) {
        return values[i * dim + c];
    }

    /** @return a copy of the batch moments: (mean, var) or (m1, m2, c11, c12, c22) */
    public double[] moments() {
        return moments.clone();
    }

    /** Writes the moments of the single point i: (x, 0) or (y1, y2, 0, 0, 0). */
    public void pointMoments(int i, double[] out) {
        if (dim == 1) {
            out[0] = values[i];
            out[1] = 0;
        } else {
            out[0] = values[2 * i];
            out[1] = values[2 * i + 1];
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
        return values.clone();
    }
}
