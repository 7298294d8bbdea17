package org.likelihoodlab.math;

/**
 * 2-D, theta = (mu1, mu2, a, b, c) with {@code L = [[exp(a), 0], [c, exp(b)]]} and
 * {@code Sigma = L L'}: positive definite by construction while the exponentials stay in range.
 */
final class MeanCholesky implements GaussianModel {

    /** One-entry memos of exp(a) and exp(b): see {@link MuLogSigma}. */
    private double memoA = Double.NaN;
    private double expA = Double.NaN;
    private double memoB = Double.NaN;
    private double expB = Double.NaN;

    private double expA(double a) {
        if (a != memoA) {
            expA = Math.exp(a);
            memoA = a;
        }
        return expA;
    }

    private double expB(double b) {
        if (b != memoB) {
            expB = Math.exp(b);
            memoB = b;
        }
        return expB;
    }

    @Override
    public int dim() {
        return 2;
    }

    @Override
    public void toTheta(double[] reported, double[] theta) {
        double l11 = Math.sqrt(reported[2]);
        double c = reported[3] / l11;
        double l22 = Math.sqrt(reported[4] - c * c);
        theta[0] = reported[0];
        theta[1] = reported[1];
        theta[2] = Math.log(l11);
        theta[3] = Math.log(l22);
        theta[4] = c;
    }

    @Override
    public void toReported(double[] theta, double[] reported) {
        double l11 = expA(theta[2]);
        double l22 = expB(theta[3]);
        double c = theta[4];
        reported[0] = theta[0];
        reported[1] = theta[1];
        reported[2] = l11 * l11;
        reported[3] = l11 * c;
        reported[4] = c * c + l22 * l22;
    }

    @Override
    public void gradient(double[] theta, double[] mom, double[] g) {
        double l11 = expA(theta[2]);
        double l22 = expB(theta[3]);
        double c = theta[4];
        Cov2.gradient(theta[0], theta[1], l11 * l11, l11 * c, c * c + l22 * l22, (l11 * l22) * (l11 * l22), mom, g);
        double g11 = g[2];
        double g12 = g[3];
        double g22 = g[4];
        g[2] = 2 * l11 * (g11 * l11 + g12 * c);
        g[3] = 2 * g22 * l22 * l22;
        g[4] = 2 * (g12 * l11 + g22 * c);
    }

    @Override
    public void naturalDirection(double[] theta, double[] mom, double[] g, double[] d) {
        double l22 = expB(theta[3]);
        double c = theta[4];
        d[0] = mom[0] - theta[0];
        d[1] = mom[1] - theta[1];
        d[2] = 0.5 * (g[2] + c * g[4]);
        d[3] = 0.5 * g[3];
        d[4] = 0.5 * c * g[2] + (l22 * l22 + 0.5 * c * c) * g[4];
    }

    @Override
    public double logLik(double[] theta, double[] mom) {
        double l11 = expA(theta[2]);
        double l22 = expB(theta[3]);
        double c = theta[4];
        return Gauss.logLik2(theta[0], theta[1], l11 * l11, l11 * c, c * c + l22 * l22, (l11 * l22) * (l11 * l22), mom);
    }

    @Override
    public String divergence(double[] theta, double[] mom) {
        for (int i = 0; i < 5; i++) {
            if (!Divergence.finite(theta[i])) {
                return Divergence.NON_FINITE;
            }
        }
        double l11 = expA(theta[2]);
        double l22 = expB(theta[3]);
        double c = theta[4];
        double s11 = l11 * l11;
        double s12 = l11 * c;
        double s22 = c * c + l22 * l22;
        double det = (l11 * l22) * (l11 * l22);
        if (!(Divergence.finite(l11, l22) && Divergence.finite(s11, s12) && Divergence.finite(s22, det))) {
            return Divergence.NON_FINITE;
        }
        if (!(l11 > 0 && l22 > 0 && det > 0)) {
            return Divergence.NOT_PD;
        }
        return Divergence.finite(Gauss.logLik2(theta[0], theta[1], s11, s12, s22, det, mom)) ? null : Divergence.NON_FINITE;
    }
}
