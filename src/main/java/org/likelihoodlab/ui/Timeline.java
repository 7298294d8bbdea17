package org.likelihoodlab.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The run's history while it is paused: the step being looked at ({@code -1}: live, the run where
 * it is) and the runs' snapshots at that step, replayed in the background ({@link Replayer},
 * {@link StepReplay}). It can be browsed only while no run is running; play, a step, a reset, a
 * restart or a preset (any new run) returns it to live, and play goes on from the run's real end.
 * In a race every run is shown at the step, or at its own end if it ended earlier. FX thread only.
 */
public final class Timeline {

    /** The step of the live view. */
    public static final long LIVE = -1;

    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(LIVE);
    private final ReadOnlyLongWrapper end = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper planned = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper browsable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<Snapshot>> shown = new ReadOnlyObjectWrapper<>();
    private final Replayer replayer = new Replayer();
    private List<Snapshot> live = List.of();
    private long shownStep = LIVE;

    /** @param liveRuns the runs' latest live snapshots, in race order */
    Timeline(ObservableValue<List<Snapshot>> liveRuns) {
        liveRuns.addListener((o, a, list) -> liveChanged(list));
        liveChanged(liveRuns.getValue());
    }

    private void liveChanged(List<Snapshot> list) {
        List<Snapshot> was = live;
        live = list == null ? List.of() : list;
        boolean running = live.stream().anyMatch(s -> s.state() == RunState.RUNNING);
        end.set(StepReplay.end(live));
        planned.set(live.stream().mapToLong(s -> s.scenario().steps()).max().orElse(0));
        browsable.set(!running && end.get() > 0);
        if (isActive() && (running || !sameRuns(was, live) || step.get() >= end.get())) {
            live();
        }
    }

    /** @return true if both lists hold the same runs (a new run, a reset or a restart has new ids) */
    private static boolean sameRuns(List<Snapshot> a, List<Snapshot> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).runId() != b.get(i).runId()) {
                return false;
            }
        }
        return true;
    }

    // ---- reading ---- //

    /** The step looked at, or {@link #LIVE}. */
    public ReadOnlyLongProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** @return true while an earlier step is looked at */
    public boolean isActive() {
        return step.get() != LIVE;
    }

    /** The last step of the history: the runs' steps (the diverging update of a run that diverged). */
    public ReadOnlyLongProperty endProperty() {
        return end.getReadOnlyProperty();
    }

    /** The runs' planned number of steps (the longest). */
    public ReadOnlyLongProperty plannedProperty() {
        return planned.getReadOnlyProperty();
    }

    /** True while the history can be browsed: no run is running and there is a step to go back to. */
    public ReadOnlyBooleanProperty browsableProperty() {
        return browsable.getReadOnlyProperty();
    }

    /** The runs at the step looked at, once replayed; {@code null} while live (or before the first replay). */
    public ReadOnlyObjectProperty<List<Snapshot>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** @return the step whose replay is {@link #shownProperty() shown}, or {@link #LIVE} */
    public long shownStep() {
        return shownStep;
    }

    /** @return what the status line says while an earlier step is shown ("viewing step 109 of 2000 (paused)") */
    String viewing() {
        return "viewing step " + shownStep + " of " + planned.get() + " (paused)";
    }

    // ---- moving ---- //

    /**
     * Looks at step {@code k} (clamped to the history); the end of the history is the live view.
     *
     * @return false if the history cannot be browsed now (a run is running)
     */
    public boolean goTo(long k) {
        if (!browsable.get()) {
            return false;
        }
        long t = Math.max(0, Math.min(k, end.get()));
        if (t >= end.get()) {
            live();
        } else if (t != step.get()) {
            step.set(t);
            replayer.request(live, t);
        }
        return true;
    }

    /** Goes {@code n} steps back (from the live end when live); false if it cannot. */
    public boolean back(long n) {
        long from = isActive() ? step.get() : end.get();
        return from > 0 && goTo(from - n);
    }

    /** Goes {@code n} steps forward; false when live (there is no later step to look at). */
    public boolean forward(long n) {
        return isActive() && goTo(step.get() + n);
    }

    /** Back to the run where it is. */
    public void live() {
        replayer.cancel();
        shownStep = LIVE;
        step.set(LIVE);
        shown.set(null);
    }

    /** Once a frame: shows a finished replay of the step looked at. */
    void frame() {
        Replayer.Result r = replayer.take();
        if (r != null && r.step() == step.get()) {
            shownStep = r.step();
            shown.set(r.snapshots());
        }
    }

    void shutdown() {
        replayer.shutdown();
    }
}
