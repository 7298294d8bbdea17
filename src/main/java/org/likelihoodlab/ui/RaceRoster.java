package org.likelihoodlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.likelihoodlab.charts.Palette;
import org.likelihoodlab.experiment.Race;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.SettingException;

/**
 * The runs of the window's race (1 to {@value Race#MAX_RUNS}), in order, and which one the
 * controls edit. Every run uses the same data: a change of data or dimension of the selected run
 * is {@link #shareData shared} with the others.
 */
public final class RaceRoster {

    private final ObservableList<RaceRun> runs = FXCollections.observableArrayList();
    private final ObservableList<RaceRun> readOnly = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyObjectWrapper<RaceRun> selected = new ReadOnlyObjectWrapper<>();

    /** @return the runs in race order (read-only; change them through this class) */
    public ObservableList<RaceRun> runs() {
        return readOnly;
    }

    public ReadOnlyObjectProperty<RaceRun> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public RaceRun selected() {
        return selected.get();
    }

    /** @return the position of the selected run (0 when there are none) */
    public int selectedIndex() {
        int i = runs.indexOf(selected.get());
        return Math.max(0, i);
    }

    public int size() {
        return runs.size();
    }

    /** @return true if another run can be added */
    public boolean canAdd() {
        return runs.size() < Race.MAX_RUNS;
    }

    /** Makes the race this one run, selected. */
    void single(Scenario s) {
        runs.setAll(new RaceRun(s, null, 0));
        selected.set(runs.get(0));
    }

    /** Makes the race these runs; the first is selected. */
    void replace(Race race) {
        List<RaceRun> next = new ArrayList<>();
        for (int i = 0; i < race.runs().size(); i++) {
            Race.Entry e = race.runs().get(i);
            boolean auto = e.label().equals(Race.describe(e.scenario()));
            next.add(new RaceRun(e.scenario(), auto ? null : e.label(), i));
        }
        runs.setAll(next);
        selected.set(runs.get(0));
    }

    /**
     * Adds a run with these settings at the end, in the first colour no run has, and selects it.
     *
     * @throws IllegalStateException if the race is full
     */
    RaceRun add(Scenario s, String label) {
        if (!canAdd()) {
            throw new IllegalStateException("a race holds at most " + Race.MAX_RUNS + " runs");
        }
        int colour = 0;
        while (taken(colour)) {
            colour++;
        }
        RaceRun r = new RaceRun(s, label, colour % Palette.raceColours());
        runs.add(r);
        selected.set(r);
        return r;
    }

    private boolean taken(int colour) {
        for (RaceRun r : runs) {
            if (r.colourSlot() == colour) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes a run (never the last one); if it was selected, its neighbour is selected.
     *
     * @return its position before removal, or -1 if it could not be removed
     */
    int remove(RaceRun r) {
        int i = runs.indexOf(r);
        if (i < 0 || runs.size() == 1) {
            return -1;
        }
        if (selected.get() == r) {
            selected.set(runs.get(i + 1 < runs.size() ? i + 1 : i - 1));
        }
        runs.remove(i);
        return i;
    }

    void select(RaceRun r) {
        if (runs.contains(r)) {
            selected.set(r);
        }
    }

    /**
     * Gives every other run the selected run's data. A run that cannot take them (another
     * dimension, or a batch larger than the new data) is removed.
     *
     * @return the names of the runs removed
     */
    List<String> shareData(Scenario from) {
        List<String> dropped = new ArrayList<>();
        for (RaceRun r : List.copyOf(runs)) {
            if (r == selected.get()) {
                continue;
            }
            Scenario s = r.scenario();
            if (s.data().equals(from.data()) && s.dim() == from.dim()) {
                continue;
            }
            try {
                if (s.dim() != from.dim()) {
                    throw new SettingException("dim", "differs");
                }
                r.setScenario(s.toBuilder().data(from.data()).build());
            } catch (IllegalArgumentException e) {
                dropped.add(r.label());
                runs.remove(r);
            }
        }
        return dropped;
    }

    /** @return every run's settings in race order, the selected one's taken from {@code current} */
    List<Scenario> scenarios(Scenario current) {
        List<Scenario> out = new ArrayList<>();
        for (RaceRun r : runs) {
            out.add(r == selected.get() ? current : r.scenario());
        }
        return out;
    }

    /** @return the race as a race file holds it (the selected run's settings from {@code current}) */
    Race toRace(String name, Scenario current) {
        List<Race.Entry> entries = new ArrayList<>();
        for (RaceRun r : runs) {
            entries.add(r == selected.get() ? new Race.Entry(r.named() ? r.label() : "", current) : r.toEntry());
        }
        return new Race(name, entries);
    }
}
