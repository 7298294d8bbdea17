package org.likelihoodlab.ui;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.likelihoodlab.charts.RunFigures;

/**
 * The four live charts in a 2x2 grid: mean, scale, log-likelihood, data and density. A
 * {@link ChartPainter} draws them off the FX thread; once a frame this pane passes it the latest
 * snapshot and shows the newest finished images.
 */
final class ChartsPane extends GridPane {

    static final String[] IDS = {"meanChart", "scaleChart", "logLikChart", "densityChart"};

    private final Pane[] cells = new Pane[4];
    private final ImageView[] views = new ImageView[4];
    private final WritableImage[] images = new WritableImage[4];
    private final ChartPainter painter = new ChartPainter();
    private Snapshot offered;
    private long shownVersion = -1;

    ChartsPane(LabModel model) {
        setId("chartsPane");
        setHgap(4);
        setVgap(4);
        for (int i = 0; i < 4; i++) {
            views[i] = new ImageView();
            cells[i] = new Pane(views[i]);
            cells[i].setId(IDS[i]);
            cells[i].getStyleClass().add("chart-cell");
            cells[i].setMinSize(200, 150);
            cells[i].setPrefSize(480, 320);
            cells[i].widthProperty().addListener((o, a, b) -> sizesChanged());
            cells[i].heightProperty().addListener((o, a, b) -> sizesChanged());
            add(cells[i], i % 2, i / 2);
        }
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(r);
        }
    }

    private void sizesChanged() {
        int[] w = new int[4];
        int[] h = new int[4];
        for (int i = 0; i < 4; i++) {
            w[i] = (int) Math.floor(cells[i].getWidth());
            h[i] = (int) Math.floor(cells[i].getHeight());
        }
        painter.setSizes(w, h);
    }

    /** Once a frame: hands over the latest snapshot and shows finished images. */
    void frame(Snapshot s) {
        if (s != null && s != offered) {
            offered = s;
            painter.offer(s);
        }
        ChartPainter.Frame f = painter.take();
        if (f == null) {
            return;
        }
        for (int i = 0; i < 4; i++) {
            int[] px = f.pixels()[i];
            if (px == null) {
                continue;
            }
            int w = f.widths()[i];
            int h = f.heights()[i];
            if (images[i] == null || (int) images[i].getWidth() != w || (int) images[i].getHeight() != h) {
                images[i] = new WritableImage(w, h);
                views[i].setImage(images[i]);
            }
            images[i].getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), px, 0, w);
        }
        shownVersion = f.version();
    }

    /** @return the snapshot version whose charts are on screen, or -1 */
    long shownVersion() {
        return shownVersion;
    }

    /** @return the figures the painter last drew (for tests) */
    RunFigures figures() {
        return painter.figures();
    }

    ChartPainter painter() {
        return painter;
    }

    void setFontScale(double scale) {
        painter.setFontScale(scale);
    }

    void shutdown() {
        painter.shutdown();
    }
}
