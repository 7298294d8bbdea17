package org.likelihoodlab.ui;

import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.likelihoodlab.experiment.lesson.InlineMath;

/**
 * A narration's inline maths as JavaFX text: the spans of {@link InlineMath}, superscripts and
 * subscripts set smaller and raised or lowered, in a {@link TextFlow} that wraps to its width.
 */
final class NarrationText {

    private static final double SMALL = 0.7;

    private NarrationText() {
    }

    /** Replaces the flow's text by the narration at a font size in pixels. */
    static void fill(TextFlow flow, String narration, double px) {
        flow.getChildren().clear();
        Font normal = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, FontPosture.REGULAR, px);
        Font small = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, FontPosture.REGULAR, px * SMALL);
        for (InlineMath.Span s : InlineMath.spans(narration)) {
            Text t = new Text(s.text());
            t.getStyleClass().add("narration-text");
            t.setFont(s.shift() == 0 ? normal : small);
            if (s.shift() != 0) {
                t.setTranslateY(s.shift() > 0 ? -px * 0.38 : px * 0.2);
            }
            flow.getChildren().add(t);
        }
    }

    /** @return the flow's text as typed characters (what a test reads) */
    static String text(TextFlow flow) {
        StringBuilder b = new StringBuilder();
        flow.getChildren().forEach(n -> b.append(n instanceof Text t ? t.getText() : ""));
        return b.toString();
    }
}
