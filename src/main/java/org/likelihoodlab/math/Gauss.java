package org.likelihoodlab.math;

/** Constants shared by the log densities. */
final class Gauss {
    /** 0.5 * log(2 pi), the 1-D normalizing term. */
    static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
    /** log(2 pi), the 2-D normalizing term. */
    static final double LOG_2PI = Math.log(2 * Math.PI);

    private Gauss() {
    }

    /** 1-D average log-likelihood at (mu, sigma) for moments (m, c): math.md section 1. */
    static double logLik1(double mu, double sigma, double m, double c) {
        double rbar = m - mu;
        double s = c + rbar * rbar;
        return -HALF_LOG_2PI - Math.log(sigma) - s / (2 * sigma * sigma);
    }

    /**
     * 2-D average log-likelihood at (mu, Sigma) for moments (m1, m2, c11, c12, c22); det is the
     * parameterization's determinant (s11*s22 - s12^2, or (L11*L22)^2 for Cholesky).
     */
    static double logLik2(double mu1, double mu2, double s11, double s12, double s22, double det,
            double[] mom) {
        double rb1 = mom[0] - mu1;
        double rb2 = mom[1] - mu2;
        double sS11 = mom[2] + rb1 * rb1;
        double sS12 = mom[3] + rb1 * rb2;
        double sS22 = mom[4] + rb2 * rb2;
        double p11 = s22 / det;
        double p12 = -s12 / det;
        double p22 = s11 / det;
        return -LOG_2PI - 0.5 * Math.log(det) - 0.5 * (p11 * sS11 + 2 * p12 * sS12 + p22 * sS22);
    }
}
