package org.likelihoodlab.math;

/**
 * The average log-likelihood over a grid of parameters, from the data's moments only: O(1) a
 * cell, whatever n is.
 */
public final class Surfaces {

    /** The vertical coordinate of a 1-D surface. */
    public enum Scale {
        /** sigma itself. */
        SIGMA("\u03c3"),
        /** the variance v = sigma^2. */
        VARIANCE("\u03c3\u00b2"),
        /** log sigma. */
        LOG_SIGMA("log \u03c3");

        private final String label;

        Scale(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** @return sigma for a value q of this coordinate (NaN if q is outside its domain) */
        public double sigma(double q) {
            switch (this) {
                case SIGMA:
                    return q > 0 ? q : Double.NaN;
                case VARIANCE:
                    return q > 0 ? Math.sqrt(q) : Double.NaN;
                default:
                    return Math.exp(q);
            }
        }

        /** @return this coordinate's value for sigma */
        public double of(double sigma) {
            switch (this) {
                case SIGMA:
                    return sigma;
                case VARIANCE:
                    return sigma * sigma;
                default:
                    return Math.log(sigma);
            }
        }

        /** @return the coordinate a parameterization moves in */
        public static Scale of(Parameterization p) {
            return p == Parameterization.MU_VARIANCE ? VARIANCE : p == Parameterization.MU_LOGSIGMA ? LOG_SIGMA : SIGMA;
        }
    }

    private Surfaces() {
    }

    /**
     * The 1-D average log-likelihood at the centres of an nx-by-ny grid over
     * [mu0, mu1] x [q0, q1]; cells where sigma is undefined (q &le; 0 for sigma or variance) are NaN.
     *
     * @param moments (mean, biased variance) of the data
     * @return values[j * nx + i] for mu index i and q index j (j = 0 at q0)
     */
    public static double[] grid1(double[] moments, Scale scale, double mu0, double mu1, double q0, double q1,
            int nx, int ny) {
        double m = moments[0];
        double c = moments[1];
        double[] out = new double[nx * ny];
        double dx = (mu1 - mu0) / nx;
        double dy = (q1 - q0) / ny;
        double[] r2 = new double[nx];
        for (int i = 0; i < nx; i++) {
            double r = m - (mu0 + (i + 0.5) * dx);
            r2[i] = c + r * r;
        }
        double half = 0.5 * Math.log(2 * Math.PI);
        for (int j = 0; j < ny; j++) {
            double sigma = scale.sigma(q0 + (j + 0.5) * dy);
            int row = j * nx;
            if (!(sigma > 0) || !Double.isFinite(sigma)) {
                java.util.Arrays.fill(out, row, row + nx, Double.NaN);
                continue;
            }
            double base = -half - Math.log(sigma);
            double k = 1 / (2 * sigma * sigma);
            for (int i = 0; i < nx; i++) {
                out[row + i] = base - r2[i] * k;
            }
        }
        return out;
    }

    /**
     * The 2-D average log-likelihood over a grid of means (mu1, mu2) at a fixed positive definite
     * Sigma = [[s11, s12], [s12, s22]].
     *
     * @param moments (m1, m2, c11, c12, c22)
     * @return values[j * nx + i], NaN everywhere if Sigma is not positive definite
     */
    public static double[] grid2(double[] moments, double s11, double s12, double s22, double x0, double x1,
            double y0, double y1, int nx, int ny) {
        double[] out = new double[nx * ny];
        double det = s11 * s22 - s12 * s12;
        if (!(s11 > 0 && det > 0)) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        double p11 = s22 / det;
        double p12 = -s12 / det;
        double p22 = s11 / det;
        double base = -Math.log(2 * Math.PI) - 0.5 * Math.log(det)
                - 0.5 * (p11 * moments[2] + 2 * p12 * moments[3] + p22 * moments[4]);
        double dx = (x1 - x0) / nx;
        double dy = (y1 - y0) / ny;
        for (int j = 0; j < ny; j++) {
            double r2 = moments[1] - (y0 + (j + 0.5) * dy);
            for (int i = 0; i < nx; i++) {
                double r1 = moments[0] - (x0 + (i + 0.5) * dx);
                out[j * nx + i] = base - 0.5 * (p11 * r1 * r1 + 2 * p12 * r1 * r2 + p22 * r2 * r2);
            }
        }
        return out;
    }
}
