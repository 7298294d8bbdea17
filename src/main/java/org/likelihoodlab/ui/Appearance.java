package org.likelihoodlab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import org.likelihoodlab.charts.ChartStyle;

/**
 * Text size, presentation mode and theme of the window, applied through one root CSS font size
 * (everything else is in em) and to every chart (fonts, line weights, colours).
 */
final class Appearance {

    static final double[] SCALES = {1.0, 1.25, 1.5, 1.75, 2.0};
    static final double BASE_FONT_PX = 13;

    final DoubleProperty scale = new SimpleDoubleProperty(1.0);
    final BooleanProperty presentation = new SimpleBooleanProperty(false);
    final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final Parent root;
    private final ChartsPane charts;
    private double scaleBeforePresentation = 1.0;

    Appearance(Parent root, ChartsPane charts, javafx.scene.layout.Region leftPanel) {
        this.root = root;
        this.charts = charts;
        // the control panel grows with the text so labels are not cut off
        leftPanel.prefWidthProperty().bind(scale.multiply(350));
        leftPanel.minWidthProperty().bind(scale.multiply(300));
        scale.addListener((o, a, b) -> apply());
        dark.addListener((o, a, b) -> apply());
        presentation.addListener((o, a, on) -> {
            if (on) {
                scaleBeforePresentation = scale.get();
                if (scale.get() < 1.5) {
                    scale.set(1.5);
                }
            } else {
                scale.set(scaleBeforePresentation);
            }
            apply();
        });
        apply();
    }

    /** Sets the text size, clamped to 1.0-2.0. */
    void setScale(double s) {
        scale.set(Math.max(1.0, Math.min(2.0, s)));
    }

    private void apply() {
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * scale.get()));
        toggleClass("dark", dark.get());
        toggleClass("presentation", presentation.get());
        charts.setStyle(new ChartStyle(scale.get(), presentation.get() ? 1.8 : 1.0, dark.get()));
    }

    private void toggleClass(String c, boolean on) {
        if (on && !root.getStyleClass().contains(c)) {
            root.getStyleClass().add(c);
        } else if (!on) {
            root.getStyleClass().remove(c);
        }
    }
}
