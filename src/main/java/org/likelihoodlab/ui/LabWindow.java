package org.likelihoodlab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.likelihoodlab.charts.Figures;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.io.ScenarioJson;

/**
 * The whole window: menus, the control panel, the explanations, the charts, the status line. Its
 * layout is {@code LabWindow.fxml}; this class runs it: keys, drag and drop, files, lifecycle.
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
    private final LabMenus menus;
    private final LessonMode lessons;

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
        menus = layout.menus();
        menus.bind(this);
        layout.bind(model, charts);
        raceFiles = new RaceFiles(model, layout.leaderboard());
        leaderboard = layout.leaderboard();
        loop = new FrameLoop(() -> {
            model.frame();
            charts.frame(model.snapshot(), model.raceLines());
        }, model.fxWork());
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            }
        });
        dragAndDrop();
        lessons = new LessonMode(this);
        layout.hideExplanationWhile(lessons.activeProperty());
        layout.foldTextWhen(appearance.presentation);
    }

    // ---- keyboard ---- //

    /**
     * Space play/pause, Right single step, R reset, 1-9 presets, P presentation mode, F9 charts
     * only, F11 full screen, Ctrl+Z undo. Plain keys are left to a text field that has the focus.
     */
    private void key(KeyEvent e) {
        boolean typing = getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            if (!typing) {
                undo();
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || typing) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.SPACE) {
            togglePlay();
        } else if (k == KeyCode.RIGHT) {
            model.stepOnce();
        } else if (k == KeyCode.R) {
            model.reset();
        } else if (k == KeyCode.P) {
            appearance.presentation.set(!appearance.presentation.get());
        } else if (k == KeyCode.F11) {
            toggleFullScreen();
        } else if (k == KeyCode.F9) {
            chartsOnly.set(!chartsOnly.get());
        } else if (k.isDigitKey() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0) {
            int i = Integer.parseInt(k.getChar().isEmpty() ? k.getName().replaceAll("\\D", "") : k.getChar()) - 1;
            var names = Presets.names();
            if (i >= 0 && i < names.size()) {
                loadPreset(names.get(i));
            }
        } else {
            return;
        }
        e.consume();
    }

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

    // ---- drag and drop ---- //

    private void dragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                dropped(e.getDragboard().getFiles().get(0).toPath());
                ok = true;
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** A dropped file: a lesson opens in lesson mode, a scenario or race (.json, .llab) opens, anything else is read as data to fit. */
    void dropped(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (org.likelihoodlab.io.LessonJson.isLesson(file)) {
            lessons.open(file);
        } else if (name.endsWith(".json") || name.endsWith(".llab")) {
            openScenario(file);
        } else {
            model.useDataFile(file);
            updateTitle();
        }
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
        model.executor().submit("Opening " + file.getFileName(), p -> org.likelihoodlab.io.RaceJson.isRace(file)
                ? (Object) org.likelihoodlab.io.RaceJson.read(file) : ScenarioJson.read(file), o -> {
            org.likelihoodlab.experiment.Race race = o instanceof org.likelihoodlab.experiment.Race r ? r : null;
            Scenario s = race != null ? race.runs().get(0).scenario() : (Scenario) o;
            Path outside = OutsideData.outside(s, file);
            if (outside != null && !confirm.ok("Read data from outside the scenario's folder?", file.getFileName()
                    + " reads its data from " + outside + ", which is not in the scenario's own folder. Read it?")) {
                model.say("Not opened: " + file.getFileName() + " reads data from outside its folder (" + outside
                        + ")", true);
                return;
            }
            if (race != null) {
                model.applyRace(race);
            } else {
                model.apply(s);
            }
            prefs.opened(file);
            menus.refreshRecent();
            model.say("Opened " + file.getFileName() + (race != null ? " (a race of " + race.runs().size() + " runs)"
                    : ""), false);
        }, e -> {
            model.say(e.getMessage(), true);
            error("Cannot open " + file.getFileName(), e.getMessage());
        });
    }

    /** Saves the current settings atomically. */
    public boolean saveScenario(Path file) {
        try {
            Exporter.scenario(model.scenarioToSave(), file);
            prefs.opened(file);
            menus.refreshRecent();
            model.say("Saved " + file.getFileName(), false);
            return true;
        } catch (IOException | RuntimeException e) {
            model.say("Cannot save " + file.getFileName() + ": " + reason(e), true);
            return false;
        }
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
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(suggested);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
        return fc.showSaveDialog(window());
    }

    File chooseOpen() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (*.json)", "*.json"));
        return fc.showOpenDialog(window());
    }

    Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Asks before reading data outside an opened scenario's folder (tests replace it). */
    OutsideData.Confirm confirm = (header, text) -> {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, javafx.scene.control.ButtonType.YES,
                javafx.scene.control.ButtonType.NO);
        a.setTitle("Likelihood Lab");
        a.setHeaderText(header);
        if (window() != null) {
            a.initOwner(window());
        }
        return a.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.YES).isPresent();
    };

    void error(String header, String text) {
        if (window() == null) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setTitle("Likelihood Lab");
        a.setHeaderText(header);
        a.setContentText(text);
        a.initOwner(window());
        a.show();
    }

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
