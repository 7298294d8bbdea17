package org.likelihoodlab.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.likelihoodlab.experiment.lesson.InlineMath;
import org.likelihoodlab.experiment.lesson.Lesson;
import org.likelihoodlab.experiment.lesson.LessonScene;

/**
 * The speaker's second window (laptop screen, while the projector shows the lab): the scene's
 * notes, its cues, the next scene's title and a timer since the lesson started (with a reset).
 * It follows the lesson: every scene change shows the new scene's notes.
 */
final class SpeakerNotes {

    private final LessonPlayer player;
    private final Stage stage = new Stage();
    private final Label scene = new Label();
    private final Label notes = new Label();
    private final Label cues = new Label();
    private final Label next = new Label();
    private final Label timer = new Label("0:00");
    private long startNanos = System.nanoTime();
    private final Timeline tick;

    SpeakerNotes(LessonPlayer player, javafx.stage.Window owner) {
        this.player = player;
        scene.setId("notesScene");
        scene.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        notes.setId("notesText");
        notes.setWrapText(true);
        notes.setStyle("-fx-font-size: 1.6em;");
        cues.setId("notesCues");
        cues.setWrapText(true);
        next.setId("notesNext");
        next.setStyle("-fx-font-size: 1.2em;");
        timer.setId("notesTimer");
        timer.setStyle("-fx-font-size: 2.5em; -fx-font-family: monospace;");
        Button restart = new Button("Restart timer");
        restart.setId("notesRestartTimer");
        restart.setOnAction(e -> restartTimer());
        VBox box = new VBox(10, new HBox(16, timer, restart), scene, notes, cues, next);
        box.setPadding(new Insets(16));
        stage.setTitle("Likelihood Lab \u2014 speaker notes");
        stage.setScene(new Scene(box, 640, 480));
        if (owner != null) {
            stage.initOwner(owner);
        }
        player.indexProperty().addListener((o, a, b) -> refresh());
        player.lessonProperty().addListener((o, a, b) -> refresh());
        tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> showTime()));
        tick.setCycleCount(Timeline.INDEFINITE);
        stage.setOnHidden(e -> tick.stop());
        stage.setOnShown(e -> tick.play());
        refresh();
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    void close() {
        stage.close();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void restartTimer() {
        startNanos = System.nanoTime();
        showTime();
    }

    private void showTime() {
        long s = (System.nanoTime() - startNanos) / 1_000_000_000L;
        timer.setText(s / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", s % 60));
    }

    private void refresh() {
        Lesson l = player.lesson();
        int k = player.index();
        if (l == null || k < 0) {
            scene.setText("No lesson open");
            notes.setText("");
            cues.setText("");
            next.setText("");
            return;
        }
        LessonScene s = l.scenes().get(k);
        scene.setText((k + 1) + " / " + l.scenes().size() + "  " + s.title());
        notes.setText(s.notes().isEmpty() ? InlineMath.plain(s.narration()) : InlineMath.plain(s.notes()));
        StringBuilder c = new StringBuilder();
        s.cues().forEach(x -> c.append(c.length() == 0 ? "Cues: " : ", then ").append(x.describe()));
        cues.setText(c.toString());
        next.setText(k + 1 < l.scenes().size() ? "Next: " + l.scenes().get(k + 1).title() : "Last scene");
    }

    /** For tests: the texts shown. */
    String notesText() {
        return notes.getText();
    }

    String nextText() {
        return next.getText();
    }

    String timerText() {
        return timer.getText();
    }

    Stage stage() {
        return stage;
    }
}
