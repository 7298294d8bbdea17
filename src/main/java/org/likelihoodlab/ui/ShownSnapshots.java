package org.likelihoodlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the window shows of the runs: every run's snapshot, live or at the step the paused
 * timeline looks at, and among them the selected run's, kept up to date as the runs publish,
 * the timeline moves or another run is selected.
 */
final class ShownSnapshots {

    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    /** The snapshots shown: the live ones, or the timeline's at an earlier step. */
    private final ReadOnlyObjectWrapper<List<Snapshot>> shownSnapshots = new ReadOnlyObjectWrapper<>(List.of());
    private final LabRuns runs;
    private final Timeline timeline;
    private final RaceRoster roster;

    ShownSnapshots(LabRuns runs, Timeline timeline, RaceRoster roster) {
        this.runs = runs;
        this.timeline = timeline;
        this.roster = roster;
        runs.snapshotsProperty().addListener((o, a, list) -> showSnapshots());
        timeline.shownProperty().addListener((o, a, list) -> showSnapshots());
        roster.selectedProperty().addListener((o, a, b) -> showSelected());
    }

    private void showSnapshots() {
        List<Snapshot> past = timeline.shownProperty().get();
        shownSnapshots.set(past != null ? past : runs.snapshotsProperty().get());
        showSelected();
    }

    void showSelected() {
        List<Snapshot> list = shownSnapshots.get();
        int i = roster.selectedIndex();
        snapshot.set(list.isEmpty() ? null : list.get(Math.min(i, list.size() - 1)));
    }

    /** @return the selected run's snapshot as shown */
    ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** @return every run's snapshot as shown, in race order */
    ReadOnlyObjectProperty<List<Snapshot>> listProperty() {
        return shownSnapshots.getReadOnlyProperty();
    }

    /** @return the selected run's latest live snapshot, whatever step the timeline shows */
    Snapshot live() {
        List<Snapshot> list = runs.snapshotsProperty().get();
        return list.isEmpty() ? null : list.get(Math.min(roster.selectedIndex(), list.size() - 1));
    }

    /** @return the visible runs of the race as the charts draw them, with their latest views */
    List<org.likelihoodlab.charts.RunLine> raceLines() {
        List<Snapshot> list = shownSnapshots.get();
        List<org.likelihoodlab.charts.RunLine> out = new ArrayList<>();
        List<RaceRun> rs = roster.runs();
        if (list.size() != rs.size()) {
            return out;   // a moment after a run was added or removed
        }
        for (int i = 0; i < rs.size(); i++) {
            RaceRun r = rs.get(i);
            if (r.visible.get()) {
                out.add(new org.likelihoodlab.charts.RunLine(r.label(), r.colour(), list.get(i).view(),
                        r == roster.selected()));
            }
        }
        return out;
    }
}
