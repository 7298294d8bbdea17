package org.likelihoodlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.TextFlow;
import org.likelihoodlab.experiment.lesson.Lesson;
import org.likelihoodlab.experiment.lesson.LessonScene;

/**
 * Lesson mode's caption band under the charts: the scene's title, "scene k of N" with a dot per
 * scene (click one to go there), the narration in large type with its inline maths, what the
 * cues are doing, and the buttons (previous, reset scene, next, speaker notes, leave).
 */
final class LessonBand extends VBox {

    /** The narration's size against the window's text size. */
    static final double NARRATION_EM = 1.7;

    private final LessonPlayer player;
    private final Label title = new Label();
    private final Label position = new Label();
    private final HBox dots = new HBox(6);
    private final TextFlow narration = new TextFlow();
    private final Label cue = new Label();
    private final Label problems = new Label();
    private double fontPx = Appearance.BASE_FONT_PX;

    LessonBand(LessonPlayer player, Runnable notes, Runnable leave) {
        this.player = player;
        setId("lessonBand");
        getStyleClass().add("lesson-band");
        setSpacing(6);
        setPadding(new Insets(8, 12, 8, 12));
        setStyle("-fx-background-color: -fx-control-inner-background; -fx-border-color: -fx-box-border; "
                + "-fx-border-width: 1 0 0 0;");
        title.setId("lessonSceneTitle");
        title.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        position.setId("lessonPosition");
        dots.setId("lessonDots");
        dots.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, spacer, position, dots);
        top.setAlignment(Pos.CENTER_LEFT);
        narration.setId("lessonNarration");
        narration.setLineSpacing(4);
        cue.setId("lessonCue");
        cue.setStyle("-fx-opacity: 0.75;");
        cue.textProperty().bind(player.cueTextProperty());
        problems.setId("lessonProblems");
        problems.getStyleClass().add("error-message");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        Button prev = button("lessonPrevious", "\u25c0 Previous (PgUp)", player::previous);
        Button reset = button("lessonReset", "Reset scene", player::resetScene);
        Button next = button("lessonNext", "Next (PgDn) \u25b6", player::next);
        Button notesButton = button("lessonNotesButton", "Speaker notes", notes);
        Button leaveButton = button("lessonLeave", "Leave (Esc)", leave);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, prev, reset, next, cue, gap, notesButton, leaveButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, narration, problems, buttons);
        player.indexProperty().addListener((o, a, b) -> refresh());
        player.lessonProperty().addListener((o, a, b) -> refresh());
        // the narration wraps to the band's width
        narration.prefWidthProperty().bind(widthProperty().subtract(24));
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);   // the keys belong to the lesson, not to a focused button
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The window's text size changed: the narration follows. */
    void setFontPx(double px) {
        fontPx = px;
        refresh();
    }

    /** Lists the scenes of the lesson file that could not be read (empty: none). */
    void setProblems(String text) {
        problems.setText(text);
    }

    private void refresh() {
        Lesson l = player.lesson();
        int k = player.index();
        dots.getChildren().clear();
        if (l == null || k < 0) {
            title.setText("");
            position.setText("");
            narration.getChildren().clear();
            return;
        }
        LessonScene s = l.scenes().get(k);
        title.setText(s.title());
        position.setText("scene " + (k + 1) + " of " + l.scenes().size());
        NarrationText.fill(narration, s.narration(), fontPx * NARRATION_EM);
        for (int i = 0; i < l.scenes().size(); i++) {
            Circle c = new Circle(5);
            c.setStroke(Color.web("#0072B2"));
            c.setFill(i == k ? Color.web("#0072B2") : Color.TRANSPARENT);
            c.setId("lessonDot" + (i + 1));
            int to = i;
            c.setOnMouseClicked(e -> player.show(to));
            dots.getChildren().add(c);
        }
    }

    /** @return the narration as shown (for tests) */
    String narrationText() {
        return NarrationText.text(narration);
    }

    TextFlow narration() {
        return narration;
    }
}
