package org.likelihoodlab.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.likelihoodlab.optim.Hyper;

/**
 * One axis of a stability map: a setting and the values it takes, {@code NAME:FROM:TO:COUNT[:log|:lin]}
 * (both ends included; linear unless {@code :log}).
 *
 * @param setting what the axis varies
 * @param from the first value
 * @param to the last value
 * @param count how many values, 2 to {@value #MAX_COUNT}
 * @param log spaced evenly in log (from and to &gt; 0) instead of linearly
 */
public record MapAxis(Setting setting, double from, double to, int count, boolean log) {

    /** The most values an axis takes. */
    public static final int MAX_COUNT = 1024;

    /** The settings a map can vary, with their command-line names. */
    public enum Setting {
        LR("lr"), BETA("beta"), BETA1("beta1"), BETA2("beta2"), SIGMA0("sigma0"), MU0("mu0"), BATCH("batch"), N("n");

        private final String cliName;

        Setting(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }

        static Setting byName(String s) {
            return Arrays.stream(values()).filter(v -> v.cliName.equals(s)).findFirst().orElse(null);
        }

        static String names() {
            return Arrays.stream(values()).map(Setting::cliName).collect(Collectors.joining(", "));
        }
    }

    public MapAxis {
        if (!(count >= 2 && count <= MAX_COUNT)) {
            throw new IllegalArgumentException("COUNT must be between 2 and " + MAX_COUNT + " (was " + count + ")");
        }
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("FROM and TO must be finite numbers");
        }
        if (log && !(from > 0 && to > 0)) {
            throw new IllegalArgumentException("a log axis needs FROM and TO > 0");
        }
    }

    /**
     * Parses {@code NAME:FROM:TO:COUNT[:log|:lin]}.
     *
     * @throws IllegalArgumentException with a one-line message naming the part that is wrong
     */
    public static MapAxis parse(String text) {
        String[] p = text.split(":", -1);
        if (p.length != 4 && p.length != 5) {
            throw new IllegalArgumentException("expected NAME:FROM:TO:COUNT[:log|:lin], e.g. lr:1e-4:10:64:log");
        }
        Setting s = Setting.byName(p[0]);
        if (s == null) {
            throw new IllegalArgumentException("unknown setting '" + p[0] + "' (allowed: " + Setting.names() + ")");
        }
        boolean log = false;
        if (p.length == 5) {
            if (!p[4].equals("log") && !p[4].equals("lin")) {
                throw new IllegalArgumentException("spacing must be log or lin (was '" + p[4] + "')");
            }
            log = p[4].equals("log");
        }
        double from;
        double to;
        int count;
        try {
            from = Double.parseDouble(p[1]);
            to = Double.parseDouble(p[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("FROM and TO must be numbers (were '" + p[1] + "', '" + p[2] + "')");
        }
        try {
            count = Integer.parseInt(p[3]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("COUNT must be a whole number (was '" + p[3] + "')");
        }
        return new MapAxis(s, from, to, count, log);
    }

    /** @return the values, both ends exactly */
    public double[] values() {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            double t = (double) i / (count - 1);
            v[i] = log ? Math.exp(Math.log(from) + (Math.log(to) - Math.log(from)) * t) : from + (to - from) * t;
        }
        v[0] = from;
        v[count - 1] = to;
        if (setting == Setting.N || setting == Setting.BATCH) {
            for (int i = 0; i < count; i++) {
                v[i] = Math.rint(v[i]);
            }
        }
        return v;
    }

    /** @return the scenario with this axis's setting at {@code value} (data: only {@code n} changes them) */
    public Scenario apply(Scenario s, double value) {
        Scenario.Builder b = s.toBuilder();
        Hyper h = s.hyper();
        double[] init = s.init();
        switch (setting) {
            case LR:
                return b.lr(value).build();
            case BETA:
                return b.hyper(new Hyper(value, h.beta1(), h.beta2(), h.eps(), h.rho())).build();
            case BETA1:
                return b.hyper(new Hyper(h.beta(), value, h.beta2(), h.eps(), h.rho())).build();
            case BETA2:
                return b.hyper(new Hyper(h.beta(), h.beta1(), value, h.eps(), h.rho())).build();
            case SIGMA0:
                return ScenarioEdits.initSd(s, 0, value);
            case MU0:
                init[0] = value;
                return b.init(init).build();
            case BATCH:
                if (s.mode() != Mode.MINIBATCH) {
                    throw new SettingException("batch", "a batch axis needs a mini-batch run (--mode minibatch), not "
                            + s.mode().cliName());
                }
                return b.batchSize((int) value).build();
            default:
                if (!(s.data() instanceof DataSource.Sampled)) {
                    throw new SettingException("n", "an n axis needs sampled data (a true distribution), not a file");
                }
                return ScenarioEdits.sampleSize(s, (int) value);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s:%s:%s:%d:%s", setting.cliName(), from, to, count, log ? "log" : "lin");
    }
}
