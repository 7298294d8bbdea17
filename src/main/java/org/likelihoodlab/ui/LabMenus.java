package org.likelihoodlab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.likelihoodlab.experiment.Scenario;

/**
 * The controller of the menu bar, {@code LabMenus.fxml} (File, Edit, View, Presets, Help): its
 * actions, and the items that come from elsewhere (recent files, text sizes, presets).
 */
final class LabMenus {

    private LabWindow window;
    private LabDialogs dialogs;
    @FXML private Menu recentMenu;
    @FXML private Menu textSizeMenu;
    @FXML private Menu presetMenu;
    @FXML private Menu raceMenu;
    @FXML private MenuItem addRunItem;
    @FXML private MenuItem removeRunItem;
    @FXML private CheckMenuItem presentationItem;
    @FXML private CheckMenuItem darkItem;
    @FXML private CheckMenuItem chartsOnlyItem;

    /** Connects the menus to the window; called once, when the window's appearance exists. */
    void bind(LabWindow window) {
        this.window = window;
        this.dialogs = new LabDialogs(window);
        bindView(window.appearance());
        chartsOnlyItem.selectedProperty().bindBidirectional(window.chartsOnly);
        fillPresets();
        fillRaces();
        refreshRecent();
        chartMenus(window.charts());
    }

    // ---- file ---- //

    @FXML
    private void openScenario() {
        File f = window.chooseOpen();
        if (f != null) {
            window.openScenario(f.toPath());
        }
    }

    @FXML
    private void saveScenario() {
        File f = window.chooseSave("Save scenario", "scenario.json", "Scenario (*.json)", "*.json");
        if (f != null) {
            window.saveScenario(f.toPath());
        }
    }

    @FXML
    private void exportFigure() {
        dialogs.exportFigure();
    }

    @FXML
    private void exportTrajectory() {
        File f = window.chooseSave("Export trajectory", "trajectory.csv", "CSV (*.csv)", "*.csv");
        if (f != null) {
            window.exportTrajectory(f.toPath());
        }
    }

    @FXML
    private void exportGif() {
        dialogs.gif();
    }

    @FXML
    private void copyDashboard() {
        copy(null);
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    /** Rebuilds the recent-files menu from the preferences. */
    void refreshRecent() {
        recentMenu.getItems().clear();
        List<Path> files = window.prefs().recent();
        for (Path p : files) {
            MenuItem m = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            m.setOnAction(e -> window.openScenario(p));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(files.isEmpty());
    }

    /** Each chart's context menu: save it (PNG, SVG, PDF) or copy it. */
    private void chartMenus(ChartsPane charts) {
        charts.setContextActions((slot, format) -> {
            String ext = format.name().toLowerCase(java.util.Locale.ROOT);
            File f = window.chooseSave("Save chart", slot.id() + "." + ext,
                    format.name() + " (*." + ext + ")", "*." + ext);
            if (f != null) {
                window.exportChart(slot, format, 2, f.toPath());
            }
        }, this::copy, slot -> {
            File f = window.chooseSave("Export chart data", slot.id() + ".csv", "CSV (*.csv)", "*.csv");
            if (f != null) {
                window.exports().chartData(slot, f.toPath());
            }
        });
    }

    /** Copies one chart, or the dashboard ({@code null}), to the clipboard as an image. */
    void copy(org.likelihoodlab.charts.ChartSlot slot) {
        window.exports().copy(slot);
    }

    // ---- edit and view ---- //

    @FXML
    private void undo() {
        window.undo();
    }

    @FXML
    private void fullScreen() {
        window.toggleFullScreen();
    }

    private void bindView(Appearance a) {
        presentationItem.selectedProperty().bindBidirectional(a.presentation);
        ToggleGroup g = new ToggleGroup();
        for (double s : Appearance.SCALES) {
            RadioMenuItem r = new RadioMenuItem(Math.round(s * 100) + " %");
            r.setToggleGroup(g);
            r.setSelected(s == a.scale.get());
            r.setOnAction(e -> a.setScale(s));
            a.scale.addListener((o, x, y) -> r.setSelected(Math.abs(y.doubleValue() - s) < 1e-9));
            textSizeMenu.getItems().add(r);
        }
        darkItem.selectedProperty().bindBidirectional(a.dark);
    }

    // ---- presets ---- //

    /** One item a preset, the first nine with Ctrl+1 to Ctrl+9. */
    private void fillPresets() {
        int i = 0;
        for (String name : Presets.names()) {
            Scenario s = Presets.load(name);
            MenuItem item = new MenuItem((i < 9 ? (i + 1) + "  " : "    ") + s.name());
            item.setId("preset-" + name.replace(".json", ""));
            if (i < 9) {
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            }
            item.setOnAction(e -> window.loadPreset(name));
            presetMenu.getItems().add(item);
            i++;
        }
    }

    // ---- the race ---- //

    /** The race presets, after Add run / Remove run. */
    private void fillRaces() {
        for (String name : Presets.raceNames()) {
            MenuItem item = new MenuItem(Presets.loadRace(name).name());
            item.setId("race-" + name.replace(".json", ""));
            item.setOnAction(e -> window.loadRacePreset(name));
            raceMenu.getItems().add(item);
        }
        RaceRoster roster = window.model().roster();
        javafx.beans.binding.BooleanBinding single = javafx.beans.binding.Bindings.size(roster.runs()).lessThan(2);
        removeRunItem.disableProperty().bind(single);
        addRunItem.disableProperty().bind(javafx.beans.binding.Bindings.size(roster.runs())
                .greaterThanOrEqualTo(org.likelihoodlab.experiment.Race.MAX_RUNS));
    }

    @FXML
    private void addRun() {
        window.model().addRun();
    }

    @FXML
    private void removeRun() {
        window.model().removeRun(window.model().roster().selected());
    }

    @FXML
    private void saveRace() {
        File f = window.chooseSave("Save race", "race.json", "Race (*.json)", "*.json");
        if (f != null) {
            window.raceFiles().save(f.toPath());
        }
    }

    @FXML
    private void exportLeaderboard() {
        File f = window.chooseSave("Export leaderboard", "leaderboard.csv", "CSV (*.csv)", "*.csv");
        if (f != null) {
            window.raceFiles().exportLeaderboard(f.toPath());
        }
    }

    // ---- help ---- //

    @FXML
    private void shortcuts() {
        dialogs.shortcuts();
    }

    @FXML
    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("About Likelihood Lab");
        a.setHeaderText("Likelihood Lab 0.1.0");
        a.setContentText("Gradient ascent on the log-likelihood of a Gaussian, live: watch the variance step "
                + "overshoot, \u03a3 lose definiteness, and try the fixes.\nApache License 2.0.");
        a.initOwner(window.window());
        a.show();
    }
}
