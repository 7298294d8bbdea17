package org.likelihoodlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.LiveSettings;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrueGaussian;

/**
 * The window's view model. The {@link #scenario() scenario} is the source of truth: the
 * properties below mirror it for the controls, and editing a control replaces only the field it
 * edits ({@link ScenarioFromControls}). The window races 1 to 6 runs on the same data
 * ({@link RaceRoster}); the controls edit the selected one, whose settings are the scenario. The
 * runs ({@link LabRuns}) are plans of the runs' scenarios. Learning rate, optimizer and its
 * hyperparameters go to the selected run live, as changes in its plan; every other change starts
 * the race again, debounced, with the data loaded in the background.
 */
public final class LabModel extends LabSettings {

    // ---- state ---- //
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final RaceRoster roster = new RaceRoster();
    private final javafx.beans.property.ReadOnlyBooleanWrapper modified = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** The settings as the preset, the opened file or the race gave them. */
    private Scenario origin;
    private final javafx.beans.property.StringProperty raceName = new javafx.beans.property.SimpleStringProperty("");
    private final LabRuns runs;
    /** The run's history while paused; when it looks at an earlier step, that is what everything shows. */
    private final Timeline timeline;
    /** The snapshots shown: the live ones, or the timeline's at an earlier step. */
    private final ReadOnlyObjectWrapper<List<Snapshot>> shownSnapshots = new ReadOnlyObjectWrapper<>(List.of());
    private final TaskExecutor executor;
    private boolean started;
    private boolean restartPending;

    /** A model whose background work runs on worker threads. */
    public LabModel() {
        this(new FxTaskExecutor());
    }

