package org.likelihoodlab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.io.BadInputException;
import org.likelihoodlab.io.ScenarioJson;

/** The whole window: menus, the control panel, the preset explanation, the charts, the status line. */
public final class LabWindow extends BorderPane {

    /** The preset the window opens on. */
    public static final String DEFAULT_PRESET = "batch-simultaneous-converges.json";
    /** The speed the window opens at: slow enough to watch the first steps. */
    public static final double DEFAULT_SPEED_EXP = 1.3;

    private final LabModel model = new LabModel();
    private final ControlPanel controls;
    private final ChartsPane charts;
    private final FrameLoop loop;

    public LabWindow() {
        setId("labWindow");
        getStylesheets().add(LabWindow.class.getResource("lab.css").toExternalForm());
        controls = new ControlPanel(model);
        charts = new ChartsPane(model);
        ScrollPane left = new ScrollPane(controls);
        left.setId("controlScroll");
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setPrefWidth(350);
        left.setMinWidth(300);
        setTop(menus());
        setLeft(left);
        VBox explanation = explanation();
        DiagnosisPane diagnosis = new DiagnosisPane(model);
        VBox center = new VBox(4, explanation, diagnosis, charts);
        diagnosis.maxWidthProperty().bind(charts.widthProperty());
        diagnosis.prefWidthProperty().bind(charts.widthProperty());
        center.setMinWidth(0);
        // the charts' width is right from the first layout; the explanation follows it
        explanation.maxWidthProperty().bind(charts.widthProperty());
        explanation.prefWidthProperty().bind(charts.widthProperty());
        VBox.setVgrow(charts, Priority.ALWAYS);
        center.setPadding(new Insets(4));
        setCenter(center);
        setBottom(new StatusBar(model));
        loop = new FrameLoop(() -> {
            model.frame();
            charts.frame(model.snapshot(), model.compare.get() ? model.snapshotB() : null);
        });
    }

    private VBox explanation() {
        Label title = new Label();
        title.setId("presetTitle");
        title.getStyleClass().add("title-text");
        title.textProperty().bind(model.name);
        // a TextFlow wraps to the width it is given (a wrapping Label got its first layout wrong)
        javafx.scene.text.Text body = new javafx.scene.text.Text();
        body.setId("explanationLabel");
        body.textProperty().bind(model.explanation);
        body.getStyleClass().add("explanation-text");
        javafx.scene.text.TextFlow text = new javafx.scene.text.TextFlow(body);
        text.setMinWidth(0);
        text.setPrefWidth(100);
        title.setMinWidth(0);
        title.setPrefWidth(100);
        title.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(2, title, text);
        box.setMinWidth(0);
        box.setPrefWidth(100);
        box.getStyleClass().add("explanation");
        box.visibleProperty().bind(model.explanation.isNotEmpty().or(model.name.isNotEmpty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private MenuBar menus() {
        Menu file = new Menu("File");
        MenuItem open = new MenuItem("Open scenario\u2026");
        open.setId("openScenario");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> openScenario());
        MenuItem save = new MenuItem("Save scenario\u2026");
        save.setId("saveScenario");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> saveScenario());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> javafx.application.Platform.exit());
        file.getItems().addAll(open, save, new SeparatorMenuItem(), quit);
        Menu presets = new Menu("Presets");
        presets.setId("presetMenu");
        int i = 0;
        for (String name : Presets.names()) {
            Scenario s = Presets.load(name);
            MenuItem item = new MenuItem(s.name());
            item.setId("preset-" + name.replace(".json", ""));
            if (i < 9) {
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            }
            item.setOnAction(e -> loadPreset(name));
            presets.getItems().add(item);
            i++;
        }
        Menu help = new Menu("Help");
        MenuItem about = new MenuItem("About Likelihood Lab");
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.setTitle("About Likelihood Lab");
            a.setHeaderText("Likelihood Lab 0.1.0");
            a.setContentText("Gradient ascent on the log-likelihood of a Gaussian, live: watch the variance "
                    + "step overshoot, \u03a3 lose definiteness, and try the fixes.\nApache License 2.0.");
            a.initOwner(getScene().getWindow());
            a.show();
        });
        help.getItems().add(about);
        return new MenuBar(file, presets, help);
    }

    /** Starts the frame loop and the optimizer on a preset. */
    public void start(String preset, Path scenarioFile) {
        Scenario s = scenarioFile != null ? ScenarioJson.read(scenarioFile) : Presets.load(preset);
        model.apply(s);
        controls.speedSlider.setValue(DEFAULT_SPEED_EXP);
        model.start(true);
        loop.start();
    }

    public void shutdown() {
        loop.stop();
        model.shutdown();
        charts.shutdown();
    }

    public void loadPreset(String name) {
        model.apply(Presets.load(name));
        updateTitle();
    }

    /** Loads a scenario file; a bad file shows its message and changes nothing. */
    public void openScenario(Path file) {
        try {
            model.apply(ScenarioJson.read(file));
            updateTitle();
        } catch (BadInputException | IllegalArgumentException e) {
            error("Cannot open " + file.getFileName(), e.getMessage());
        }
    }

    /** Saves the current settings atomically. */
    public void saveScenario(Path file) {
        try {
            ScenarioJson.write(model.toScenario(), file);
        } catch (IOException | RuntimeException e) {
            error("Cannot save " + file.getFileName(), e.getMessage());
        }
    }

    private void openScenario() {
        FileChooser fc = chooser();
        File f = fc.showOpenDialog(window());
        if (f != null) {
            openScenario(f.toPath());
        }
    }

    private void saveScenario() {
        FileChooser fc = chooser();
        fc.setInitialFileName("scenario.json");
        File f = fc.showSaveDialog(window());
        if (f != null) {
            saveScenario(f.toPath());
        }
    }

    private static FileChooser chooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (*.json)", "*.json"));
        return fc;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setTitle("Likelihood Lab");
        a.setHeaderText(header);
        a.setContentText(text);
        if (window() != null) {
            a.initOwner(window());
        }
        a.show();
    }

    void updateTitle() {
        if (window() instanceof javafx.stage.Stage st) {
            st.setTitle(LabApp.TITLE + (model.name.get().isEmpty() ? "" : " \u2014 " + model.name.get()));
        }
    }

    public LabModel model() {
        return model;
    }

    ControlPanel controlsForTest() {
        return controls;
    }

    ChartsPane charts() {
        return charts;
    }

    FrameLoop loop() {
        return loop;
    }
}
