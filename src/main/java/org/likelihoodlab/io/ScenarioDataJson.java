package org.likelihoodlab.io;

import java.nio.file.Path;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.SettingException;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.io.ScenarioJson.DataForm;
import org.likelihoodlab.io.ScenarioJson.TruthForm;

/**
 * The {@code "data"} field of a scenario file: a data file (relative to the scenario file), or a
 * true distribution (1-D mu and sigma, 2-D mean and cov) with n and seed; checked and read into a
 * {@link DataSource}, and written back.
 */
final class ScenarioDataJson {

    private ScenarioDataJson() {
    }

    /**
     * @param base the folder relative data paths resolve against ({@code null}: the working folder)
     * @throws SettingException naming the data field
     */
    static DataSource read(DataForm d, Path base) {
        if (d.file() != null) {
            if (d.truth() != null || d.n() != null || d.seed() != null) {
                throw new SettingException("data", "give either 'data.file' or 'data.truth' with 'data.n' and "
                        + "'data.seed', not both");
            }
            if (d.file().isEmpty() || d.file().indexOf('\0') >= 0) {
                throw new SettingException("data.file", "must be a file name (was '" + Messages.quote(d.file()) + "')");
            }
            // resolve by name: base may live in another file system (a preset inside the jar)
            Path p = FileNames.resolve(base, d.file());
            return new DataSource.FromFile(base == null || isAbsolute(d.file()) ? p : p.normalize());
        }
        if (d.truth() == null) {
            throw new SettingException("data", "needs 'data.file', or 'data.truth' with 'data.n' and 'data.seed'");
        }
        if (d.n() == null) {
            throw new SettingException("data.n", "missing: the number of points to sample");
        }
        if (d.seed() == null) {
            throw new SettingException("data.seed", "missing: the random seed that makes the sample reproducible");
        }
        TruthForm t = d.truth();
        TrueGaussian truth;
        if (t.mu() != null || t.sigma() != null) {
            if (t.mu() == null || t.sigma() == null || t.mean() != null || t.cov() != null) {
                throw new SettingException("data.truth", "1-D needs exactly 'mu' and 'sigma'");
            }
            double sigma = t.sigma();
            if (!(sigma > 0)) {
                throw new SettingException("data.truth.sigma", "must be > 0 (was " + sigma + ")");
            }
            if (!Double.isFinite(t.mu())) {
                throw new SettingException("data.truth.mu", "must be a finite number (was " + t.mu() + ")");
            }
            if (!Double.isFinite(sigma * sigma)) {
                throw new SettingException("data.truth.sigma", "is too large: sigma^2 overflows doubles (was " + sigma
                        + "; at most about 1.3e154)");
            }
            if (sigma * sigma < Double.MIN_NORMAL) {
                throw new SettingException("data.truth.sigma", "is too small: sigma^2 underflows doubles (was " + sigma
                        + "; at least about 1.5e-154)");
            }
            truth = TrueGaussian.of1(t.mu(), sigma);
        } else {
            if (t.mean() == null || t.cov() == null || t.mean().length != 2 || t.cov().length != 2
                    || t.cov()[0].length != 2 || t.cov()[1].length != 2) {
                throw new SettingException("data.truth", "needs 'mu' and 'sigma' (1-D), or 'mean' [m1, m2] and 'cov' "
                        + "[[s11, s12], [s12, s22]] (2-D)");
            }
            if (Double.compare(t.cov()[0][1], t.cov()[1][0]) != 0) {
                throw new SettingException("data.truth.cov", "must be symmetric (cov[0][1] = " + t.cov()[0][1]
                        + " but cov[1][0] = " + t.cov()[1][0] + ")");
            }
            truth = new TrueGaussian(t.mean(), new double[] {t.cov()[0][0], t.cov()[0][1], t.cov()[1][1]});
        }
        return new DataSource.Sampled(truth, d.n(), d.seed());
    }

    /** @return the data as the file stores them, a data file inside {@code base} relative to it */
    static DataForm form(DataSource source, Path base) {
        DataForm data;
        if (source instanceof DataSource.FromFile ff) {
            Path p = ff.file();
            if (base != null && p.isAbsolute() && p.startsWith(base)) {
                p = base.relativize(p);
            }
            data = new DataForm(p.toString().replace('\\', '/'), null, null, null);
        } else {
            DataSource.Sampled sd = (DataSource.Sampled) source;
            TrueGaussian t = sd.truth();
            TruthForm tf = t.dim() == 1
                    ? new TruthForm(t.mean()[0], t.sd(0), null, null)
                    : new TruthForm(null, null, t.mean(),
                        new double[][] {{t.cov()[0], t.cov()[1]}, {t.cov()[1], t.cov()[2]}});
            data = new DataForm(null, tf, sd.n(), sd.seed());
        }
        return data;
    }

    private static boolean isAbsolute(String name) {
        try {
            return Path.of(name).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return name.startsWith("/");
        }
    }
}
