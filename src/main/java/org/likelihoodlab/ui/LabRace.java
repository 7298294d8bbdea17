package org.likelihoodlab.ui;

import org.likelihoodlab.experiment.Scenario;

/**
 * The race layer of the window's view model: the 1 to 6 runs racing on the same data
 * ({@link RaceRoster}) and which one the controls edit, the race's title, and whether the
 * settings left those of the preset, file or race they came from. Adding, removing and
 * selecting runs happens here; what that means for the running runs is left to the subclass.
 */
public abstract class LabRace extends LabSettings {

    private final RaceRoster roster = new RaceRoster();
    private final javafx.beans.property.ReadOnlyBooleanWrapper modified = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** The settings as the preset, the opened file or the race gave them. */
    private Scenario origin;
    private final javafx.beans.property.StringProperty raceName = new javafx.beans.property.SimpleStringProperty("");

    /** Keeps the selected run's settings and the "modified" flag following the scenario. */
    LabRace() {
        scenarioProperty().addListener((o, a, s) -> {
            RaceRun r = roster.selected();
            if (s == null) {
                return;
            }
            modified.set(origin != null && !s.equals(origin) && !s.name().isEmpty());
            if (r == null) {
                roster.single(s);
            } else {
                r.setScenario(s);
            }
        });
    }

    /** True once the settings left those of the preset or file they came from (the title says so). */
    public javafx.beans.property.ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /**
     * @return the settings to save: once modified, named "… (modified)" and without the preset's
     *     explanation, which describes other settings
     */
    public Scenario scenarioToSave() {
        Scenario s = toScenario();
        if (!modified.get()) {
            return s;
        }
        return s.toBuilder().name(s.name().endsWith("(modified)") ? s.name() : s.name() + " (modified)")
                .explanation("").build();
    }

    void setOrigin(Scenario s) {
        origin = s;
        modified.set(false);
    }

    // ---- the race ---- //

    /** @return the runs of the race and which one the controls edit */
    public RaceRoster roster() {
        return roster;
    }

    /** The race's title (saved in a race file; empty for a single run). */
    public javafx.beans.property.StringProperty raceNameProperty() {
        return raceName;
    }

    /** Adds a copy of the selected run (same settings), selects it and starts the race again. */
    public boolean addRun() {
        return addRun(toScenario(), null);
    }

    /** Adds the selected run with one change, selects it and starts the race again. */
    public boolean addRun(org.likelihoodlab.experiment.Comparison change) {
        Scenario s = change.apply(toScenario()).toBuilder().name(toScenario().name())
                .explanation(toScenario().explanation()).build();
        return addRun(s, null);
    }

    /**
     * Adds a run with these settings (a stability-map cell), selects it and starts the race again.
     * Its data must be the race's.
     */
    public boolean addRun(Scenario s, String label) {
        if (toScenario() == null || !roster.canAdd()) {
            say("A race holds at most " + org.likelihoodlab.experiment.Race.MAX_RUNS + " runs", true);
            return false;
        }
        if (!s.data().equals(toScenario().data()) || s.dim() != toScenario().dim()) {
            say("Not added: a run of the race uses the race's data (this one has other data)", true);
            return false;
        }
        roster.selected().setScenario(toScenario());
        roster.add(s, label);
        show(s);
        requestRestart();
        return true;
    }

    /** Removes a run (never the last); the others go on where they are. */
    public boolean removeRun(RaceRun r) {
        roster.selected().setScenario(toScenario());
        boolean wasSelected = r == roster.selected();
        int i = roster.remove(r);
        if (i < 0) {
            return false;
        }
        dropRun(i);
        if (wasSelected) {
            show(roster.selected().scenario());
        }
        showSelected();
        return true;
    }

    /** Makes another run the one the controls edit. */
    public void select(RaceRun r) {
        if (r == roster.selected() || !roster.runs().contains(r)) {
            return;
        }
        roster.selected().setScenario(toScenario());
        roster.select(r);
        show(r.scenario());
    }

    /** @return the race as a race file holds it */
    public org.likelihoodlab.experiment.Race toRace() {
        String title = raceName.get().isBlank() ? toScenario().name() : raceName.get();
        return roster.toRace(title, toScenario());
    }

    /** The race lost its run at {@code index}: that run stops, the others go on. */
    abstract void dropRun(int index);

    /** Shows the selected run's snapshot again (after the selection changed). */
    abstract void showSelected();

    /** Starts the race again, debounced (once the runs were started). */
    abstract void requestRestart();
}
