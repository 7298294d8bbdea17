package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.TextAnchor;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.math.Surfaces;

/**
 * The heatmap, its colour bar and the labelled contour lines of the 1-D log-likelihood surface
 * over the shown ranges. The grid is computed again only when the data, the ranges or the
 * grid's coordinate change.
 */
final class SurfaceHeatmap {

    private static final int GRID = SurfaceFigure.GRID;
    private static final int LEVELS = SurfaceFigure.LEVELS;

    private final Annotations.Heatmap heatmap = new Annotations.Heatmap();
    private final PaintScaleLegend legend;
    private java.util.List<org.jfree.chart.annotations.XYAnnotation> contourAnnotations = java.util.List.of();
    private Dataset gridData;
    private double[] gridRange;
    private Surfaces.Scale gridScale;
    private long grids;

    /** @param legend the colour bar, rescaled with every new grid */
    SurfaceHeatmap(PaintScaleLegend legend) {
        this.legend = legend;
    }

    /** Forgets the grid: the next {@link #update} computes it again. */
    void invalidate() {
        gridData = null;
    }

    /** @return how many times the grid was computed */
    long count() {
        return grids;
    }

    /**
     * Computes the grid again if the data, the ranges or the grid's coordinate changed.
     *
     * @param range the shown ranges {mu0, mu1, q0, q1} in the displayed coordinate
     * @param gs the coordinate in which the grid is uniform
     * @param logSigma true for a log sigma axis (the grid is uniform in log sigma, drawn in sigma)
     */
    void update(Dataset data, double[] range, Surfaces.Scale gs, boolean logSigma) {
        if (gridData != data || gridRange == null || !java.util.Arrays.equals(gridRange, range)
                || gridScale != gs) {
            regrid(data, range, gs, logSigma);
        }
    }

    /** Puts the heatmap and the contours under the renderer's series (its background layer). */
    void addTo(XYLineAndShapeRenderer r) {
        r.addAnnotation(heatmap, org.jfree.chart.ui.Layer.BACKGROUND);
        for (var a : contourAnnotations) {
            r.addAnnotation(a, org.jfree.chart.ui.Layer.BACKGROUND);
        }
    }

    private void regrid(Dataset data, double[] range, Surfaces.Scale gs, boolean logSigma) {
        double q0 = logSigma ? Math.log(range[2]) : range[2];
        double q1 = logSigma ? Math.log(range[3]) : range[3];
        double[] values = Surfaces.grid1(data.moments(), gs, range[0], range[1], q0, q1, GRID, GRID);
        double[] colours = colourRange(values);
        double bottom = colours[0];
        double top = colours[1];
        Viridis cmap = new Viridis(bottom, top);
        BufferedImage img = cmap.image(values, GRID, GRID);
        heatmap.set(img, range[0], range[1], range[2], range[3]);
        legend.setScale(cmap);
        Annotations.colourBarRange(legend, bottom, top);
        // contours, denser near the top: levels equally spaced in sqrt(top - l), like distance to the MLE
        java.util.List<org.jfree.chart.annotations.XYAnnotation> list = new java.util.ArrayList<>();
        double dx = (range[1] - range[0]) / GRID;
        double dyq = (q1 - q0) / GRID;
        for (int l = 1; l < LEVELS; l++) {
            double f = (double) l / LEVELS;
            double level = top - (top - bottom) * f * f;
            Path2D.Double c = MarchingSquares.contour(values, GRID, GRID, range[0] + dx / 2, dx, q0 + dyq / 2, dyq, level);
            if (logSigma) {
                c = expY(c);
            }
            list.add(new Annotations.DataPath(c, Palette.line(0.8f), new Color(255, 255, 255, 150), null));
            double[] labelAt = topPoint(c);
            boolean inside = labelAt != null && labelAt[0] > range[0] + 0.06 * (range[1] - range[0])
                    && labelAt[0] < range[1] - 0.06 * (range[1] - range[0])
                    && labelAt[1] < range[3] - 0.04 * (range[3] - range[2]);
            if (inside && l % 2 == 1) {
                XYTextAnnotation t = new XYTextAnnotation(String.format(java.util.Locale.ROOT, "%.2f", level),
                        labelAt[0], labelAt[1]);
                t.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                t.setPaint(Color.WHITE);
                t.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                list.add(t);
            }
        }
        contourAnnotations = list;
        gridData = data;
        gridRange = range.clone();
        gridScale = gs;
        grids++;
    }

    /**
     * The values the colours span (shared with the 3-D view): the grid's top and its 10th
     * percentile (the surface falls steeply towards sigma = 0; below that it is all dark).
     *
     * @return {bottom, top}, bottom &lt; top
     */
    static double[] colourRange(double[] values) {
        double top = Double.NEGATIVE_INFINITY;
        double[] sample = new double[values.length / 7 + 1];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > top) {
                top = values[i];
            }
            if (i % 7 == 0 && !Double.isNaN(values[i])) {
                sample[k++] = values[i];
            }
        }
        double[] sorted = java.util.Arrays.copyOf(sample, k);
        java.util.Arrays.sort(sorted);
        double bottom = k > 0 ? sorted[(int) (0.1 * k)] : top - 1;
        if (!(bottom < top)) {
            bottom = top - 1;
        }
        return new double[] {bottom, top};
    }

    private static Path2D.Double expY(Path2D.Double p) {
        Path2D.Double out = new Path2D.Double();
        double[] c = new double[6];
        for (var it = p.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == java.awt.geom.PathIterator.SEG_MOVETO) {
                out.moveTo(c[0], Math.exp(c[1]));
            } else if (type == java.awt.geom.PathIterator.SEG_LINETO) {
                out.lineTo(c[0], Math.exp(c[1]));
            }
        }
        return out;
    }

    private static double[] topPoint(Path2D.Double p) {
        double[] best = null;
        double[] c = new double[6];
        for (var it = p.getPathIterator(null); !it.isDone(); it.next()) {
            it.currentSegment(c);
            if (best == null || c[1] > best[1]) {
                best = new double[] {c[0], c[1]};
            }
        }
        return best;
    }
}
