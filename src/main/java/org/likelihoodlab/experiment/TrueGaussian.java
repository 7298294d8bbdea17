package org.likelihoodlab.experiment;

import java.util.Arrays;

/**
 * The distribution data are sampled from: N(mu, sigma^2) in 1-D, N(mean, Sigma) in 2-D.
 *
 * @param mean {@code [mu]} or {@code [mu1, mu2]}
 * @param cov {@code [sigma^2]} or {@code [s11, s12, s22]}, positive (definite)
 */
public record TrueGaussian(double[] mean, double[] cov) {

    public TrueGaussian {
        mean = mean.clone();
        cov = cov.clone();
        if (!(mean.length == 1 && cov.length == 1 || mean.length == 2 && cov.length == 3)) {
            throw new SettingException("data.truth", "needs a mean and a (co)variance of the same dimension");
        }
        for (double a : mean) {
            requireFinite(a, mean.length == 1 ? "data.truth.mu" : "data.truth.mean");
        }
        for (double a : cov) {
            requireFinite(a, cov.length == 1 ? "data.truth.sigma" : "data.truth.cov");
        }
        if (cov.length == 1 && !(cov[0] > 0)) {
            throw new SettingException("data.truth.sigma", "must be > 0");
        }
        if (cov.length == 1 && cov[0] < Double.MIN_NORMAL) {
            throw new SettingException("data.truth.sigma", "is too small: sigma^2 = " + cov[0] + " underflows "
                    + "doubles (the smallest usable sigma is about 1.5e-154)");
        }
        if (cov.length == 3 && !(cov[0] > 0 && cov[0] * cov[2] - cov[1] * cov[1] > 0)) {
            throw new SettingException("data.truth.cov", "must be positive definite (cov[0][0] > 0 and "
                    + "cov[0][0]*cov[1][1] - cov[0][1]^2 > 0)");
        }
    }

    private static void requireFinite(double a, String field) {
        if (!Double.isFinite(a)) {
            throw new SettingException(field, "must be a finite number, and a variance must stay below 1.8e308 "
                    + "(was " + a + ")");
        }
    }

    /** N(mu, sigma^2). */
    public static TrueGaussian of1(double mu, double sigma) {
        return new TrueGaussian(new double[] {mu}, new double[] {sigma * sigma});
    }

    /** N((mu1, mu2), Sigma) with standard deviations sigma1, sigma2 and correlation rho. */
    public static TrueGaussian of2(double mu1, double mu2, double sigma1, double sigma2, double rho) {
        return new TrueGaussian(new double[] {mu1, mu2},
                new double[] {sigma1 * sigma1, rho * sigma1 * sigma2, sigma2 * sigma2});
    }

    public int dim() {
        return mean.length;
    }

    /** @return the standard deviation of coordinate i (0-based) */
    public double sd(int i) {
        return Math.sqrt(i == 0 ? cov[0] : cov[2]);
    }

    /** @return the correlation (2-D; 0 in 1-D) */
    public double rho() {
        return cov.length == 3 ? cov[1] / Math.sqrt(cov[0] * cov[2]) : 0;
    }

    /** @return the reported parameters: (mu, sigma) or (mu1, mu2, s11, s12, s22) */
    public double[] reported() {
        return dim() == 1 ? new double[] {mean[0], Math.sqrt(cov[0])}
                : new double[] {mean[0], mean[1], cov[0], cov[1], cov[2]};
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] cov() {
        return cov.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrueGaussian t && Arrays.equals(mean, t.mean) && Arrays.equals(cov, t.cov);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(cov);
    }

    @Override
    public String toString() {
        return "TrueGaussian" + Arrays.toString(mean) + Arrays.toString(cov);
    }
}
