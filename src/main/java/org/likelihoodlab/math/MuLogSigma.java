package org.likelihoodlab.math;

/** 1-D, theta = (mu, s) with s = log sigma: math.md section 2, row mu-logsigma. */
final class MuLogSigma implements GaussianModel {

    /** One-entry memo of exp: the last argument and its value (exp is most of an update's cost). */
    private double memoArg = Double.NaN;
    private double memoExp = Double.NaN;

    private double exp(double s) {
        if (s != memoArg) {
            memoExp = Math.exp(s);
            memoArg = s;
        }
        return memoExp;
    }

    @Override
    public int dim() {
        return 1;
    }

    @Override
    public void toTheta(double[] reported, double[] theta) {
        theta[0] = reported[0];
        theta[1] = Math.log(reported[1]);
    }

    @Override
    public void toReported(double[] theta, double[] reported) {
        reported[0] = theta[0];
        reported[1] = Math.exp(theta[1]);
    }

    @Override
    public void gradient(double[] theta, double[] mom, double[] g) {
        double e = exp(theta[1]);
        double rbar = mom[0] - theta[0];
        double sS = mom[1] + rbar * rbar;
        g[0] = rbar / (e * e);
        g[1] = sS / (e * e) - 1;
    }

    @Override
    public void ascend(double[] theta, double[] mom, double lr, double[] g) {
        // gradient() and the step in one go, the gradient kept in registers (the same arithmetic)
        double e = exp(theta[1]);
        double rbar = mom[0] - theta[0];
        double sS = mom[1] + rbar * rbar;
        double g0 = rbar / (e * e);
        double g1 = sS / (e * e) - 1;
        g[0] = g0;
        g[1] = g1;
        theta[0] = theta[0] + lr * g0;
        theta[1] = theta[1] + lr * g1;
    }

    @Override
    public void naturalDirection(double[] theta, double[] mom, double[] g, double[] d) {
        double e = exp(theta[1]);
        d[0] = e * e * g[0];
        d[1] = 0.5 * g[1];
    }

    @Override
    public double logLik(double[] theta, double[] mom) {
        return Gauss.logLik1(theta[0], Math.exp(theta[1]), mom[0], mom[1]);
    }

    @Override
    public String divergence(double[] theta, double[] mom) {
        double mu = theta[0];
        if (!Divergence.finite(mu, theta[1])) {
            return Divergence.NON_FINITE;
        }
        double sigma = exp(theta[1]);
        if (!Divergence.finite(sigma)) {
            return Divergence.NON_FINITE;
        }
        if (sigma <= 0) {
            return Divergence.SIGMA;   // exp underflow
        }
        double rbar = mom[0] - mu;
        return Divergence.finite((mom[1] + rbar * rbar) / (2 * sigma * sigma)) ? null : Divergence.NON_FINITE;
    }
}
