package org.likelihoodlab.experiment;

import java.util.List;
import java.util.Objects;

/**
 * Up to {@value #MAX_RUNS} runs on the same data, raced side by side: each entry is a whole
 * scenario (its data the race's), with a label for the legend and the leaderboard.
 *
 * @param name the race's title ({@code ""} permitted)
 * @param runs the runs in order, 1 to {@value #MAX_RUNS}, all with the same data source and dimension
 */
public record Race(String name, List<Entry> runs) {

    /** The most runs a race holds. */
    public static final int MAX_RUNS = 6;

    /**
     * One run of a race.
     *
     * @param label its name in the legend ({@code ""}: made from its settings)
     * @param scenario its settings and data
     */
    public record Entry(String label, Scenario scenario) {
        public Entry {
            Objects.requireNonNull(scenario, "scenario");
            label = label == null || label.isBlank() ? describe(scenario) : label;
        }
    }

    public Race {
        name = name == null ? "" : name;
        runs = List.copyOf(runs);
        if (runs.isEmpty() || runs.size() > MAX_RUNS) {
            throw new SettingException("runs", "needs 1 to " + MAX_RUNS + " runs (has " + runs.size() + ")");
        }
        Scenario first = runs.get(0).scenario();
        for (Entry e : runs) {
            if (!e.scenario().data().equals(first.data()) || e.scenario().dim() != first.dim()) {
                throw new SettingException("runs", "every run of a race uses the race's data");
            }
        }
    }

    /** @return a short label from the settings, e.g. "gd α=0.1, (μ, log σ)" */
    public static String describe(Scenario s) {
        StringBuilder b = new StringBuilder(s.optimizer().cliName()).append(" \u03b1=").append(shortNumber(s.lr()));
        if (s.guards().armijo()) {
            b.append(", line search");
        }
        if (s.guards().clip() > 0) {
            b.append(", clip ").append(shortNumber(s.guards().clip()));
        }
        return b.append(", ").append(s.param().label()).toString();
    }

    /** @return a number in at most three significant digits, trailing zeros dropped ("0.05", "1e-05") */
    static String shortNumber(double v) {
        String t = String.format(java.util.Locale.ROOT, "%.3g", v);
        return t.contains("e") ? t : t.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
