package org.likelihoodlab.math;

/**
 * 2-D, theta = (mu1, mu2, s11, s12, s22). The covariance gradient is the cookbook matrix G (the
 * Frobenius gradient on symmetric matrices), so a gd update is literally {@code Sigma + lr*G}.
 */
final class MeanCov implements GaussianModel {

    @Override
    public int dim() {
        return 2;
    }

    @Override
    public void toTheta(double[] reported, double[] theta) {
        System.arraycopy(reported, 0, theta, 0, 5);
    }

    @Override
    public void toReported(double[] theta, double[] reported) {
        System.arraycopy(theta, 0, reported, 0, 5);
    }

    @Override
    public void gradient(double[] theta, double[] mom, double[] g) {
        Cov2.gradient(theta[0], theta[1], theta[2], theta[3], theta[4], det(theta), mom, g);
    }

    /** The closed form {@code (rbar, S - Sigma)} of math.md section 3. */
    @Override
    public void naturalDirection(double[] theta, double[] mom, double[] g, double[] d) {
        double rb1 = mom[0] - theta[0];
        double rb2 = mom[1] - theta[1];
        d[0] = rb1;
        d[1] = rb2;
        d[2] = mom[2] + rb1 * rb1 - theta[2];
        d[3] = mom[3] + rb1 * rb2 - theta[3];
        d[4] = mom[4] + rb2 * rb2 - theta[4];
    }

    /** The natural step's target for Sigma: S = C + rbar rbar' (d_Sigma = S - Sigma). */
    @Override
    public boolean naturalTarget(double[] theta, double[] mom, double[] target) {
        double rb1 = mom[0] - theta[0];
        double rb2 = mom[1] - theta[1];
        target[2] = mom[2] + rb1 * rb1;
        target[3] = mom[3] + rb1 * rb2;
        target[4] = mom[4] + rb2 * rb2;
        return true;
    }

    @Override
    public double logLik(double[] theta, double[] mom) {
        return Gauss.logLik2(theta[0], theta[1], theta[2], theta[3], theta[4], det(theta), mom);
    }

    private static double det(double[] theta) {
        return theta[2] * theta[4] - theta[3] * theta[3];
    }

    @Override
    public String divergence(double[] theta, double[] mom) {
        for (int i = 0; i < 5; i++) {
            if (!Divergence.finite(theta[i])) {
                return Divergence.NON_FINITE;
            }
        }
        return Cov2.divergence(theta[0], theta[1], theta[2], theta[3], theta[4], mom);
    }
}
