package org.likelihoodlab.math;

/** The 2-D pieces shared by both covariance parameterizations: math.md section 3. */
final class Cov2 {
    private Cov2() {
    }

    /**
     * Writes {@code (g_mu1, g_mu2, G11, G12, G22)} into g: the mean gradient {@code P rbar} and the
     * cookbook matrix {@code G = -1/2 (P - P S P)} at Sigma = [[s11, s12], [s12, s22]].
     */
    static void gradient(double mu1, double mu2, double s11, double s12, double s22, double det,
            double[] mom, double[] g) {
        double rb1 = mom[0] - mu1;
        double rb2 = mom[1] - mu2;
        double sS11 = mom[2] + rb1 * rb1;
        double sS12 = mom[3] + rb1 * rb2;
        double sS22 = mom[4] + rb2 * rb2;
        double p11 = s22 / det;
        double p12 = -s12 / det;
        double p22 = s11 / det;
        g[0] = p11 * rb1 + p12 * rb2;
        g[1] = p12 * rb1 + p22 * rb2;
        double a11 = p11 * sS11 + p12 * sS12;
        double a12 = p11 * sS12 + p12 * sS22;
        double a21 = p12 * sS11 + p22 * sS12;
        double a22 = p12 * sS12 + p22 * sS22;
        double b11 = a11 * p11 + a12 * p12;
        double b12 = a11 * p12 + a12 * p22;
        double b22 = a21 * p12 + a22 * p22;
        g[2] = -0.5 * (p11 - b11);
        g[3] = -0.5 * (p12 - b12);
        g[4] = -0.5 * (p22 - b22);
    }

    /**
     * The mean-cov validity check for finite entries: a finite determinant, then positive
     * definiteness (s11 > 0 and det > 0, exact for 2x2, no tolerance), then a finite reported
     * log-likelihood.
     */
    static String divergence(double mu1, double mu2, double s11, double s12, double s22, double[] mom) {
        double det = s11 * s22 - s12 * s12;
        if (!Divergence.finite(det)) {
            return Divergence.NON_FINITE;
        }
        if (!(s11 > 0 && det > 0)) {
            return Divergence.NOT_PD;
        }
        return Divergence.finite(Gauss.logLik2(mu1, mu2, s11, s12, s22, det, mom)) ? null : Divergence.NON_FINITE;
    }
}
