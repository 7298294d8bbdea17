package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.likelihoodlab.experiment.Columns;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Surfaces;

/**
 * The 2-D run's log-likelihood over the means (mu1, mu2) at the current Sigma: a viridis heatmap
 * with contours and a colour bar, the mean's path with its start and current point, the other
 * runs of a race, the MLE and the truth.
 */
final class MeanSurfaceChart {
    /** Indices into a trajectory's rows (steps first). */
    private static final int STEP_ROW = Columns.STEP_ROW;
    private static final int MU1_ROW = Columns.inRow(Columns.MU1);
    private static final int MU2_ROW = Columns.inRow(Columns.MU2);
    static final int GRID = 200;

    private final JFreeChart surface;
    private final EqualAspectPlot sPlot;
    private final ArrayXYDataset meanPath = new ArrayXYDataset("mean path");
    private final ArrayXYDataset otherPaths = new ArrayXYDataset("run 1", "run 2", "run 3", "run 4", "run 5", "run 6");
    private final Annotations.Heatmap heatmap = new Annotations.Heatmap();
    private final PaintScaleLegend legend;

    MeanSurfaceChart() {
        NumberAxis sx = RunFigures.rootTicks(new NumberAxis("\u03bc\u2081"), false);
        sx.setAutoRangeIncludesZero(false);
        NumberAxis sy = RunFigures.rootTicks(new NumberAxis("\u03bc\u2082"), false);
        sy.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer sr = new XYLineAndShapeRenderer(true, false);
        sr.setSeriesPaint(0, Color.WHITE);
        sr.setSeriesStroke(0, Palette.line(2f));
        sr.setDefaultCreateEntities(false);
        sPlot = new EqualAspectPlot(meanPath, sx, sy, sr);
        XYLineAndShapeRenderer or = new XYLineAndShapeRenderer(true, false);
        or.setDefaultStroke(Palette.line(2f));
        or.setAutoPopulateSeriesStroke(false);
        or.setDefaultCreateEntities(false);
        sPlot.setDataset(1, otherPaths);
        sPlot.setRenderer(1, or);
        EllipseFigure.style(sPlot);
        sPlot.setBackgroundPaint(new Color(0xEEEEEE));
        surface = new JFreeChart("\u2113(\u03bc\u2081, \u03bc\u2082) at the current \u03a3",
                new Font(Font.SANS_SERIF, Font.BOLD, 14), sPlot, false);
        surface.setBackgroundPaint(Color.WHITE);
        legend = new PaintScaleLegend(new Viridis(0, 1),
                RunFigures.rootTicks(new NumberAxis("\u2113"), false));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 30, 4);
        legend.setStripWidth(12);
        legend.setBackgroundPaint(Color.WHITE);
        surface.addSubtitle(legend);
    }

    JFreeChart chart() {
        return surface;
    }

    /** Draws the mean paths of the race's other runs, each in its colour (empty: none). */
    void showOthers(List<RunLine> race) {
        XYLineAndShapeRenderer or = (XYLineAndShapeRenderer) sPlot.getRenderer(1);
        for (int k = 0; k < 6; k++) {
            boolean shown = k < race.size() && !race.get(k).selected() && race.get(k).view().dim() == 2;
            double[][] rb = shown ? race.get(k).view().rows() : null;
            otherPaths.setSeries(k, rb == null ? new double[0] : rb[MU1_ROW], rb == null ? new double[0] : rb[MU2_ROW]);
            if (shown) {
                or.setSeriesPaint(k, race.get(k).colour(), false);
            }
        }
        otherPaths.changed();
    }

    /**
     * The square region of means the surface shows (shared with the 3-D view): the path and the
     * MLE, at least one standard deviation wide, with a margin.
     *
     * @return {x0, x1, y0, y1} in (mu1, mu2)
     */
    static double[] meanRange(RunView v) {
        double[][] rows = v.rows();
        double[] mle = v.mle();
        double x0 = mle[0];
        double x1 = mle[0];
        double y0 = mle[1];
        double y1 = mle[1];
        for (int i = 0; i < rows[STEP_ROW].length; i++) {
            x0 = Math.min(x0, rows[MU1_ROW][i]);
            x1 = Math.max(x1, rows[MU1_ROW][i]);
            y0 = Math.min(y0, rows[MU2_ROW][i]);
            y1 = Math.max(y1, rows[MU2_ROW][i]);
        }
        double w = Math.max(Math.max(x1 - x0, y1 - y0), Math.sqrt(Math.max(mle[2], mle[4])));
        double cx = 0.5 * (x0 + x1);
        double cy = 0.5 * (y0 + y1);
        return new double[] {cx - 0.65 * w, cx + 0.65 * w, cy - 0.65 * w, cy + 0.65 * w};
    }

    /** Shows the run: the surface at its current Sigma, its path and points, and the race's runs. */
    void show(RunView v, List<RunLine> race) {
        double[][] rows = v.rows();
        double[] mle = v.mle();
        double[] r = meanRange(v);
        double w = (r[1] - r[0]) / 1.3;
        double cx = 0.5 * (r[0] + r[1]);
        double[] c = v.reported();
        // the grid reaches wider than the region asked for: drawn at equal aspect, a chart wider than
        // tall shows more of mu1 (up to 1.85 times)
        double[] g = {cx - 1.2 * w, cx + 1.2 * w, r[2], r[3]};
        int nx = (int) Math.round(GRID * 1.85);
        double[] values = Surfaces.grid2(v.data().moments(), c[2], c[3], c[4], g[0], g[1], g[2], g[3], nx, GRID);
        double[] b = HeightField.bounds(values);
        double bottom = b[0];
        double top = b[1];
        sPlot.clearAnnotations();
        XYLineAndShapeRenderer under = (XYLineAndShapeRenderer) sPlot.getRenderer();
        under.removeAnnotations();
        if (Double.isFinite(top) && bottom < top) {
            Viridis cmap = new Viridis(bottom, top);
            BufferedImage img = cmap.image(values, nx, GRID);
            heatmap.set(img, g[0], g[1], g[2], g[3]);
            under.addAnnotation(heatmap, org.jfree.chart.ui.Layer.BACKGROUND);
            legend.setScale(cmap);
            Annotations.colourBarRange(legend, bottom, top);
            double dx = (g[1] - g[0]) / nx;
            double dy = (g[3] - g[2]) / GRID;
            for (int l = 1; l < 12; l++) {
                double f = l / 12.0;
                double level = top - (top - bottom) * f * f;
                under.addAnnotation(new Annotations.DataPath(MarchingSquares.contour(values, nx, GRID, g[0] + dx / 2, dx,
                        g[2] + dy / 2, dy, level), Palette.line(0.8f), new Color(255, 255, 255, 150), null),
                        org.jfree.chart.ui.Layer.BACKGROUND);
            }
        }
        meanPath.setSeries(0, rows[MU1_ROW], rows[MU2_ROW]);
        meanPath.changed();
        sPlot.show(r[0], r[1], r[2], r[3]);
        sPlot.addAnnotation(new Annotations.Marker(rows[MU1_ROW][0], rows[MU2_ROW][0], new Ellipse2D.Double(-6, -6, 12, 12), null,
                Color.WHITE, "start"), false);
        sPlot.addAnnotation(new Annotations.Marker(c[0], c[1], new Ellipse2D.Double(-6, -6, 12, 12), Palette.VERMILLION,
                Color.WHITE, null), false);
        AveragedMarks.onMeanSurface(sPlot, v);
        for (RunLine l : race) {
            if (l.view().dim() == 2) {
                double[] o = l.view().reported();
                sPlot.addAnnotation(new Annotations.Marker(o[0], o[1], new Ellipse2D.Double(-5, -5, 10, 10),
                        l.selected() ? null : l.colour(), Color.WHITE, l.view().convergedAt() >= 0 ? null : l.label()),
                        false);
            }
        }
        sPlot.addAnnotation(new Annotations.Marker(mle[0], mle[1], Annotations.star(9), Palette.YELLOW, Color.BLACK,
                "MLE"), false);
        TrueGaussian truth = v.truth();
        if (truth != null) {
            sPlot.addAnnotation(new Annotations.Marker(truth.mean()[0], truth.mean()[1], Annotations.cross(6),
                    Color.WHITE, null, "true"), false);
        }
    }
}
