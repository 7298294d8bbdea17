package org.likelihoodlab.ui;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.function.BiFunction;
import javafx.animation.PauseTransition;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.AbstractMouseHandlerFX;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.likelihoodlab.charts.ChartZoom;

/**
 * One chart that is not redrawn every frame (sweep, stability map, update map) in jfreechart-fx's
 * {@link ChartViewer}, drawn at the screen's output scale. The wheel zooms about the pointer, a drag
 * pans, a double-click (or Ctrl+0, or "Zoom to fit") restores the figure's ranges, Ctrl+= and Ctrl+-
 * zoom the focused chart; a crosshair follows the pointer with a label the owner words; a single
 * click (not a drag) is handed to the owner with the data coordinates under it, once it is sure no
 * second click of a double-click follows. The crosshair is {@link ChartCrosshair}, the context
 * menu {@link ChartViewMenu}'s.
 */
final class ChartView extends StackPane {

    /** A click on the chart, in data coordinates. */
    interface Pick {
        void at(double x, double y, boolean shift);
    }

    /** Wheel zoom per notch (40 pixels of scroll): the ranges become 80 % as wide, or 125 %. */
    static final double NOTCH = 0.8;
    /** How long a single click waits for a second one before it counts. */
    static final Duration DOUBLE_CLICK = Duration.millis(300);

    private final ChartViewer viewer;
    private final ChartZoom zoom;
    private final ChartCrosshair crosshair = new ChartCrosshair();
    private final PauseTransition pending = new PauseTransition(DOUBLE_CLICK);
    private BiFunction<Double, Double, String> words = (x, y) -> null;
    private Pick pick = (x, y, shift) -> { };

