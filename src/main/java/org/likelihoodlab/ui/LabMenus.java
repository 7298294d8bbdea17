package org.likelihoodlab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.likelihoodlab.charts.Figures;
import org.likelihoodlab.experiment.Scenario;

/** The menu bar: File (open, recent, save, export), Edit, View, Presets, Help. */
final class LabMenus {

    /** Every shortcut, for the Help dialog. */
    static final String[][] SHORTCUTS = {
        {"Space", "Play / pause"},
        {"\u2192 (Right)", "One step"},
        {"R", "Reset to step 0"},
        {"1 \u2013 9", "Load preset 1 to 9 (also Ctrl+1 \u2013 Ctrl+9)"},
        {"P", "Presentation mode (large text, heavy lines)"},
        {"F11", "Full screen"},
        {"Ctrl+Z", "Undo the last settings change"},
        {"Ctrl+O", "Open a scenario"},
        {"Ctrl+S", "Save the scenario"},
        {"Ctrl+E", "Export a figure (PNG, SVG, PDF)"},
        {"Ctrl+Shift+C", "Copy the dashboard to the clipboard"},
        {"Ctrl+Q", "Quit"}};

    private final LabWindow window;
    private final MenuBar bar;
    private final Menu recent = new Menu("Open recent");

    LabMenus(LabWindow window) {
        this.window = window;
        bar = new MenuBar(file(), edit(), view(), presets(), help());
        bar.setId("menuBar");
        refreshRecent();
    }

    MenuBar bar() {
        return bar;
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private Menu file() {
        Menu file = new Menu("File");
        recent.setId("recentMenu");
        Menu export = new Menu("Export");
        export.setId("exportMenu");
        export.getItems().addAll(
                item("Figure\u2026 (PNG, SVG, PDF)", "exportFigure", "Shortcut+E", this::exportFigureDialog),
                item("Trajectory as CSV\u2026", "exportTrajectory", null, () -> {
                    File f = window.chooseSave("Export trajectory", "trajectory.csv", "CSV (*.csv)", "*.csv");
                    if (f != null) {
                        window.exportTrajectory(f.toPath());
                    }
                }),
                item("Animated GIF\u2026", "exportGif", null, this::gifDialog),
                item("Copy dashboard to clipboard", "copyDashboard", "Shortcut+Shift+C", () -> copy(-1)));
        file.getItems().addAll(
                item("Open scenario\u2026", "openScenario", "Shortcut+O", () -> {
                    File f = window.chooseOpen();
                    if (f != null) {
                        window.openScenario(f.toPath());
                    }
                }),
                recent,
                item("Save scenario\u2026", "saveScenario", "Shortcut+S", () -> {
                    File f = window.chooseSave("Save scenario", "scenario.json", "Scenario (*.json)", "*.json");
                    if (f != null) {
                        window.saveScenario(f.toPath());
                    }
                }),
                export, new SeparatorMenuItem(),
                item("Quit", "quit", "Shortcut+Q", javafx.application.Platform::exit));
        return file;
    }

    /** Rebuilds the recent-files menu from the preferences. */
    void refreshRecent() {
        recent.getItems().clear();
        List<Path> files = window.prefs().recent();
        for (Path p : files) {
            MenuItem m = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            m.setOnAction(e -> window.openScenario(p));
            recent.getItems().add(m);
        }
        recent.setDisable(files.isEmpty());
    }

    private Menu edit() {
        Menu edit = new Menu("Edit");
        // Ctrl+Z is handled by the window's key filter (so a text field keeps its own undo)
        MenuItem undo = item("Undo settings change\t(Ctrl+Z)", "undo", null, window::undo);
        edit.getItems().add(undo);
        return edit;
    }

    private Menu view() {
        Menu view = new Menu("View");
        Appearance a = window.appearance();
        CheckMenuItem presentation = new CheckMenuItem("Presentation mode\t(P)");
        presentation.setId("presentationItem");
        presentation.selectedProperty().bindBidirectional(a.presentation);
        Menu size = new Menu("Text size");
        ToggleGroup g = new ToggleGroup();
        for (double s : Appearance.SCALES) {
            RadioMenuItem r = new RadioMenuItem(Math.round(s * 100) + " %");
            r.setToggleGroup(g);
            r.setSelected(s == a.scale.get());
            r.setOnAction(e -> a.setScale(s));
            a.scale.addListener((o, x, y) -> r.setSelected(Math.abs(y.doubleValue() - s) < 1e-9));
            size.getItems().add(r);
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkItem");
        dark.selectedProperty().bindBidirectional(a.dark);
        MenuItem full = item("Full screen\t(F11)", "fullScreen", null, window::toggleFullScreen);
        view.getItems().addAll(presentation, size, dark, new SeparatorMenuItem(), full);
        return view;
    }

    private Menu presets() {
        Menu presets = new Menu("Presets");
        presets.setId("presetMenu");
        int i = 0;
        for (String name : Presets.names()) {
            Scenario s = Presets.load(name);
            MenuItem item = new MenuItem((i < 9 ? (i + 1) + "  " : "    ") + s.name());
            item.setId("preset-" + name.replace(".json", ""));
            if (i < 9) {
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            }
            item.setOnAction(e -> window.loadPreset(name));
            presets.getItems().add(item);
            i++;
        }
        return presets;
    }

    private Menu help() {
        Menu help = new Menu("Help");
        MenuItem keys = item("Keyboard shortcuts", "shortcutsItem", null, this::shortcutsDialog);
        MenuItem about = item("About Likelihood Lab", "aboutItem", null, () -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.setTitle("About Likelihood Lab");
            a.setHeaderText("Likelihood Lab 0.1.0");
            a.setContentText("Gradient ascent on the log-likelihood of a Gaussian, live: watch the variance step "
                    + "overshoot, \u03a3 lose definiteness, and try the fixes.\nApache License 2.0.");
            a.initOwner(window.window());
            a.show();
        });
        help.getItems().addAll(keys, about);
        return help;
    }

    /** The Help \u2192 Keyboard shortcuts dialog: every shortcut in a table. */
    Dialog<ButtonType> shortcutsDialog() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Keyboard shortcuts");
        GridPane g = new GridPane();
        g.setId("shortcutsTable");
        g.setHgap(18);
        g.setVgap(6);
        g.setPadding(new Insets(10));
        for (int r = 0; r < SHORTCUTS.length; r++) {
            Label k = new Label(SHORTCUTS[r][0]);
            k.setStyle("-fx-font-weight: bold;");
            g.addRow(r, k, new Label(SHORTCUTS[r][1]));
        }
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (window.window() != null) {
            d.initOwner(window.window());
        }
        d.show();
        return d;
    }

