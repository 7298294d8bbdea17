package org.likelihoodlab.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.likelihoodlab.math.GaussianModel;

/**
 * The start of a run must be a valid state on its data: a start whose log-likelihood is not
 * finite (sigma = 1e-200 against data of scale 1, or mu = sigma = 1e308) is bad input, not a
 * divergence at step 0.
 */
public final class StartCheck {
    private StartCheck() {
    }

    /** @throws SettingException for setting {@code init}, saying what the start gives and where the data are */
    public static void check(Scenario s, Dataset data) {
        if (s.mode() == Mode.MINIBATCH && s.batchSize() > data.n()) {
            throw new SettingException("batchSize", "must be at most n = " + data.n() + " (was " + s.batchSize() + ")");
        }
        GaussianModel m = s.param().model();
        double[] theta = new double[m.size()];
        m.toTheta(s.init(), theta);
        double[] mom = data.moments();
        String invalid = m.divergence(theta, mom);
        double ll = m.logLik(theta, mom);
        if (invalid == null && Double.isFinite(ll)) {
            return;
        }
        throw new SettingException("init", "the start's log-likelihood is not finite on these data (" + ll
                + (invalid != null ? ", " + invalid : "") + "): the start is too far from the data's scale; start near "
                + "the maximum-likelihood estimate " + format(data.mle()));
    }

    private static String format(double[] v) {
        return Arrays.stream(v).mapToObj(x -> String.format(Locale.ROOT, "%.4g", x)).collect(Collectors.joining(","));
    }
}
