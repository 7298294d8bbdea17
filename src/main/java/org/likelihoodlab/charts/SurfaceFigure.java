package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.likelihoodlab.experiment.Race;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.likelihoodlab.experiment.Columns;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Surfaces;

/**
 * The 1-D log-likelihood surface over (mu, sigma), or over (mu, v) or (mu, log sigma): a viridis
 * heatmap with a colour bar, labelled contour lines, the optimizer's path with its start, current
 * point and divergence, the MLE (star) and the truth (cross), and arrows for the next gradient
 * step lr*grad and (optionally) the natural-gradient step. The grid is recomputed only when the
 * data or the axis ranges change.
 *
 * <p>Its parts: {@link SurfaceHeatmap} (heatmap, colour bar, contours), {@link SurfaceRanges}
 * (which ranges to show), {@link SurfaceMarks} (MLE, truth,
 * start, current point, race, divergence) and {@link StepArrows} (the next step's arrows).
 */
public final class SurfaceFigure {
    /** Indices into a trajectory's rows (steps first). */
    private static final int STEP_ROW = Columns.STEP_ROW;
    private static final int MU_ROW = Columns.inRow(Columns.MU);
    private static final int SIGMA_ROW = Columns.inRow(Columns.SIGMA);

    /** Grid cells per axis (the issue asks for at least 300). */
    public static final int GRID = 320;
    /** Number of contour levels. */
    public static final int LEVELS = 16;

    private final JFreeChart chart;
    private final XYPlot plot;
    private final ArrayXYDataset path = new ArrayXYDataset("path");
    private final ArrayXYDataset others = new ArrayXYDataset("run 1", "run 2", "run 3", "run 4", "run 5", "run 6");
    private final SurfaceHeatmap heatmap;
    private final PaintScaleLegend legend;
    private Surfaces.Scale scale = Surfaces.Scale.SIGMA;
    private boolean logAxis;
    private boolean locked;
    private Zoom zoom;
    private boolean showNatural = true;
    private boolean confidence;
    private final ConfidenceOverlay regions = new ConfidenceOverlay();
    private double[] range;

