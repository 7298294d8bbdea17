package org.likelihoodlab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.likelihoodlab.charts.Figures;
import org.likelihoodlab.io.ScenarioJson;

/**
 * The whole window: menus, the control panel, the explanations, the charts, the status line. Its
 * layout is {@code LabWindow.fxml}; this class runs it: its lifecycle, with the keys in
 * {@link WindowKeys} and the files (open, save, drag and drop) in {@link WindowFiles}.
 */
public final class LabWindow extends BorderPane {

    /** The preset the window opens on. */
    public static final String DEFAULT_PRESET = "batch-simultaneous-converges.json";
    /** The speed the window opens at: slow enough to watch the first steps. */
    public static final double DEFAULT_SPEED_EXP = 1.3;

    private final LabModel model;
    private final ExportJobs exports;
    private final ControlPanel controls;
    private final ChartsPane charts;
    private final RaceFiles raceFiles;
    /** The charts alone: the control panel hidden (F9). */
    final javafx.beans.property.BooleanProperty chartsOnly = new javafx.beans.property.SimpleBooleanProperty();
    private final Leaderboard leaderboard;
    private final FrameLoop loop;
    private final Appearance appearance;
    private final Prefs prefs;
    private final LessonMode lessons;
    private final WindowFiles files;

    public LabWindow() {
        this(new Prefs());
    }

    LabWindow(Prefs prefs) {
        this(prefs, new FxTaskExecutor());
    }

    /** @param executor where background work runs ({@link CurrentThreadTaskExecutor} in some tests) */
    LabWindow(Prefs prefs, TaskExecutor executor) {
        this.prefs = prefs;
        this.model = new LabModel(executor);
        this.exports = new ExportJobs(model);
        model.name.addListener((o, a, b) -> updateTitle());
        model.modifiedProperty().addListener((o, a, b) -> updateTitle());
        // the layout is LabWindow.fxml (with LabMenus.fxml and ControlPanel.fxml); the controllers bind it
        LabWindowController layout = LabWindowController.load(this);
        controls = layout.controls();
        controls.bind(model);
        charts = new ChartsPane(model);
        exports.zoomOf(charts::zoom);
        appearance = new Appearance(this, charts, layout.controlScroll());
        // F9: the charts alone, the control panel folded away (a projector's whole width for them)
        layout.controlScroll().visibleProperty().bind(chartsOnly.not());
        layout.controlScroll().managedProperty().bind(layout.controlScroll().visibleProperty());
        LabMenus menus = layout.menus();
        menus.bind(this);
        layout.bind(model, charts);
        raceFiles = new RaceFiles(model, layout.leaderboard());
        leaderboard = layout.leaderboard();
        loop = new FrameLoop(() -> {
            model.frame();
            charts.frame(model.snapshot(), model.raceLines());
        }, model.fxWork());
        new WindowKeys(this);
        files = new WindowFiles(this, menus);
        lessons = new LessonMode(this);
        layout.hideExplanationWhile(lessons.activeProperty());
        layout.foldTextWhen(appearance.presentation);
    }

    // ---- what the keys and the menus do (the keys themselves: WindowKeys) ---- //

    void togglePlay() {
        if (model.snapshotsProperty().get().stream().anyMatch(s -> s.state() == RunState.RUNNING)) {
            model.pause();
        } else {
            model.play();
        }
    }

    void undo() {
        if (model.undo()) {
            model.say("Undone: back to the previous settings", false);
            updateTitle();
        } else {
            model.say("Nothing to undo", false);
        }
    }

    void toggleFullScreen() {
        if (window() instanceof Stage st) {
            st.setFullScreen(!st.isFullScreen());
        }
    }

    // ---- files (opening, saving, drag and drop: WindowFiles) ---- //

    /** A dropped file: a lesson opens in lesson mode, a scenario or race (.json, .llab) opens, anything else is read as data to fit. */
    void dropped(Path file) {
        files.dropped(file);
    }

    // ---- lifecycle ---- //

