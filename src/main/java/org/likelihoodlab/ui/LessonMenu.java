package org.likelihoodlab.ui;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.likelihoodlab.charts.LessonHandout;
import org.likelihoodlab.experiment.lesson.Lesson;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.LessonJson;

/**
 * The Lesson menu, added to the window's menu bar after View: open a lesson file or a shipped
 * one, the speaker notes, the editor's commands, the handouts, and leaving lesson mode.
 */
final class LessonMenu {

    private final LabWindow window;
    private final LessonMode mode;
    private final Menu menu = new Menu("Lesson");
    private final LessonEditor editor;

    LessonMenu(LabWindow window, LessonMode mode) {
        this.window = window;
        this.mode = mode;
        menu.setId("lessonMenu");
        MenuItem open = item("lessonOpen", "Open lesson\u2026", this::chooseAndOpen);
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        Menu shipped = new Menu("Shipped lessons");
        shipped.setId("lessonShipped");
        for (String name : shippedNames()) {
            shipped.getItems().add(item("lesson-" + name.replace(".json", ""), titleOf(name), () -> openShipped(name)));
        }
        editor = new LessonEditor(window, mode);
        MenuItem leave = item("lessonLeaveItem", "Leave lesson mode\t(Esc)", mode::leave);
        leave.disableProperty().bind(mode.activeProperty().not());
        menu.getItems().addAll(open, shipped, item("lessonNotes", "Speaker notes window", mode::showNotes),
                new SeparatorMenuItem(), item("lessonAddScene", "Add this state as a scene", editor::addCurrentState),
                item("lessonEdit", "Edit lesson\u2026", editor::edit), item("lessonSave", "Save lesson\u2026", editor::save),
                new SeparatorMenuItem(), item("lessonPdf", "Export handout as PDF\u2026", this::exportPdf),
                item("lessonPngs", "Export handout as PNGs\u2026", this::exportPngs),
                item("lessonPython", "Export scene as Python script\u2026", this::exportPython), new SeparatorMenuItem(),
                leave);
        if (window.getTop() instanceof MenuBar bar) {
            int at = 0;
            for (int i = 0; i < bar.getMenus().size(); i++) {
                if ("View".equals(bar.getMenus().get(i).getText())) {
                    at = i + 1;
                }
            }
            bar.getMenus().add(at, menu);
        }
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    Menu menu() {
        return menu;
    }

    LessonEditor editor() {
        return editor;
    }

    private void chooseAndOpen() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open lesson");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lesson (*.json, *.llesson)", "*.json",
                "*.llesson"));
        File f = fc.showOpenDialog(window.window());
        if (f != null) {
            mode.open(f.toPath());
        }
    }

    /** Opens a lesson shipped in the jar ({@code resources/lessons/}). */
    void openShipped(String name) {
        mode.open(shippedPath(name));
        mode.setFile(null);
    }

    /** @return the shipped lesson's path, inside the jar or the resources folder */
    static Path shippedPath(String name) {
        URL url = LessonMenu.class.getResource("/lessons/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no shipped lesson " + name);
        }
        try {
            return Presets.toPath(url);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read lesson " + name, e);
        }
    }

    /** @return the shipped lessons' file names, in the order of {@code lessons/index.txt} */
    static List<String> shippedNames() {
        List<String> out = new ArrayList<>();
        try (InputStream in = LessonMenu.class.getResourceAsStream("/lessons/index.txt")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the lesson index", e);
        }
        return out;
    }

    private static String titleOf(String name) {
        try {
            String t = LessonJson.titleOf(shippedPath(name));
            return t == null ? name : t;
        } catch (RuntimeException e) {
            return name;
        }
    }

    // ---- handouts ---- //

    private Lesson lessonOrSay() {
        Lesson l = mode.player().lesson();
        if (l == null || l.scenes().isEmpty()) {
            window.model().say("Open a lesson first (Lesson \u2192 Open lesson\u2026)", true);
            return null;
        }
        return l;
    }

    private void exportPdf() {
        Lesson l = lessonOrSay();
        if (l == null) {
            return;
        }
        File f = window.chooseSave("Export handout", "handout.pdf", "PDF (*.pdf)", "*.pdf");
        if (f != null) {
            exportPdf(l, f.toPath());
        }
    }

    /** Writes the lesson's handout PDF in the background (atomically). */
    void exportPdf(Lesson l, Path out) {
        window.model().executor().submit("Writing the handout", p -> {
            byte[] bytes = LessonHandout.of(l).pdf();
            AtomicFiles.write(out, o -> o.write(bytes));
            return out;
        }, done -> window.model().say("Exported " + done.getFileName() + " (" + l.scenes().size() + " pages)", false),
                e -> window.model().say("Cannot export the handout: " + LabWindow.reason(asException(e)), true));
    }

    private void exportPngs() {
        Lesson l = lessonOrSay();
        if (l == null) {
            return;
        }
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Folder for the handout's pages");
        File d = dc.showDialog(window.window());
        if (d == null) {
            return;
        }
        Path dir = d.toPath();
        window.model().executor().submit("Writing the handout's pages", p -> {
            LessonHandout h = LessonHandout.of(l);
            for (int i = 0; i < l.scenes().size(); i++) {
                byte[] png = h.png(i, 2);
                AtomicFiles.write(dir.resolve(String.format(java.util.Locale.ROOT, "scene-%02d.png", i + 1)),
                        o -> o.write(png));
                p.update(i + 1, l.scenes().size());
            }
            return dir;
        }, done -> window.model().say("Exported " + l.scenes().size() + " pages to " + done, false),
                e -> window.model().say("Cannot export the pages: " + LabWindow.reason(asException(e)), true));
    }

    private void exportPython() {
        Lesson l = mode.player().lesson();
        int k = mode.player().index();
        org.likelihoodlab.experiment.Scenario s = l != null && k >= 0 ? l.scenes().get(k).scenario()
                : window.model().toScenario();
        String why = s == null ? "no run" : org.likelihoodlab.io.PythonScript.unsupported(s);
        if (why != null) {
            window.model().say("No Python script: " + why, true);
            return;
        }
        File f = window.chooseSave("Export scene as Python", k >= 0 ? String.format(java.util.Locale.ROOT,
                "scene-%02d.py", k + 1) : "run.py", "Python (*.py)", "*.py");
        if (f != null) {
            exportPython(s, l != null && k >= 0 ? l.scenes().get(k).title() : s.name(), f.toPath());
        }
    }

    /** Writes a scenario's run as a Python script in the background (atomically). */
    void exportPython(org.likelihoodlab.experiment.Scenario s, String title, Path out) {
        window.model().executor().submit("Writing " + out.getFileName(), p -> {
            String py = org.likelihoodlab.io.PythonScript.of(s, org.likelihoodlab.io.Datasets.load(s.data(), s.dim()),
                    title);
            AtomicFiles.writeText(out, w -> w.write(py));
            return out;
        }, done -> window.model().say("Exported " + done.getFileName() + " (python3 " + done.getFileName()
                + " > trajectory.csv)", false),
                e -> window.model().say("Cannot export the script: " + LabWindow.reason(asException(e)), true));
    }

    private static Exception asException(Throwable t) {
        return t instanceof Exception x ? x : new IOException(t);
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}
