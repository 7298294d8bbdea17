package org.likelihoodlab.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.likelihoodlab.math.StabilityBounds;

/**
 * The learning-rate slider with its stability ranges shaded behind it: stable (green) below the
 * local critical learning rate for the current state, oscillating (amber) up to where one step can
 * send the scale below zero, diverging (red) beyond; a mark at the bound. Updates as the run moves.
 */
final class BoundBands extends StackPane {

    private final Slider slider;
    private final Pane back = new Pane();
    private final Rectangle stable = band("#009E73");
    private final Rectangle oscillating = band("#E69F00");
    private final Rectangle diverging = band("#D55E00");
    private final Line mark = new Line();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private StabilityBounds.Bound bound;

    BoundBands(Slider slider, LabModel model) {
        this.slider = slider;
        setId("boundBands");
        mark.setId("boundMark");
        mark.setStroke(Color.web("#333333"));
        mark.setStrokeWidth(2);
        back.getChildren().addAll(stable, oscillating, diverging, mark);
        back.setMouseTransparent(true);
        back.setManaged(false);
        getChildren().addAll(back, slider);
        model.snapshotProperty().addListener((o, a, s) -> {
            if (s != null) {
                update(s);
            }
        });
        widthProperty().addListener((o, a, b) -> relayoutBands());
    }

    private static Rectangle band(String color) {
        Rectangle r = new Rectangle();
        r.setFill(Color.web(color, 0.35));
        return r;
    }

    /** A sentence for the label under the slider. */
    ReadOnlyStringProperty description() {
        return description.getReadOnlyProperty();
    }

    /** @return the bound shown (for tests) */
    StabilityBounds.Bound bound() {
        return bound;
    }

    /**
     * The bound the slider shows: the same computation as the diagnosis and the sweep (the local
     * bound of math.md section 6 at the MLE, for the run's current parameterization and optimizer),
     * so the three never contradict each other.
     */
    static StabilityBounds.Bound boundOf(Snapshot s) {
        return org.likelihoodlab.experiment.Diagnosis.boundAtMle(s.scenario(), s.data());
    }

    private void update(Snapshot s) {
        StabilityBounds.Bound b = boundOf(s);
        // redraw only when the shown numbers change: a moving band every frame costs a repaint
        if (bound != null && same(bound.local(), b.local()) && same(bound.global(), b.global())
                && bound.formula().equals(b.formula())
                && noisy == (s.scenario().mode() != org.likelihoodlab.experiment.Mode.BATCH)) {
            return;
        }
        bound = b;
        noisy = s.scenario().mode() != org.likelihoodlab.experiment.Mode.BATCH;
        if (!Double.isFinite(bound.local())) {
            description.set(s.scenario().optimizer().label() + " has no fixed stability bound: its steps are about "
                    + "\u03b1 per coordinate.");
        } else {
            description.set(sentence(bound, s.scenario()));
        }
        relayoutBands();
    }

    /**
     * The bound in words, saying at which state it holds: at the MLE, for the whole data's
     * gradient. With one sample (or a mini-batch) a step that is only half the story: the noise of
     * the samples moves the run around the MLE by about sd ∝ √α and can carry it out far below the
     * bound, so the sentence says so and points at the sweep, which measures where.
     */
    static String sentence(StabilityBounds.Bound bound, org.likelihoodlab.experiment.Scenario s) {
        String tail = Double.isFinite(bound.global())
                ? ", oscillates up to " + Fields.format(round(bound.global())) + ", diverges above" : "";
        if (s.mode() == org.likelihoodlab.experiment.Mode.BATCH) {
            return String.format(java.util.Locale.ROOT, "At the MLE: stable below %s (%s)%s",
                    Fields.format(round(bound.local())), bound.formula(), tail);
        }
        String per = s.mode() == org.likelihoodlab.experiment.Mode.ONLINE ? "one sample" : "a mini-batch";
        return String.format(java.util.Locale.ROOT, "At the MLE, for the whole data's gradient: stable below %s (%s)%s."
                + " With %s a step the noise (sd \u221d \u221a\u03b1) can throw a run out far below that: the "
                + "sweep shows where", Fields.format(round(bound.local())), bound.formula(), tail, per);
    }

    private static boolean same(double a, double b) {
        return Double.compare(a, b) == 0 || Double.isFinite(a) && Double.isFinite(b) && round(a) == round(b);
    }

    private static double round(double v) {
        return ControlPanel.round3(v);
    }

    /** Maps a learning rate to an x position over the slider's track. */
    private double x(double lr, double left, double width) {
        double t = (Math.log10(lr) - slider.getMin()) / (slider.getMax() - slider.getMin());
        return left + Math.max(0, Math.min(1, t)) * width;
    }

    private void relayoutBands() {
        Node track = slider.lookup(".track");
        if (bound == null || track == null || !Double.isFinite(bound.local())) {
            for (Node n : back.getChildren()) {
                n.setVisible(false);
            }
            return;
        }
        Bounds b = track.getBoundsInParent();
        double left = slider.getLayoutX() + b.getMinX();
        double width = b.getWidth();
        double top = slider.getLayoutY() + b.getMinY() - 5;
        double h = b.getHeight() + 10;
        double lo = Math.pow(10, slider.getMin());
        double hi = Math.pow(10, slider.getMax());
        double xb = x(bound.local(), left, width);
        double xg = Double.isFinite(bound.global()) ? x(bound.global(), left, width) : x(hi, left, width);
        place(stable, x(lo, left, width), xb, top, h);
        // one sample a step: below the bound is only "stable on average", drawn paler
        stable.setOpacity(noisy ? 0.4 : 1);
        place(oscillating, xb, xg, top, h);
        place(diverging, xg, x(hi, left, width), top, h);
        diverging.setVisible(Double.isFinite(bound.global()));
        if ("2 (natural gradient)".equals(bound.formula())) {
            // natural gradient: lr >= 2 diverges outright
            oscillating.setVisible(false);
            place(diverging, xb, x(hi, left, width), top, h);
            diverging.setVisible(true);
        }
        mark.setStartX(xb);
        mark.setEndX(xb);
        mark.setStartY(top - 3);
        mark.setEndY(top + h + 3);
        mark.setVisible(true);
    }

    private static void place(Rectangle r, double x0, double x1, double y, double h) {
        r.setX(Math.min(x0, x1));
        r.setY(y);
        r.setWidth(Math.abs(x1 - x0));
        r.setHeight(h);
        r.setVisible(x1 > x0);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // only the first layout places the bands; later ones come from width changes and snapshots
        Node track = slider.lookup(".track");
        if (!placed && track != null && bound != null) {
            placed = true;
            relayoutBands();
            // the track moves when the text size changes (tick labels) or the panel is resized:
            // the bands follow it, not only the pane's width
            track.boundsInParentProperty().addListener((o, a, b) -> relayoutBands());
            slider.layoutBoundsProperty().addListener((o, a, b) -> relayoutBands());
        }
    }

    private boolean placed;
    private boolean noisy;
}