    private void exportFigureDialog() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Export figure");
        ComboBox<Figures.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Figures.Kind.values());
        if (window.model().dim.get() == 1) {
            kind.getItems().remove(Figures.Kind.ELLIPSE);
        }
        kind.setValue(Figures.Kind.DASHBOARD);
        ComboBox<Figures.Format> format = new ComboBox<>();
        format.getItems().setAll(Figures.Format.values());
        format.setValue(Figures.Format.PNG);
        ComboBox<Integer> scale = new ComboBox<>();
        scale.getItems().setAll(1, 2, 3, 4);
        scale.setValue(2);
        scale.disableProperty().bind(format.valueProperty().isNotEqualTo(Figures.Format.PNG));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Figure"), kind);
        g.addRow(1, new Label("Format"), format);
        g.addRow(2, new Label("PNG scale (\u00d7)"), scale);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.initOwner(window.window());
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            String ext = format.getValue().name().toLowerCase(java.util.Locale.ROOT);
            File f = window.chooseSave("Export figure", kind.getValue().cliName() + "." + ext,
                    format.getValue().name() + " (*." + ext + ")", "*." + ext);
            if (f != null) {
                window.exportFigure(kind.getValue(), format.getValue(), scale.getValue(), f.toPath());
            }
        });
    }

    /** Copies one chart (slot 0-5) or the dashboard (-1) to the clipboard as an image. */
    void copy(int slot) {
        window.exports().copy(slot);
    }

    private void gifDialog() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Animated GIF");
        ComboBox<Figures.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Figures.Kind.values());
        if (window.model().dim.get() == 1) {
            kind.getItems().remove(Figures.Kind.ELLIPSE);
        }
        kind.setValue(window.model().dim.get() == 1 ? Figures.Kind.SURFACE : Figures.Kind.ELLIPSE);
        Spinner<Integer> frames = new Spinner<>(2, 400, 40);
        Spinner<Integer> fps = new Spinner<>(1, 50, 10);
        Spinner<Integer> width = new Spinner<>(200, 2000, 800, 50);
        Spinner<Integer> height = new Spinner<>(150, 1500, 533, 50);
        for (Spinner<Integer> sp : List.of(frames, fps, width, height)) {
            sp.setEditable(true);
        }
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Figure"), kind);
        g.addRow(1, new Label("Frames"), frames);
        g.addRow(2, new Label("Frames per second"), fps);
        g.addRow(3, new Label("Width \u00d7 height (px)"), new javafx.scene.layout.HBox(6, width, height));
        g.add(new Label("The run is replayed from step 0 to the current step."), 0, 4, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.initOwner(window.window());
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            File f = window.chooseSave("Animated GIF", "run.gif", "GIF (*.gif)", "*.gif");
            if (f != null) {
                gifProgress(kind.getValue(), frames.getValue(), fps.getValue(), width.getValue(), height.getValue(),
                        f.toPath());
            }
        });
    }

    /** Writes the GIF in the background with a progress bar and a cancel button. */
    void gifProgress(Figures.Kind kind, int frames, int fps, int w, int h, Path file) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Writing " + file.getFileName());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("gifProgress");
        bar.setPrefWidth(320);
        Label label = new Label("0 / " + frames + " frames");
        d.getDialogPane().setContent(new VBox(8, label, bar));
        d.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        if (window.window() != null) {
            d.initOwner(window.window());
        }
        var cancel = window.exportGif(kind, frames, fps, w, h, file, done -> javafx.application.Platform.runLater(() -> {
            bar.setProgress((double) done / frames);
            label.setText(done + " / " + frames + " frames");
        }), () -> {
            d.setResult(ButtonType.CLOSE);
            d.close();
        });
        d.setOnCloseRequest(e -> cancel.set(true));
        d.show();
    }
}
