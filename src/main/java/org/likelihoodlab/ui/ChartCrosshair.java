package org.likelihoodlab.ui;

import java.awt.geom.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * The crosshair of a {@link ChartView}: two dashed lines through the pointer across the data area,
 * and a label beside the pointer (the owner's words for the point), turned to stay inside the
 * data area. It lies over the chart and lets the mouse through.
 */
final class ChartCrosshair {

    private final Line across = new Line();
    private final Line down = new Line();
    private final Label hover = new Label();

    /**
     * Styles the lines and the label, hidden.
     *
     * @param id the chart's id; the label's is id + "Hover"
     */
    void setUp(String id) {
        for (Line l : new Line[] {across, down}) {
            l.getStyleClass().add("chart-crosshair");
            l.setStyle("-fx-stroke: rgba(0,0,0,0.45); -fx-stroke-dash-array: 4 3;");
            l.setManaged(false);
            l.setVisible(false);
        }
        hover.setId(id + "Hover");
        hover.getStyleClass().add("chart-hover");
        hover.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-border-color: #888; -fx-padding: 2 5;");
        hover.setManaged(false);
        hover.setVisible(false);
    }

    /** @return the layer that holds the crosshair, over the chart */
    Pane overlay() {
        Pane overlay = new Pane(across, down, hover);
        overlay.setMouseTransparent(true);
        return overlay;
    }

    /**
     * Shows the crosshair at the pointer.
     *
     * @param ox the data area's origin in the overlay; @param oy likewise
     * @param px the pointer in the canvas' pixels; @param py likewise
     * @param area the data area, in the canvas' pixels
     * @param text the label's text, or null for none
     */
    void show(double ox, double oy, double px, double py, Rectangle2D area, String text) {
        across.setStartX(ox + area.getMinX());
        across.setEndX(ox + area.getMaxX());
        across.setStartY(oy + py);
        across.setEndY(oy + py);
        down.setStartX(ox + px);
        down.setEndX(ox + px);
        down.setStartY(oy + area.getMinY());
        down.setEndY(oy + area.getMaxY());
        across.setVisible(true);
        down.setVisible(true);
        hover.setVisible(text != null);
        if (text != null) {
            hover.setText(text);
            hover.autosize();
            double w = hover.prefWidth(-1);
            double h = hover.prefHeight(-1);
            hover.resize(w, h);
            // beside the pointer, turned to stay inside the data area
            double x = px + 12 + w > area.getMaxX() ? px - 12 - w : px + 12;
            double y = py - 12 - h < area.getMinY() ? py + 12 : py - 12 - h;
            hover.relocate(ox + Math.max(area.getMinX(), x), oy + y);
        }
    }

    void hide() {
        across.setVisible(false);
        down.setVisible(false);
        hover.setVisible(false);
    }

    /** @return the label's text, or "" while it is hidden */
    String text() {
        return hover.isVisible() ? hover.getText() : "";
    }
}
