package org.likelihoodlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The scrubber under the charts: a slider over the run's history (0 to the step it reached), the
 * step looked at ("step 109 of 2 000"), one step back and forward, and Live. It works while every
 * run is paused or stopped; while a run plays it is greyed, with a hint.
 */
final class TimelineBar extends HBox {

    private final Timeline timeline;
    private final Slider slider = new Slider(0, 0, 0);
    private final Label label = new Label();
    private final Button back = new Button("\u25c0");
    private final Button forward = new Button("\u25b6");
    private final Button live = new Button("Live");
    /** Set while the slider is moved to follow the timeline, not by the user. */
    private boolean following;

    TimelineBar(Timeline timeline) {
        this.timeline = timeline;
        setId("timelineBar");
        getStyleClass().add("timeline-bar");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(0, 4, 0, 4));
        slider.setId("timelineSlider");
        slider.setFocusTraversable(false);   // ← and → stay the window's (see LabWindow)
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        label.setId("timelineLabel");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        back.setId("timelineBack");
        forward.setId("timelineForward");
        live.setId("timelineLive");
        for (Button b : new Button[] {back, forward, live}) {
            b.setFocusTraversable(false);
        }
        back.setTooltip(new Tooltip("One step back (\u2190; Shift+\u2190: ten)"));
        forward.setTooltip(new Tooltip("One step forward (\u2192; Shift+\u2192: ten)"));
        live.setTooltip(new Tooltip("Back to where the run is (End); Play goes on from there"));
        slider.setTooltip(new Tooltip("Drag through the run's history: every chart shows the chosen step"));
        back.setOnAction(e -> timeline.back(1));
        forward.setOnAction(e -> timeline.forward(1));
        live.setOnAction(e -> timeline.live());
        slider.valueProperty().addListener((o, a, v) -> {
            if (!following) {
                timeline.goTo(Math.round(v.doubleValue()));
            }
        });
        getChildren().addAll(back, slider, forward, label, live);
        timeline.stepProperty().addListener((o, a, b) -> follow());
        timeline.endProperty().addListener((o, a, b) -> follow());
        timeline.plannedProperty().addListener((o, a, b) -> follow());
        timeline.browsableProperty().addListener((o, a, b) -> follow());
        follow();
    }

    /** Puts the slider, the label and the buttons where the timeline is. */
    private void follow() {
        boolean can = timeline.browsableProperty().get();
        if (!can) {
            // while a run plays: greyed with the hint, and no work each frame
            slider.setDisable(true);
            back.setDisable(true);
            forward.setDisable(true);
            live.setDisable(!timeline.isActive());
            label.setText("Pause to step through the run's history (\u2190 \u2192)");
            if (!label.getStyleClass().contains("hint")) {
                label.getStyleClass().add("hint");
            }
            return;
        }
        long end = timeline.endProperty().get();
        long at = timeline.isActive() ? timeline.stepProperty().get() : end;
        following = true;
        try {
            slider.setMax(Math.max(end, 1));
            slider.setValue(at);
            // about one tick a tenth of the way, on whole steps
            slider.setMajorTickUnit(Math.max(1, end / 10.0));
            slider.setBlockIncrement(1);
        } finally {
            following = false;
        }
        slider.setDisable(false);
        back.setDisable(at <= 0);
        forward.setDisable(!timeline.isActive());
        live.setDisable(!timeline.isActive());
        label.setText("step " + grouped(at) + " of " + grouped(timeline.plannedProperty().get())
                + (timeline.isActive() ? "" : " (live)"));
        label.getStyleClass().remove("hint");
    }

    /** @return a step count with its thousands apart: "2 000" */
    static String grouped(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    Slider slider() {
        return slider;
    }

    Label label() {
        return label;
    }
}