    /** Starts the frame loop and the optimizer on a preset (or a scenario file). */
    public void start(String preset, Path scenarioFile) {
        boolean lesson = scenarioFile != null && org.likelihoodlab.io.LessonJson.isLesson(scenarioFile);
        if (scenarioFile == null && Presets.raceNames().contains(preset)) {
            model.applyRace(Presets.loadRace(preset));   // bench-ui --preset of a race
        } else if (scenarioFile != null && !lesson && org.likelihoodlab.io.RaceJson.isRace(scenarioFile)) {
            model.applyRace(org.likelihoodlab.io.RaceJson.read(scenarioFile));
        } else {
            model.apply(scenarioFile != null && !lesson ? ScenarioJson.read(scenarioFile) : Presets.load(preset));
        }
        controls.speedSlider.setValue(DEFAULT_SPEED_EXP);
        model.start(true);
        loop.start();
        if (lesson) {
            lessons.open(scenarioFile);
        }
    }

    public void shutdown() {
        lessons.shutdown();
        loop.stop();
        model.shutdown();
        charts.shutdown();
    }

    /** Opens a race preset of {@code resources/races/}. */
    public void loadRacePreset(String name) {
        model.applyRace(Presets.loadRace(name));
        updateTitle();
    }

    /** @return saving the race and exporting its leaderboard */
    RaceFiles raceFiles() {
        return raceFiles;
    }

    public void loadPreset(String name) {
        model.apply(Presets.load(name));
        updateTitle();
    }

    /** Loads a scenario file (read in the background); a bad file shows its message and changes nothing. */
    public void openScenario(Path file) {
        files.openScenario(file);
    }

    /** Saves the current settings atomically. */
    public boolean saveScenario(Path file) {
        return files.saveScenario(file);
    }

    /** Exports a figure of the current run (in the background), without a caption. */
    public java.util.concurrent.CompletableFuture<Boolean> exportFigure(Figures.Kind kind, Figures.Format format,
            double scale, Path file) {
        return exportFigure(kind, format, scale, false, file);
    }

    /** Exports a figure of the current run (in the background), with the settings and step under it if asked. */
    public java.util.concurrent.CompletableFuture<Boolean> exportFigure(Figures.Kind kind, Figures.Format format,
            double scale, boolean caption, Path file) {
        return exports.figure(kind, format, scale, caption, file);
    }

    /** Exports one chart, in the background. */
    public java.util.concurrent.CompletableFuture<Boolean> exportChart(org.likelihoodlab.charts.ChartSlot slot, Figures.Format format, double scale,
            Path file) {
        return exports.chart(slot, format, scale, file);
    }

    /** Exports the trajectory so far as the run command's CSV, in the background. */
    public java.util.concurrent.CompletableFuture<Boolean> exportTrajectory(Path file) {
        return exports.trajectory(file);
    }

    /** Exports an animated GIF in the background; returns the cancel flag. */
    AtomicBoolean exportGif(Figures.Kind kind, int frames, int fps, int width, int height, Path file,
            java.util.function.IntConsumer progress, Runnable done) {
        return exportGif(kind, frames, fps, width, height, false, file, progress, done);
    }

    /** As above; with {@code caption} every frame carries the settings and its step. */
    AtomicBoolean exportGif(Figures.Kind kind, int frames, int fps, int width, int height, boolean caption, Path file,
            java.util.function.IntConsumer progress, Runnable done) {
        return exports.gif(kind, frames, fps, width, height, caption, file, progress, done);
    }

    ExportJobs exports() {
        return exports;
    }

    static String reason(Exception e) {
        return org.likelihoodlab.io.AtomicFiles.reason(e);
    }

    File chooseSave(String title, String suggested, String description, String... extensions) {
        return files.chooseSave(title, suggested, description, extensions);
    }

    File chooseOpen() {
        return files.chooseOpen();
    }

    Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Asks before reading data outside an opened scenario's folder (tests replace it). */
    OutsideData.Confirm confirm = (header, text) -> WindowFiles.confirmDialog(window(), header, text);

    void updateTitle() {
        if (window() instanceof Stage st) {
            st.setTitle(LabApp.TITLE + (model.name.get().isEmpty() ? "" : " \u2014 " + model.name.get()
                    + (model.modifiedProperty().get() ? " (modified)" : "")));
        }
    }

    public LabModel model() {
        return model;
    }

    Appearance appearance() {
        return appearance;
    }

    Prefs prefs() {
        return prefs;
    }

    ControlPanel controlsForTest() {
        return controls;
    }

    Leaderboard leaderboard() {
        return leaderboard;
    }

    ChartsPane charts() {
        return charts;
    }

    FrameLoop loop() {
        return loop;
    }

    LessonMode lessons() {
        return lessons;
    }
}
