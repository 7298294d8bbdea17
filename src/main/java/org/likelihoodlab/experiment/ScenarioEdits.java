package org.likelihoodlab.experiment;

/**
 * Edits of one field of a scenario, as the window's controls make them: every other number stays
 * exactly as it was. In 2-D the controls show standard deviations and a correlation, but the
 * scenario holds Sigma; editing sigma1 sets s11 = sigma1^2 and s12 = rho * sigma1 * sigma2 (rho and
 * sigma2 as they are) and leaves s22 untouched, so a scenario opened in the window and saved
 * again is bit for bit the file it came from.
 */
public final class ScenarioEdits {

    private ScenarioEdits() {
    }

    /** @return the scenario with coordinate {@code i} (0 or 1) of the true mean set */
    public static Scenario trueMean(Scenario s, int i, double v) {
        DataSource.Sampled d = sampled(s);
        double[] mean = d.truth().mean();
        mean[i] = v;
        return withTruth(s, d, new TrueGaussian(mean, d.truth().cov()));
    }

    /** @return the scenario with the true standard deviation of coordinate {@code i} set */
    public static Scenario trueSd(Scenario s, int i, double v) {
        DataSource.Sampled d = sampled(s);
        return withTruth(s, d, new TrueGaussian(d.truth().mean(), withSd(d.truth().cov(), i, v)));
    }

    /** @return the scenario with the true correlation set (2-D) */
    public static Scenario trueRho(Scenario s, double rho) {
        DataSource.Sampled d = sampled(s);
        return withTruth(s, d, new TrueGaussian(d.truth().mean(), withRho(d.truth().cov(), rho)));
    }

    /** @return the scenario with another sample size (sampled data) */
    public static Scenario sampleSize(Scenario s, int n) {
        DataSource.Sampled d = sampled(s);
        return s.toBuilder().data(new DataSource.Sampled(d.truth(), n, d.seed())).build();
    }

    /** @return the scenario with another seed (sampled data) */
    public static Scenario seed(Scenario s, long seed) {
        DataSource.Sampled d = sampled(s);
        return s.toBuilder().data(new DataSource.Sampled(d.truth(), d.n(), seed)).build();
    }

    /** @return the scenario with start mean coordinate {@code i} set */
    public static Scenario initMean(Scenario s, int i, double v) {
        double[] init = s.init();
        init[i] = v;
        return s.toBuilder().init(init).build();
    }

    /** @return the scenario with the start standard deviation of coordinate {@code i} set */
    public static Scenario initSd(Scenario s, int i, double v) {
        double[] init = s.init();
        if (s.dim() == 1) {
            init[1] = v;
            return s.toBuilder().init(init).build();
        }
        double[] cov = withSd(new double[] {init[2], init[3], init[4]}, i, v);
        System.arraycopy(cov, 0, init, 2, 3);
        return s.toBuilder().init(init).build();
    }

    /** @return the scenario with the start correlation set (2-D) */
    public static Scenario initRho(Scenario s, double rho) {
        double[] init = s.init();
        double[] cov = withRho(new double[] {init[2], init[3], init[4]}, rho);
        System.arraycopy(cov, 0, init, 2, 3);
        return s.toBuilder().init(init).build();
    }

    /** @return (sigma1, sigma2, rho) of a 2-D start, or (sigma) in 1-D: what the controls show */
    public static double[] initShape(Scenario s) {
        double[] init = s.init();
        if (s.dim() == 1) {
            return new double[] {init[1]};
        }
        return new double[] {Math.sqrt(init[2]), Math.sqrt(init[4]), init[3] / Math.sqrt(init[2] * init[4])};
    }

    private static double[] withSd(double[] cov, int i, double sd) {
        if (cov.length == 1) {
            return new double[] {sd * sd};
        }
        double rho = cov[1] / Math.sqrt(cov[0] * cov[2]);
        double other = Math.sqrt(i == 0 ? cov[2] : cov[0]);
        double[] out = cov.clone();
        out[i == 0 ? 0 : 2] = sd * sd;
        out[1] = rho * sd * other;
        return out;
    }

    private static double[] withRho(double[] cov, double rho) {
        double[] out = cov.clone();
        out[1] = rho * Math.sqrt(cov[0]) * Math.sqrt(cov[2]);
        return out;
    }

    private static DataSource.Sampled sampled(Scenario s) {
        if (!(s.data() instanceof DataSource.Sampled d)) {
            throw new SettingException("data", "the data come from a file: there is no true distribution to edit");
        }
        return d;
    }

    private static Scenario withTruth(Scenario s, DataSource.Sampled d, TrueGaussian t) {
        return s.toBuilder().data(new DataSource.Sampled(t, d.n(), d.seed())).build();
    }
}
