package org.likelihoodlab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.io.ScenarioJson;

/**
 * The files of a {@link LabWindow}: opening and saving scenarios, the file choosers, and files
 * dropped onto the window (a lesson, a scenario or race, or data to fit).
 */
final class WindowFiles {

    private final LabWindow window;
    private final LabMenus menus;

    /** Makes the window accept dropped files. */
    WindowFiles(LabWindow window, LabMenus menus) {
        this.window = window;
        this.menus = menus;
        dragAndDrop();
    }

    private void dragAndDrop() {
        window.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        window.setOnDragDropped(e -> {
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
            window.lessons().open(file);
        } else if (name.endsWith(".json") || name.endsWith(".llab")) {
            openScenario(file);
        } else {
            window.model().useDataFile(file);
            window.updateTitle();
        }
    }

    /** Loads a scenario file (read in the background); a bad file shows its message and changes nothing. */
    void openScenario(Path file) {
        LabModel model = window.model();
        model.executor().submit("Opening " + file.getFileName(), p -> org.likelihoodlab.io.RaceJson.isRace(file)
                ? (Object) org.likelihoodlab.io.RaceJson.read(file) : ScenarioJson.read(file), o -> {
            org.likelihoodlab.experiment.Race race = o instanceof org.likelihoodlab.experiment.Race r ? r : null;
            Scenario s = race != null ? race.runs().get(0).scenario() : (Scenario) o;
            Path outside = OutsideData.outside(s, file);
            if (outside != null && !window.confirm.ok("Read data from outside the scenario's folder?", file.getFileName()
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
            window.prefs().opened(file);
            menus.refreshRecent();
            model.say("Opened " + file.getFileName() + (race != null ? " (a race of " + race.runs().size() + " runs)"
                    : ""), false);
        }, e -> {
            model.say(e.getMessage(), true);
            error("Cannot open " + file.getFileName(), e.getMessage());
        });
    }

    /** Saves the current settings atomically. */
    boolean saveScenario(Path file) {
        LabModel model = window.model();
        try {
            Exporter.scenario(model.scenarioToSave(), file);
            window.prefs().opened(file);
            menus.refreshRecent();
            model.say("Saved " + file.getFileName(), false);
            return true;
        } catch (IOException | RuntimeException e) {
            model.say("Cannot save " + file.getFileName() + ": " + LabWindow.reason(e), true);
            return false;
        }
    }

    File chooseSave(String title, String suggested, String description, String... extensions) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(suggested);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
        return fc.showSaveDialog(window.window());
    }

    File chooseOpen() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (*.json)", "*.json"));
        return fc.showOpenDialog(window.window());
    }

    /** The question before reading data outside an opened scenario's folder: a Yes/No dialog over {@code owner}. */
    static boolean confirmDialog(Window owner, String header, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, javafx.scene.control.ButtonType.YES,
                javafx.scene.control.ButtonType.NO);
        a.setTitle("Likelihood Lab");
        a.setHeaderText(header);
        if (owner != null) {
            a.initOwner(owner);
        }
        return a.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.YES).isPresent();
    }

    private void error(String header, String text) {
        Window owner = window.window();
        if (owner == null) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setTitle("Likelihood Lab");
        a.setHeaderText(header);
        a.setContentText(text);
        a.initOwner(owner);
        a.show();
    }
}
