package org.likelihoodlab.ui;

import java.nio.IntBuffer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import org.likelihoodlab.charts.ChartSlot;
import org.likelihoodlab.charts.PlotGeometry;

/**
 * One live chart on screen: the image the painter drew (at the screen's output scale, shown at
 * layout size, so it is crisp at 125, 150 or 200 %) and, over it, what follows the pointer at
 * once without a redraw: a crosshair with the value under the pointer, the path a dragged start
 * would take, and a "zoom to fit" button while the chart is zoomed.
 */
final class ChartCell extends Pane {

    private final ChartSlot slot;
    private final ImageView view = new ImageView();
    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;
    private PlotGeometry geometry;
    private final Line across = crosshair();
    private final Line up = crosshair();
    private final Label readout = new Label();
    private final Polyline preview = new Polyline();
    private final Button fit = new Button("\u2922 Fit");
    private final javafx.scene.Group handles = new javafx.scene.Group();

    ChartCell(ChartSlot slot) {
        this.slot = slot;
        setId(slot.id());
        setMinSize(200, 150);
        setPrefSize(480, 320);
        view.setSmooth(true);
        readout.getStyleClass().add("chart-readout");
        readout.setId(slot.id() + "Readout");
        readout.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-text-fill: #222;"
                + " -fx-border-color: #888; -fx-padding: 2 5 2 5;");
        readout.setMouseTransparent(true);
        readout.setVisible(false);
        preview.setId(slot.id() + "Preview");
        preview.setStroke(Color.web("#ff4fd8"));
        preview.setStrokeWidth(2);
        preview.getStrokeDashArray().setAll(6.0, 4.0);
        preview.setMouseTransparent(true);
        preview.setVisible(false);
        fit.setId(slot.id() + "Fit");
        fit.setFocusTraversable(false);
        fit.setTooltip(new Tooltip("Zoom to fit: the automatic ranges again (double-click, Ctrl+0)"));
        fit.setPadding(new Insets(1, 6, 1, 6));
        fit.setVisible(false);
        handles.setMouseTransparent(true);
        handles.setVisible(false);
        getChildren().addAll(view, handles, preview, across, up, readout, fit);
        // the handles show while the pointer is over the chart: the chart says what can be dragged
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> handles.setVisible(true));
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> handles.setVisible(false));
        // a click on a chart takes the focus from a text field, so Space plays again, and keeps
        // it for the chart's zoom keys (the tab pane around it would take it otherwise)
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            e.consume();
        });
        setFocusTraversable(true);
    }

    private static Line crosshair() {
        Line l = new Line();
        l.setStroke(Color.gray(0.35, 0.8));
        l.getStrokeDashArray().setAll(3.0, 3.0);
        l.setMouseTransparent(true);
        l.setVisible(false);
        return l;
    }

    ChartSlot slot() {
        return slot;
    }

    Button fitButton() {
        return fit;
    }

    /** @return where the chart on screen put its data, or {@code null} before it was drawn */
    PlotGeometry geometry() {
        return geometry;
    }

    /** @return the image on screen, or {@code null} */
    WritableImage image() {
        return image;
    }

    /** Shows finished pixels: {@code w} x {@code h} device pixels drawn at {@code scale} per layout pixel. */
    void show(int[] px, int w, int h, double scale, PlotGeometry g) {
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            // the image shares a buffer in the painter's own pixel format: a frame is one
            // bulk copy, with no conversion per pixel on the FX thread
            buffer = new PixelBuffer<>(w, h, IntBuffer.allocate(w * h), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
            view.setImage(image);
        }
        view.setFitWidth(w / scale);
        view.setFitHeight(h / scale);
        IntBuffer target = buffer.getBuffer();
        buffer.updateBuffer(b -> {
            target.clear();
            target.put(px, 0, w * h);
            target.rewind();
            return null;
        });
        geometry = g;
    }

    /** Shows the crosshair at a pointer position (layout pixels) with a text, or hides it ({@code null}). */
    void hover(double px, double py, String text) {
        PlotGeometry g = geometry;
        boolean on = text != null && g != null;
        across.setVisible(on);
        up.setVisible(on);
        readout.setVisible(on);
        if (!on) {
            return;
        }
        double cx = Math.max(g.left(), Math.min(g.left() + g.width(), px));
        double cy = Math.max(g.top(), Math.min(g.top() + g.height(), py));
        across.setStartX(g.left());
        across.setEndX(g.left() + g.width());
        across.setStartY(cy);
        across.setEndY(cy);
        up.setStartX(cx);
        up.setEndX(cx);
        up.setStartY(g.top());
        up.setEndY(g.top() + g.height());
        readout.setText(text);
        readout.autosize();
        double w = readout.prefWidth(-1);
        double h = readout.prefHeight(w);
        // beside the pointer, flipped to stay inside the chart
        double lx = cx + 14 + w > getWidth() ? cx - 14 - w : cx + 14;
        double ly = cy + 14 + h > getHeight() ? cy - 14 - h : cy + 14;
        readout.relocate(Math.max(0, lx), Math.max(0, ly));
    }

    /** @return the readout's text while it is shown, else {@code null} */
    String readoutText() {
        return readout.isVisible() ? readout.getText() : null;
    }

    /** Draws a path given in data coordinates over the chart (a dragged start's path), or hides it ({@code null}). */
    void preview(double[] xs, double[] ys) {
        PlotGeometry g = geometry;
        if (xs == null || g == null) {
            preview.setVisible(false);
            return;
        }
        Double[] pts = new Double[2 * xs.length];
        int k = 0;
        for (int i = 0; i < xs.length; i++) {
            double x = g.xPixel(xs[i]);
            double y = g.yPixel(ys[i]);
            if (Double.isFinite(x) && Double.isFinite(y)) {
                // far outside the chart only costs the rasterizer: clamp a little beyond its edges
                pts[k++] = Math.max(-50, Math.min(getWidth() + 50, x));
                pts[k++] = Math.max(-50, Math.min(getHeight() + 50, y));
            }
        }
        preview.getPoints().setAll(java.util.Arrays.copyOf(pts, k));
        preview.setClip(new javafx.scene.shape.Rectangle(g.left(), g.top(), g.width(), g.height()));
        preview.setVisible(true);
    }

    /** @return the preview path's points in layout pixels (x, y, x, y...), empty when hidden */
    java.util.List<Double> previewPoints() {
        return preview.isVisible() ? java.util.List.copyOf(preview.getPoints()) : java.util.List.of();
    }

    /** Places the draggable handles at these data points ({x, y} each). */
    void handles(java.util.List<double[]> points) {
        PlotGeometry g = geometry;
        if (g == null) {
            return;
        }
        while (handles.getChildren().size() < points.size()) {
            javafx.scene.shape.Circle c = new javafx.scene.shape.Circle(6, Color.color(1, 1, 1, 0.55));
            c.setStroke(Color.web("#222"));
            c.setStrokeWidth(1.5);
            c.getStyleClass().add("chart-handle");
            handles.getChildren().add(c);
        }
        for (int i = 0; i < handles.getChildren().size(); i++) {
            javafx.scene.Node n = handles.getChildren().get(i);
            boolean on = i < points.size() && g.inside(g.xPixel(points.get(i)[0]), g.yPixel(points.get(i)[1]));
            n.setVisible(on);
            if (on) {
                n.relocate(g.xPixel(points.get(i)[0]) - 6, g.yPixel(points.get(i)[1]) - 6);
            }
        }
    }

    /** Shows the fit button while the chart is zoomed. */
    void setZoomed(boolean zoomed) {
        fit.setVisible(zoomed);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        fit.autosize();
        PlotGeometry g = geometry;
        double right = g == null ? getWidth() - 6 : g.left() + g.width() - 4;
        double top = g == null ? 6 : g.top() + 4;
        fit.relocate(right - fit.getWidth(), top);
    }
}