    ChartView(String id, JFreeChart chart) {
        setId(id);
        viewer = new ChartViewer(chart);
        viewer.setId(id + "Viewer");
        zoom = new ChartZoom(chart);
        pannable(chart);
        ChartCanvas canvas = viewer.getCanvas();
        // a plain drag pans (jfreechart-fx's own plain drag draws a zoom box; Alt+drag pans there too)
        canvas.removeMouseHandler(canvas.getMouseHandler("zoom"));
        canvas.addMouseHandler(new PanHandlerFX("drag-pan"));
        canvas.removeAuxiliaryMouseHandler(canvas.getMouseHandler("scroll"));
        canvas.addAuxiliaryMouseHandler(new WheelZoom());
        canvas.setTooltipEnabled(false);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> zoom.gestureStarts());
        // a click focuses the chart for its keys (the tab pane around it would take the focus back)
        viewer.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            viewer.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY) {
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> zoom.gestureEnded());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hoverAt(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                clicked(e.getTrigger());
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
                // the canvas' own handler words the hover
            }
        });
        viewer.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        crosshair.setUp(id);
        Pane overlay = crosshair.overlay();
        getChildren().addAll(viewer, overlay);
        viewer.focusedProperty().addListener((o, a, b) -> setStyle(b ? "-fx-border-color: #5b9bd5; -fx-border-width: 1;"
                : "-fx-border-color: transparent; -fx-border-width: 1;"));
        setStyle("-fx-border-color: transparent; -fx-border-width: 1;");
        pending.setOnFinished(e -> firePick());
    }

    /** The context menu's actions (set by {@link ChartViewMenu}). */
    ChartViewMenu menu;

    ChartViewMenu menu() {
        return menu;
    }

    ChartViewer viewer() {
        return viewer;
    }

    JFreeChart chart() {
        return viewer.getChart();
    }

    ChartZoom zoom() {
        return zoom;
    }

    /** Shows another chart (not zoomed). */
    void setChart(JFreeChart chart) {
        if (chart != viewer.getChart()) {
            zoom.setChart(chart);
            pannable(chart);
            viewer.setChart(chart);
        }
    }

    private static void pannable(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot p) {
            p.setDomainPannable(true);
            p.setRangePannable(true);
        }
    }

    /** @param words the hover label's text for the data point (x, y) under the pointer, or null for none */
    void setHover(BiFunction<Double, Double, String> words) {
        this.words = words;
    }

    void setOnPick(Pick pick) {
        this.pick = pick;
    }

    /** Redraws the chart now (after a change that fired no event, e.g. a new style). */
    void redraw() {
        viewer.getCanvas().draw();
    }

    /** @return the data area of the last drawing, in the canvas' pixels, or null before it */
    Rectangle2D dataArea() {
        var info = viewer.getRenderingInfo();
        return info == null || info.getPlotInfo() == null ? null : info.getPlotInfo().getDataArea();
    }

    /** @return the data coordinates (x, y) under a point of the canvas, or null outside the data area */
    double[] valueAt(double px, double py) {
        Rectangle2D area = dataArea();
        if (area == null || !area.contains(px, py) || !(chart().getPlot() instanceof XYPlot p)) {
            return null;
        }
        return new double[] {p.getDomainAxis().java2DToValue(px, area, RectangleEdge.BOTTOM),
            p.getRangeAxis().java2DToValue(py, area, RectangleEdge.LEFT)};
    }

    /** @return where a data point is on the screen (for tests that point at it), or null before a drawing */
    javafx.geometry.Point2D screenPointOf(double x, double y) {
        Rectangle2D area = dataArea();
        if (area == null || !(chart().getPlot() instanceof XYPlot p)) {
            return null;
        }
        return viewer.getCanvas().localToScreen(p.getDomainAxis().valueToJava2D(x, area, RectangleEdge.BOTTOM),
                p.getRangeAxis().valueToJava2D(y, area, RectangleEdge.LEFT));
    }

    /** A point of the chart's data: its series' name and coordinates. */
    record Shown(String series, double x, double y) {
    }

    /**
     * @return the shown point of any series nearest on the screen to the data point (x, y), within
     *     {@code reach} pixels, or null
     */
    Shown nearest(double x, double y, double reach) {
        Rectangle2D area = dataArea();
        if (area == null || !(chart().getPlot() instanceof XYPlot p)) {
            return null;
        }
        Shown best = null;
        double bestD = reach * reach;
        for (int d = 0; d < p.getDatasetCount(); d++) {
            var data = p.getDataset(d);
            var r = data == null ? null : p.getRendererForDataset(data);
            if (r == null) {
                continue;
            }
            var xa = p.getDomainAxisForDataset(d);
            var ya = p.getRangeAxisForDataset(d);
            double px = xa.valueToJava2D(x, area, RectangleEdge.BOTTOM);
            double py = ya.valueToJava2D(y, area, RectangleEdge.LEFT);
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (!r.isSeriesVisible(s)) {
                    continue;
                }
                for (int i = 0; i < data.getItemCount(s); i++) {
                    double dx = xa.valueToJava2D(data.getXValue(s, i), area, RectangleEdge.BOTTOM) - px;
                    double dy = ya.valueToJava2D(data.getYValue(s, i), area, RectangleEdge.LEFT) - py;
                    if (dx * dx + dy * dy < bestD) {
                        bestD = dx * dx + dy * dy;
                        best = new Shown(String.valueOf(data.getSeriesKey(s)), data.getXValue(s, i),
                                data.getYValue(s, i));
                    }
                }
            }
        }
        return best;
    }

    /** Zooms both axes about the middle of the data area (below 1: in). */
    void zoomBy(double factor) {
        var info = viewer.getRenderingInfo();
        zoom.zoom(factor, info == null ? null : info.getPlotInfo(), null);
    }

    /** The figure's own ranges again. */
    void restore() {
        zoom.restore();
    }

    private void key(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.EQUALS || k == KeyCode.PLUS || k == KeyCode.ADD) {
            zoomBy(NOTCH);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            zoomBy(1 / NOTCH);
        } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
            restore();
        } else {
            return;
        }
        e.consume();
    }

    private double pickX;
    private double pickY;
    private boolean pickShift;

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;   // a drag (a pan) or another button
        }
        if (e.getClickCount() >= 2) {
            pending.stop();
            restore();
            return;
        }
        double[] v = valueAt(e.getX(), e.getY());
        if (v == null) {
            return;
        }
        pickX = v[0];
        pickY = v[1];
        pickShift = e.isShiftDown();
        pending.playFromStart();
    }

    private void firePick() {
        pick.at(pickX, pickY, pickShift);
    }

    private void hoverAt(double px, double py) {
        double[] v = valueAt(px, py);
        String text = v == null ? null : words.apply(v[0], v[1]);
        Rectangle2D area = dataArea();
        if (v == null || area == null) {
            hideHover();
            return;
        }
        double ox = viewer.getCanvas().getLayoutX() + getInsets().getLeft();
        double oy = viewer.getCanvas().getLayoutY() + getInsets().getTop();
        crosshair.show(ox, oy, px, py, area, text);
    }

    private void hideHover() {
        crosshair.hide();
    }

    /** @return the hover label's text, or "" while it is hidden */
    String hoverText() {
        return crosshair.text();
    }

    /**
     * The wheel zooms both axes about the pointer, in proportion to the scroll (a touchpad's small
     * steps zoom a little); up (a positive deltaY) zooms in. jfreechart-fx's ScrollHandlerFX zooms out on wheel-up and
     * counts any scroll, however small, as a whole notch.
     */
    private final class WheelZoom extends AbstractMouseHandlerFX {
        WheelZoom() {
            super("scroll", false, false, false, false);
        }

        @Override
        public void handleScroll(ChartCanvas canvas, ScrollEvent e) {
            PlotRenderingInfo info = canvas.getRenderingInfo() == null ? null : canvas.getRenderingInfo().getPlotInfo();
            if (info == null || e.getDeltaY() == 0 || !info.getDataArea().contains(e.getX(), e.getY())) {
                return;
            }
            // a wheel's notch is one multiplier's worth (40 pixels on GTK); a touchpad sends fractions
            double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40.0);
            zoom.zoom(Math.pow(NOTCH, Math.max(-5, Math.min(5, notches))), info, new Point2D.Double(e.getX(), e.getY()));
            e.consume();
        }
    }
}
