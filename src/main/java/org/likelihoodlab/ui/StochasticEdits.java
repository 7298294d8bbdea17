package org.likelihoodlab.ui;

import javafx.beans.Observable;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.Schedule;
import org.likelihoodlab.experiment.SettingException;

/**
 * The edits of the stochastic settings (math.md 9.1-9.4) for {@link ScenarioFromControls}: the
 * sample order and its seed, the learning-rate schedule, the warm-up and averaging. Each replaces
 * only its own field; a value the scenario refuses throws, naming the setting and the rule.
 */
final class StochasticEdits {

    private StochasticEdits() {
    }

    /** @return true if {@code p} is one of the stochastic settings' properties */
    static boolean edits(LabSettings m, Observable p) {
        return p == m.sampling || p == m.samplingSeed || p == m.schedule || p == m.warmup || p == m.averageOn
                || p == m.averageFrom;
    }

    /**
     * @return the scenario with the field {@code p} edits replaced
     * @throws IllegalArgumentException naming the setting if the value is refused
     */
    static Scenario edit(LabSettings m, Scenario s, Observable p) {
        Scenario.Builder b = s.toBuilder();
        if (p == m.sampling) {
            return m.sampling.get() == s.sampling() ? s : b.sampling(m.sampling.get()).build();
        } else if (p == m.samplingSeed) {
            Long seed = seed(m.samplingSeed.get());
            return java.util.Objects.equals(seed, s.samplingSeed()) ? s : b.samplingSeed(seed).build();
        } else if (p == m.schedule) {
            Schedule v = Schedule.parse(m.schedule.get().strip());
            return v.equals(s.schedule()) ? s : b.schedule(v).build();
        } else if (p == m.warmup) {
            return m.warmup.get() == s.warmup() ? s : b.warmup(m.warmup.get()).build();
        }
        long average = m.averageOn.get() ? m.averageFrom.get() : -1;
        if (average < -1) {
            throw new SettingException("average", "B0 must be a whole number >= 0 (was " + average + ")");
        }
        return average == s.average() ? s : b.average(average).build();
    }

    private static Long seed(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new SettingException("samplingSeed", "sampling seed must be a whole number, or empty for the "
                    + "data's seed (was '" + (t.length() > 20 ? t.substring(0, 20) + "..." : t) + "')");
        }
    }
}
