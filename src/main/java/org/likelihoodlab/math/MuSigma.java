package org.likelihoodlab.math;

/** 1-D, theta = (mu, sigma): math.md section 2, row mu-sigma. */
final class MuSigma implements GaussianModel {

    @Override
    public int dim() {
        return 1;
    }

    @Override
    public void toTheta(double[] reported, double[] theta) {
        theta[0] = reported[0];
        theta[1] = reported[1];
    }

    @Override
    public void toReported(double[] theta, double[] reported) {
        reported[0] = theta[0];
        reported[1] = theta[1];
    }

    @Override
    public void gradient(double[] theta, double[] mom, double[] g) {
        double s = theta[1];
        double rbar = mom[0] - theta[0];
        double sS = mom[1] + rbar * rbar;
        g[0] = rbar / (s * s);
        g[1] = sS / (s * s * s) - 1 / s;
    }

    @Override
    public void naturalDirection(double[] theta, double[] mom, double[] g, double[] d) {
        double s = theta[1];
        d[0] = s * s * g[0];
        d[1] = 0.5 * s * s * g[1];
    }

    @Override
    public double logLik(double[] theta, double[] mom) {
        return Gauss.logLik1(theta[0], theta[1], mom[0], mom[1]);
    }

    @Override
    public String divergence(double[] theta, double[] mom) {
        double mu = theta[0];
        double s = theta[1];
        if (!Divergence.finite(mu, s)) {
            return Divergence.NON_FINITE;
        }
        if (s <= 0) {
            return Divergence.SIGMA;
        }
        double rbar = mom[0] - mu;
        return Divergence.finite((mom[1] + rbar * rbar) / (2 * s * s)) ? null : Divergence.NON_FINITE;
    }
}
