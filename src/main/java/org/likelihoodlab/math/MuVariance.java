package org.likelihoodlab.math;

/** 1-D, theta = (mu, v) with v = sigma^2: math.md section 2, row mu-variance. */
final class MuVariance implements GaussianModel {

    @Override
    public int dim() {
        return 1;
    }

    @Override
    public void toTheta(double[] reported, double[] theta) {
        theta[0] = reported[0];
        theta[1] = reported[1] * reported[1];
    }

    @Override
    public void toReported(double[] theta, double[] reported) {
        reported[0] = theta[0];
        reported[1] = Math.sqrt(theta[1]);
    }

    @Override
    public void gradient(double[] theta, double[] mom, double[] g) {
        double v = theta[1];
        double rbar = mom[0] - theta[0];
        double sS = mom[1] + rbar * rbar;
        g[0] = rbar / v;
        g[1] = sS / (2 * v * v) - 1 / (2 * v);
    }

    @Override
    public void naturalDirection(double[] theta, double[] mom, double[] g, double[] d) {
        double v = theta[1];
        d[0] = v * g[0];
        d[1] = 2 * v * v * g[1];
    }

    /** The natural step's target for v: S = c + rbar^2 (d_v = S - v). */
    @Override
    public boolean naturalTarget(double[] theta, double[] mom, double[] target) {
        double rbar = mom[0] - theta[0];
        target[1] = mom[1] + rbar * rbar;
        return true;
    }

    @Override
    public double logLik(double[] theta, double[] mom) {
        return Gauss.logLik1(theta[0], Math.sqrt(theta[1]), mom[0], mom[1]);
    }

    @Override
    public String divergence(double[] theta, double[] mom) {
        double mu = theta[0];
        double v = theta[1];
        if (!Divergence.finite(mu, v)) {
            return Divergence.NON_FINITE;
        }
        if (v <= 0) {
            return Divergence.VARIANCE;
        }
        double sigma = Math.sqrt(v);
        double rbar = mom[0] - mu;
        return Divergence.finite((mom[1] + rbar * rbar) / (2 * sigma * sigma)) ? null : Divergence.NON_FINITE;
    }
}