    /** @param executor where data loading runs ({@link CurrentThreadTaskExecutor} in tests) */
    LabModel(TaskExecutor executor) {
        this.executor = executor;
        runs = new LabRuns(executor, e -> say(e, true), d -> {
            if (toScenario() != null && toScenario().data() instanceof DataSource.FromFile) {
                sync(() -> n.set(d.n()));
            }
        });
        timeline = new Timeline(runs.snapshotsProperty());
        runs.snapshotsProperty().addListener((o, a, list) -> showSnapshots());
        timeline.shownProperty().addListener((o, a, list) -> showSnapshots());
        roster.selectedProperty().addListener((o, a, b) -> showSelected());
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

    private void showSnapshots() {
        List<Snapshot> past = timeline.shownProperty().get();
        shownSnapshots.set(past != null ? past : runs.snapshotsProperty().get());
        showSelected();
    }

    private void showSelected() {
        List<Snapshot> list = shownSnapshots.get();
        int i = roster.selectedIndex();
        snapshot.set(list.isEmpty() ? null : list.get(Math.min(i, list.size() - 1)));
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

    private void setOrigin(Scenario s) {
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
        runs.remove(i);
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

    /** Opens a race: its runs replace the window's, on its data, and play. */
    public void applyRace(org.likelihoodlab.experiment.Race race) {
        applyRace(race, true);
    }

    /** As {@link #applyRace(org.likelihoodlab.experiment.Race)}, playing or paused at step 0 (a lesson's race scene). */
    public void applyRace(org.likelihoodlab.experiment.Race race, boolean play) {
        Scenario first = race.runs().get(0).scenario();
        runs.loadData(first.data(), first.dim(), d -> {
            roster.replace(race);
            raceName.set(race.name());
            setOrigin(first);
            set(first, false);
            show(first);
            if (first.data() instanceof DataSource.FromFile) {
                sync(() -> n.set(d.n()));
            }
            clearMessage();
            if (started) {
                restartPending = false;
                runs.restart(this::runScenarios, play);
            }
        }, e -> say(e.getMessage(), true));
    }

    /** @return the visible runs of the race as the charts draw them, with their latest views */
    public List<org.likelihoodlab.charts.RunLine> raceLines() {
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

    /** @return the race as a race file holds it */
    public org.likelihoodlab.experiment.Race toRace() {
        String title = raceName.get().isBlank() ? toScenario().name() : raceName.get();
        return roster.toRace(title, toScenario());
    }

    // ---- reading ---- //

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Snapshot snapshot() {
        return snapshot.get();
    }

    /** Every run's snapshot as shown (the latest, or at the timeline's step), in race order. */
    public ReadOnlyObjectProperty<List<Snapshot>> snapshotsProperty() {
        return shownSnapshots.getReadOnlyProperty();
    }

    /** Every run's latest live snapshot, in race order, whatever step the timeline shows. */
    public ReadOnlyObjectProperty<List<Snapshot>> liveSnapshotsProperty() {
        return runs.snapshotsProperty();
    }

    /** @return the selected run's latest live snapshot, whatever step the timeline shows */
    Snapshot liveSnapshot() {
        List<Snapshot> list = runs.snapshotsProperty().get();
        return list.isEmpty() ? null : list.get(Math.min(roster.selectedIndex(), list.size() - 1));
    }

    /** @return the run's history: the step looked at while paused */
    public Timeline timeline() {
        return timeline;
    }

    /** @return where background work of the window runs */
    TaskExecutor executor() {
        return executor;
    }

    /** @return true while data are being loaded for a restart */
    boolean isLoading() {
        return runs.isLoading();
    }

    // ---- commands ---- //

    /** Starts the runs on the current settings (or on the scenario being applied, once its data are there). */
    public void start(boolean play) {
        started = true;
        if (toScenario() != null) {
            runs.restart(this::runScenarios, play);
        }
    }

    /** Plays on from the runs' real end (the timeline returns to live). */
    public void play() {
        timeline.live();
        runs.play();
    }

    public void pause() {
        runs.pause();
    }

    /** Plays until run A has made {@code step} updates and pauses there (a lesson's cue). */
    public void playUntil(long step) {
        timeline.live();
        runs.playUntil(step);
    }

    public void stepOnce() {
        timeline.live();
        runs.stepOnce();
    }

    public void reset() {
        timeline.live();
        runs.reset();
    }

    public void setSpeed(double stepsPerSecond) {
        runs.setSpeed(stepsPerSecond);
    }

    /** @return the version of the worker's latest snapshot of run A, published or not yet taken by a frame (any thread) */
    long publishedVersion() {
        return runs.publishedVersion();
    }

    /** For tests: completes with run A's step once the worker has handled every earlier command. */
    java.util.concurrent.CompletableFuture<Long> barrier() {
        return runs.barrier();
    }

    public void shutdown() {
        timeline.shutdown();
        runs.shutdown();
    }

    /**
     * Called once a frame: applies a pending restart (at most one every {@value #RESTART_NANOS} ns,
     * so a slider drag restarts about ten times a second, the last position always) and takes the
     * worker's latest snapshots.
     */
    public void frame() {
        long now = System.nanoTime();
        if (restartPending && now - lastRestart >= RESTART_NANOS) {
            restartPending = false;
            lastRestart = now;
            restartNow();
        }
        runs.frame();
        timeline.frame();
    }

    /** The shortest time between two debounced restarts. */
    static final long RESTART_NANOS = 100_000_000L;
    private long lastRestart;

    /**
     * Starts new runs from the current settings. They play unless the user had paused the old
     * ones: after a run converged, finished or diverged, a changed setting means "try again".
     */
    public void restartNow() {
        timeline.live();
        Snapshot old = liveSnapshot();
        boolean play = old == null || old.state() != RunState.PAUSED;
        runs.restart(this::runScenarios, play);
    }

    /** @return the scenarios of the runs, in race order */
    List<Scenario> runScenarios() {
        return new ArrayList<>(roster.scenarios(toScenario()));
    }

    /**
     * Makes a scenario the settings (a preset, an opened file, an undo) once its data are loaded,
     * and starts it playing. Data that cannot be loaded are reported and change nothing.
     */
    public void apply(Scenario s) {
        apply(s, false, true);
    }

    /**
     * As {@link #apply(Scenario)}; with {@code keepRace} the scenario replaces only the selected
     * run (an undo), otherwise the race becomes this one run (a preset, an opened scenario).
     */
    void apply(Scenario s, boolean keepRace) {
        apply(s, keepRace, true);
    }

    /** A lesson's scene: the race becomes this one run, playing or paused at step 0 (a scene with cues). */
    public void applyScene(Scenario s, boolean play) {
        apply(s, false, play);
    }

    private void apply(Scenario s, boolean keepRace, boolean play) {
        runs.loadData(s.data(), s.dim(), d -> {
            if (!keepRace) {
                roster.single(s);
                raceName.set("");
                setOrigin(s);
            }
            set(s, false);
            sync(() -> {
                if (s.data() instanceof DataSource.FromFile) {
                    n.set(d.n());
                }
            });
            clearMessage();
            if (started) {
                restartPending = false;
                runs.restart(this::runScenarios, play);
            }
        }, e -> say(e.getMessage(), true));
    }

    /**
     * Fits a CSV of the user's own data (dropped on the window), read again even if it was read
     * before: its number of columns sets the dimension; the rest of the settings stay. A bad file
     * is reported and changes nothing.
     */
    public void useDataFile(Path file) {
        runs.loadFile(file, d -> {
            Scenario next = withDataFile(file, d.dim());
            set(next, true);
            sync(() -> n.set(d.n()));
            restartNow();
            say("Fitting " + file.getFileName() + " (" + d.dim() + "-D, " + d.n() + " points)", false);
        }, e -> say(e.getMessage(), true));
    }

    /** Goes back to the settings before the last change (Ctrl+Z) and reruns them. */
    public boolean undo() {
        Scenario s = popUndo();
        if (s == null) {
            return false;
        }
        apply(s, true);
        return true;
    }

    @Override
    void liveChange(LiveSettings live) {
        if (!started) {
            return;
        }
        timeline.live();   // a change applies at the run's real end: show it there
        Snapshot a = liveSnapshot();
        boolean over = a != null && (a.state() == RunState.DIVERGED || a.state() == RunState.FINISHED);
        if (over) {
            requestRestart();   // a run that is over runs again
        } else {
            // only the selected run changes; the others race on
            runs.change(roster.selectedIndex(), live);
        }
    }

    @Override
    void newRun() {
        List<String> dropped = roster.shareData(toScenario());
        if (!dropped.isEmpty()) {
            say("Removed from the race (cannot use the new data): " + String.join(", ", dropped), true);
        }
        requestRestart();
    }

    private void requestRestart() {
        if (started) {
            restartPending = true;
        }
    }

    /** @return the true distribution of sampled data, or {@code null} for a data file */
    public static TrueGaussian truthOf(Scenario s) {
        return s.data() instanceof DataSource.Sampled sd ? sd.truth() : null;
    }

    /** For tests: the data the runs use now. */
    Dataset data() {
        Snapshot s = snapshot.get();
        return s == null ? null : s.data();
    }
}
