package org.likelihoodlab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.lesson.Lesson;
import org.likelihoodlab.experiment.lesson.LessonScene;
import org.likelihoodlab.experiment.lesson.SceneView;
import org.likelihoodlab.io.LessonJson;
import org.likelihoodlab.math.Surfaces;

/**
 * The lesson editor: "Add this state as a scene" takes the window's settings and view as a new
 * scene at the end; the editor window reorders and deletes scenes and edits a scene's title,
 * narration and notes (each change applies to the open lesson at once); "Save lesson" writes it
 * atomically.
 */
final class LessonEditor {

    private final LabWindow window;
    private final LessonMode mode;
    private Stage stage;
    private final ListView<String> scenes = new ListView<>();
    private final TextField title = new TextField();
    private final TextArea narration = new TextArea();
    private final TextArea notes = new TextArea();

    LessonEditor(LabWindow window, LessonMode mode) {
        this.window = window;
        this.mode = mode;
    }

    /** Adds the window's current settings and view as a new last scene (a new lesson if none is open). */
    void addCurrentState() {
        Scenario s = window.model().toScenario();
        if (s == null) {
            return;
        }
        Lesson l = mode.player().lesson();
        int number = l == null ? 1 : l.scenes().size() + 1;
        String name = s.name().isEmpty() ? "Scene " + number : s.name();
        LessonScene scene = LessonScene.of(name, null, s, currentView(), s.explanation(), "", List.of());
        if (l == null) {
            mode.enter(Lesson.empty("Untitled lesson").plus(scene));
        } else {
            mode.player().edited(l.plus(scene));
        }
        window.model().say("Added scene " + number + ": " + name, false);
        refreshList(number - 1);
    }

    private SceneView currentView() {
        String tab = window.charts().getSelectionModel().getSelectedItem().getId();
        SceneView.Tab t = "surfaceTab".equals(tab) ? SceneView.Tab.SURFACE
                : "sweepTab".equals(tab) ? SceneView.Tab.SWEEP : SceneView.Tab.TRAJECTORIES;
        javafx.scene.Node scale = window.charts().getTabs().get(1).getContent().lookup("#surfaceScale");
        javafx.scene.Node log = window.charts().getTabs().get(1).getContent().lookup("#surfaceLog");
        Surfaces.Scale sc = scale instanceof javafx.scene.control.ComboBox<?> c && c.getValue() instanceof Surfaces.Scale v
                ? v : Surfaces.Scale.SIGMA;
        boolean logAxis = log instanceof javafx.scene.control.CheckBox cb && cb.isSelected();
        return new SceneView(t, sc, logAxis, 0, 0);
    }

    /** Opens the editor window on the open lesson. */
    void edit() {
        if (mode.player().lesson() == null) {
            window.model().say("Open a lesson, or add this state as a scene, first", true);
            return;
        }
        if (stage == null) {
            stage = build();
        }
        refreshList(Math.max(0, mode.player().index()));
        stage.show();
        stage.toFront();
    }

    private Stage build() {
        scenes.setId("editorScenes");
        title.setId("editorTitle");
        narration.setId("editorNarration");
        narration.setWrapText(true);
        notes.setId("editorNotes");
        notes.setWrapText(true);
        scenes.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showSelected());
        Button up = button("editorUp", "Move up", () -> move(-1));
        Button down = button("editorDown", "Move down", () -> move(1));
        Button delete = button("editorDelete", "Delete", this::delete);
        Button apply = button("editorApply", "Apply text", this::applyText);
        Button go = button("editorShow", "Show scene", () -> {
            int i = selected();
            if (i >= 0) {
                mode.player().show(i);
            }
        });
        VBox right = new VBox(6, new Label("Title"), title, new Label("Narration (\\alpha, \\sigma, \\nabla, x^2, s_1)"),
                narration, new Label("Speaker notes"), notes, new HBox(8, apply, go));
        VBox.setVgrow(narration, Priority.ALWAYS);
        VBox left = new VBox(6, scenes, new HBox(8, up, down, delete));
        VBox.setVgrow(scenes, Priority.ALWAYS);
        HBox box = new HBox(12, left, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        Stage s = new Stage();
        s.setTitle("Likelihood Lab \u2014 lesson editor");
        s.setScene(new Scene(box, 820, 480));
        if (window.window() != null) {
            s.initOwner(window.window());
        }
        return s;
    }

    private static Button button(String id, String text, Runnable r) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> r.run());
        return b;
    }

    private int selected() {
        return scenes.getSelectionModel().getSelectedIndex();
    }

    private void refreshList(int select) {
        Lesson l = mode.player().lesson();
        if (l == null) {
            scenes.getItems().clear();
            return;
        }
        scenes.getItems().setAll(l.scenes().stream().map(LessonScene::title).toList());
        if (select >= 0 && select < l.scenes().size()) {
            scenes.getSelectionModel().select(select);
        }
        showSelected();
    }

    private void showSelected() {
        Lesson l = mode.player().lesson();
        int i = selected();
        if (l == null || i < 0 || i >= l.scenes().size()) {
            return;
        }
        LessonScene s = l.scenes().get(i);
        title.setText(s.title());
        narration.setText(s.narration());
        notes.setText(s.notes());
    }

    private void move(int by) {
        int i = selected();
        Lesson l = mode.player().lesson();
        if (l == null || i < 0) {
            return;
        }
        mode.player().edited(l.moved(i, by));
        refreshList(Math.max(0, Math.min(l.scenes().size() - 1, i + by)));
    }

    private void delete() {
        int i = selected();
        Lesson l = mode.player().lesson();
        if (l == null || i < 0 || l.scenes().size() <= 1) {
            window.model().say("A lesson keeps at least one scene", true);
            return;
        }
        mode.player().edited(l.without(i));
        refreshList(Math.min(i, l.scenes().size() - 2));
    }

    private void applyText() {
        int i = selected();
        Lesson l = mode.player().lesson();
        if (l == null || i < 0) {
            return;
        }
        LessonScene s = l.scenes().get(i).withTitle(title.getText()).withNarration(narration.getText())
                .withNotes(notes.getText());
        mode.player().edited(l.with(i, s));
        refreshList(i);
    }

    /** Asks where, then saves the open lesson. */
    void save() {
        Lesson l = mode.player().lesson();
        if (l == null) {
            window.model().say("No lesson to save", true);
            return;
        }
        Path was = mode.file();
        File f = window.chooseSave("Save lesson", was == null ? "lesson.json" : was.getFileName().toString(),
                "Lesson (*.json)", "*.json");
        if (f != null) {
            save(f.toPath());
        }
    }

    /** Saves the open lesson atomically; a failure says why and leaves any existing file as it was. */
    boolean save(Path file) {
        try {
            LessonJson.write(mode.player().lesson(), file);
            mode.setFile(file);
            window.model().say("Saved lesson " + file.getFileName(), false);
            return true;
        } catch (IOException | RuntimeException e) {
            window.model().say("Cannot save " + file.getFileName() + ": " + LabWindow.reason(e), true);
            return false;
        }
    }

    Stage stage() {
        return stage;
    }

    void close() {
        if (stage != null) {
            stage.close();
        }
    }
}
