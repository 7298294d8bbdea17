package org.likelihoodlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a run is a function of: its scenario and the ordered log of live changes made while
 * it ran. Replaying a plan with {@link Run} gives the run that was on screen, bit for bit, so the
 * window's exports, the diagnosis and the command line all see the same numbers.
 *
 * @param scenario the settings the run starts with ({@code null} not permitted)
 * @param changes the live changes in the order they were made, steps non-decreasing
 */
public record RunPlan(Scenario scenario, List<Change> changes) {

    /**
     * From update {@code step + 1} on, the run uses {@code settings}.
     *
     * @param step the number of updates done when the change was made, &ge; 0
     * @param settings the learning rate, optimizer and hyperparameters from then on
     */
    public record Change(long step, LiveSettings settings) {
        public Change {
            if (step < 0) {
                throw new IllegalArgumentException("a change's step must be >= 0 (was " + step + ")");
            }
            Objects.requireNonNull(settings, "settings");
        }
    }

    public RunPlan {
        Objects.requireNonNull(scenario, "scenario");
        changes = List.copyOf(changes);
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).step() < changes.get(i - 1).step()) {
                throw new IllegalArgumentException("changes must be in step order (" + changes.get(i - 1).step()
                        + " then " + changes.get(i).step() + ")");
            }
        }
    }

    /** @return a plan with no live changes */
    public static RunPlan of(Scenario scenario) {
        return new RunPlan(scenario, List.of());
    }

    /** @return this plan with one more change at its end */
    public RunPlan with(Change change) {
        List<Change> c = new ArrayList<>(changes);
        c.add(change);
        return new RunPlan(scenario, c);
    }

    /** @return the live settings in force for update {@code step + 1} */
    public LiveSettings settingsAt(long step) {
        LiveSettings s = LiveSettings.of(scenario);
        for (Change c : changes) {
            if (c.step() > step) {
                break;
            }
            s = c.settings();
        }
        return s;
    }

    /** @return the live settings after the last change (the scenario's own if there is none) */
    public LiveSettings lastSettings() {
        return changes.isEmpty() ? LiveSettings.of(scenario) : changes.get(changes.size() - 1).settings();
    }

    /** @return the scenario with the last live settings: what the run uses now */
    public Scenario current() {
        return lastSettings().applyTo(scenario);
    }

    /** @return the same plan with another step count (what a replay to a given step needs) */
    public RunPlan withSteps(long steps) {
        return new RunPlan(scenario.toBuilder().steps(steps).build(), changes);
    }
}