    public SurfaceFigure() {
        NumberAxis x = RunFigures.rootTicks(new NumberAxis("\u03bc"), false);
        x.setAutoRangeIncludesZero(false);
        plot = new XYPlot(path, x, yAxis(), null);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, Color.WHITE);
        r.setSeriesStroke(0, Palette.line(2f));
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setDrawSeriesLineAsPath(false);
        r.setDefaultCreateEntities(false);
        plot.setRenderer(r);
        plot.setDataset(1, others);
        XYLineAndShapeRenderer rb = new XYLineAndShapeRenderer(true, false);
        rb.setDefaultStroke(Palette.line(2.2f));
        rb.setAutoPopulateSeriesStroke(false);
        rb.setDefaultCreateEntities(false);
        plot.setRenderer(1, rb);
        plot.setBackgroundPaint(new Color(0xEEEEEE));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        chart = new JFreeChart("Log-likelihood surface \u2113(\u03bc, \u03c3)", new Font(Font.SANS_SERIF, Font.BOLD, 14),
                plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis bar = RunFigures.rootTicks(new NumberAxis("\u2113"), false);
        legend = new PaintScaleLegend(new Viridis(0, 1), bar);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 30, 4);
        legend.setStripWidth(12);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        heatmap = new SurfaceHeatmap(legend);
    }

    private ValueAxis yAxis() {
        if (logAxis && scale == Surfaces.Scale.SIGMA) {
            LogAxis a = new NiceLogAxis("\u03c3 (log scale)");
            a.setSmallestValue(1e-12);
            a.setNumberFormatOverride(RunFigures.axisFormat());
            return a;
        }
        NumberAxis a = new NumberAxis(scale.label());
        a.setAutoRangeIncludesZero(false);
        a.setNumberFormatOverride(RunFigures.axisFormat());
        return a;
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The vertical coordinate: sigma, the variance, or log sigma. */
    public void setScale(Surfaces.Scale s) {
        if (s != scale) {
            scale = s;
            plot.setRangeAxis(yAxis());
            range = null;
            heatmap.invalidate();
        }
    }

    public Surfaces.Scale scale() {
        return scale;
    }

    /** A logarithmic sigma axis (only with the sigma coordinate). */
    public void setLogAxis(boolean log) {
        if (log != logAxis) {
            logAxis = log;
            plot.setRangeAxis(yAxis());
            range = null;
            heatmap.invalidate();
        }
    }

    /** Keeps the current axis ranges instead of following the path. */
    /**
     * Shows exactly these ranges (a user's zoom: the heatmap and contours are computed again for
     * them, so a zoom into the noise ball stays sharp), or follows the path again ({@code null}).
     */
    public void setZoom(Zoom z) {
        if (z == null && zoom != null) {
            range = null;
        }
        zoom = z;
    }

    public void setLocked(boolean lock) {
        locked = lock;
    }

    /** Draws the 95 % confidence regions of (mu, sigma) and their note (off by default). */
    public void setConfidence(boolean show) {
        confidence = show;
        if (!show) {
            regions.hide(chart);
        }
    }

    /** @return the note under the chart while the regions are shown */
    public String confidenceNote() {
        return confidence ? regions.text() : "";
    }

    public void setShowNatural(boolean show) {
        showNatural = show;
    }

    /** @return how many times the grid was computed (for tests: not once a frame) */
    public long gridCount() {
        return heatmap.count();
    }

    /** @return the current axis ranges {mu0, mu1, q0, q1} in the displayed coordinates */
    public double[] range() {
        return range == null ? null : range.clone();
    }

    /** The coordinate in which the grid is uniform: log sigma for a log sigma axis. */
    private Surfaces.Scale gridScale() {
        return logAxis && scale == Surfaces.Scale.SIGMA ? Surfaces.Scale.LOG_SIGMA : scale;
    }

    /** Axis value (what is plotted) for a sigma. */
    private double axisValue(double sigma) {
        return scale.of(sigma);
    }

    /** Shows a run: path, markers, arrows; regrids only if the data or the ranges changed. */
    public void show(RunView v) {
        show(v, List.of());
    }

    /**
     * Shows a run and, beside it, the other runs of a race on the same data: each path in its
     * run's colour with its current point marked and named.
     *
     * @param v the selected run (its path white, its arrows drawn)
     * @param race the visible runs of the race, at most {@value Race#MAX_RUNS} (the selected one among
     *     them only names its current point; empty: no race)
     */
    public void show(RunView v, List<RunLine> race) {
        if (v.dim() != 1) {
            throw new IllegalArgumentException("the (mu, sigma) surface needs a 1-D run");
        }
        chart.setNotify(false);
        chart.setTitle("Log-likelihood surface \u2113(\u03bc, " + scale.label() + ")");
        double[][] rows = v.rows();
        int n = rows[STEP_ROW].length;
        double[] px = rows[MU_ROW].clone();
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            py[i] = axisValue(rows[SIGMA_ROW][i]);
        }
        if (v.scenario().order() == org.likelihoodlab.optim.UpdateOrder.COORDINATE) {
            double[][] stairs = staircase(rows[STEP_ROW], px, py);
            path.setSeries(0, stairs[0], stairs[1]);
        } else {
            path.setSeries(0, px, py);
        }
        double[] mle = v.mle();
        TrueGaussian truth = v.truth();
        double[] allX = px;
        double[] allY = py;
        XYLineAndShapeRenderer rb = (XYLineAndShapeRenderer) plot.getRenderer(1);
        for (int k = 0; k < Race.MAX_RUNS; k++) {
            double[] bx = new double[0];
            double[] by = new double[0];
            if (k < race.size() && race.get(k).view().dim() == 1 && !race.get(k).selected()) {
                double[][] rows2 = race.get(k).view().rows();
                bx = rows2[MU_ROW].clone();
                by = new double[bx.length];
                for (int i = 0; i < bx.length; i++) {
                    by[i] = axisValue(rows2[SIGMA_ROW][i]);
                }
                rb.setSeriesPaint(k, race.get(k).colour(), false);
                allX = SurfaceRanges.concat(allX, bx);
                allY = SurfaceRanges.concat(allY, by);
            }
            others.setSeries(k, bx, by);
        }
        others.changed();
        if (zoom != null) {
            range = zoom.ranges();
        } else if (!locked || range == null) {
            range = follow(range, fit(allX, allY, mle, truth, scale, logAxis));
        }
        plot.getDomainAxis().setRange(range[0], range[1]);
        plot.getRangeAxis().setRange(range[2], range[3]);
        if (plot.getRangeAxis() instanceof LogAxis log) {
            // whole decades (0.1, 1, 10) when the range spans them, JFreeChart's choice otherwise
            boolean decades = Math.log10(range[3] / range[2]) > 1.5;
            log.setAutoTickUnitSelection(!decades);
            if (decades) {
                log.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
            }
        }
        heatmap.update(v.data(), range, gridScale(), logAxis && scale == Surfaces.Scale.SIGMA);
        plot.clearAnnotations();
        // the heatmap and contours go under the path (renderer background), markers above it
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.removeAnnotations();
        heatmap.addTo(r);
        r.setDefaultShapesVisible(n <= 80);
        if (confidence) {
            regions.show(chart, plot, v.data(), scale);
        }
        SurfaceMarks.add(plot, v, race, scale, px[0], py[0]);
        if (v.divergedAt() <= 0) {
            StepArrows.add(plot, v, scale, showNatural);
        }
        chart.setNotify(true);
    }

    /**
     * The path of a coordinate-order run as the update makes it: first μ moves (σ held), then σ
     * (at the new μ), so each step between two consecutive recorded updates is a corner at
     * (μ_{k+1}, σ_k). Where the recording skipped updates (a long run, decimated) the points are
     * joined straight: a corner there would be invented.
     *
     * @return {x, y} with the corners added
     */
    static double[][] staircase(double[] steps, double[] x, double[] y) {
        int n = x.length;
        double[] sx = new double[Math.max(0, 2 * n - 1)];
        double[] sy = new double[sx.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && steps[i] - steps[i - 1] == 1) {
                sx[k] = x[i];
                sy[k] = y[i - 1];
                k++;
            }
            sx[k] = x[i];
            sy[k] = y[i];
            k++;
        }
        return new double[][] {java.util.Arrays.copyOf(sx, k), java.util.Arrays.copyOf(sy, k)};
    }

    /**
     * The axis ranges that show a path, the MLE and the truth with a margin (shared with the 3-D view).
     *
     * @param px the path's mu values; @param py its values in the displayed coordinate
     * @param mle the MLE (mu, sigma); @param truth the true distribution, or {@code null}
     * @param scale the displayed coordinate; @param logAxis true for a log sigma axis
     * @return {mu0, mu1, q0, q1} in the displayed coordinate (q0 &gt; 0 for sigma and the variance)
     */
    public static double[] fit(double[] px, double[] py, double[] mle, TrueGaussian truth, Surfaces.Scale scale,
            boolean logAxis) {
        return SurfaceRanges.fit(px, py, mle, truth, scale, logAxis);
    }

    /**
     * @return the current ranges while they still hold the fitted ones and are not much larger,
     *     otherwise the fitted ones (so the axes do not jump every frame)
     */
    public static double[] follow(double[] current, double[] fitted) {
        return SurfaceRanges.follow(current, fitted);
    }

    /**
     * The values the colours span (shared with the 3-D view): the grid's top and its 10th
     * percentile (the surface falls steeply towards sigma = 0; below that it is all dark).
     *
     * @return {bottom, top}, bottom &lt; top
     */
    public static double[] colourRange(double[] values) {
        return SurfaceHeatmap.colourRange(values);
    }
}
