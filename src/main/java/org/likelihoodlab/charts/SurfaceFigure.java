package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.likelihoodlab.experiment.Race;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.likelihoodlab.experiment.Columns;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.GaussianModel;
import org.likelihoodlab.math.Surfaces;

/**
 * The 1-D log-likelihood surface over (mu, sigma), or over (mu, v) or (mu, log sigma): a viridis
 * heatmap with a colour bar, labelled contour lines, the optimizer's path with its start, current
 * point and divergence, the MLE (star) and the truth (cross), and arrows for the next gradient
 * step lr*grad and (optionally) the natural-gradient step. The grid is recomputed only when the
 * data or the axis ranges change.
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
    private final Annotations.Heatmap heatmap = new Annotations.Heatmap();
    private final PaintScaleLegend legend;
    private Surfaces.Scale scale = Surfaces.Scale.SIGMA;
    private boolean logAxis;
    private boolean locked;
    private Zoom zoom;
    private boolean showNatural = true;
    private boolean confidence;
    private final ConfidenceOverlay regions = new ConfidenceOverlay();
    private double[] range;
    private Dataset gridData;
    private double[] gridRange;
    private Surfaces.Scale gridScale;
    private java.util.List<org.jfree.chart.annotations.XYAnnotation> contourAnnotations = java.util.List.of();
    private long grids;

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
    }

    private ValueAxis yAxis() {
        if (logAxis && scale == Surfaces.Scale.SIGMA) {
            LogAxis a = new LogAxis("\u03c3 (log scale)");
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
            gridData = null;
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
            gridData = null;
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
        return grids;
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
                allX = concat(allX, bx);
                allY = concat(allY, by);
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
        if (gridData != v.data() || gridRange == null || !java.util.Arrays.equals(gridRange, range)
                || gridScale != gridScale()) {
            regrid(v.data());
        }
        plot.clearAnnotations();
        // the heatmap and contours go under the path (renderer background), markers above it
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.removeAnnotations();
        r.addAnnotation(heatmap, org.jfree.chart.ui.Layer.BACKGROUND);
        for (var a : contourAnnotations) {
            r.addAnnotation(a, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        r.setDefaultShapesVisible(n <= 80);
        if (confidence) {
            regions.show(chart, plot, v.data(), scale);
        }
        marker(mle[0], axisValue(mle[1]), Annotations.star(9), Palette.YELLOW, Color.BLACK, "MLE");
        if (truth != null) {
            marker(truth.mean()[0], axisValue(truth.sd(0)), Annotations.cross(6), Color.WHITE, null, "true");
        }
        marker(px[0], py[0], new Ellipse2D.Double(-6, -6, 12, 12), null, Color.WHITE, "start");
        double[] cur = v.reported();
        marker(cur[0], axisValue(cur[1]), new Ellipse2D.Double(-6, -6, 12, 12), Palette.VERMILLION, Color.WHITE, null);
        AveragedMarks.onSurface(plot, v, this::axisValue);
        String selectedName = null;
        for (RunLine l : race) {
            RunView b = l.view();
            if (l.selected()) {
                selectedName = l.label();
            }
            if (b.dim() != 1 || l.selected()) {
                continue;
            }
            double[] cb = b.reported();
            // a converged run sits on the MLE with the others: its name would only cover theirs
            marker(cb[0], axisValue(cb[1]), new Ellipse2D.Double(-6, -6, 12, 12), l.colour(), Color.WHITE,
                    b.divergedAt() > 0 ? l.label() + ": diverged at step " + b.divergedAt()
                    : b.convergedAt() >= 0 ? null : l.label());
        }
        if (selectedName != null && v.divergedAt() <= 0) {
            marker(cur[0], axisValue(cur[1]), new Ellipse2D.Double(-6, -6, 12, 12), null, Color.WHITE, selectedName);
        }
        if (v.divergedAt() > 0) {
            marker(cur[0], axisValue(cur[1]), Annotations.cross(9), Palette.VERMILLION, null,
                    (selectedName == null ? "" : selectedName + ": ") + "diverged at step " + v.divergedAt()
                    + offendingText(v));
        } else {
            arrows(v);
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

    private String offendingText(RunView v) {
        double[] t = v.offendingTheta();
        if (t == null) {
            return "";
        }
        String q = v.scenario().param().cliName().equals("mu-variance") ? "\u03c3\u00b2" : v.scenario().param()
                .cliName().equals("mu-logsigma") ? "log \u03c3" : "\u03c3";
        return ": " + q + " \u2192 " + String.format(java.util.Locale.ROOT, "%.4g", t[1]);
    }

    private void arrows(RunView v) {
        GaussianModel m = v.scenario().param().model();
        double[] theta = new double[2];
        m.toTheta(v.reported(), theta);
        double[] mom = v.data().moments();
        if (v.scenario().mode() == Mode.ONLINE) {
            v.data().pointMoments((int) (v.step() % v.data().n()), mom);
        }
        double[] g = new double[2];
        m.gradient(theta, mom, g);
        double[] from = {v.reported()[0], axisValue(v.reported()[1])};
        double[] gd = {theta[0] + v.lr() * g[0], theta[1] + v.lr() * g[1]};
        plot.addAnnotation(new Annotations.Arrow(from[0], from[1], gd[0], next(m, v, gd), Palette.VERMILLION,
                "\u03b1\u2207"), false);
        if (showNatural) {
            double[] d = new double[2];
            m.naturalDirection(theta, mom, g, d);
            double[] nat = {theta[0] + v.lr() * d[0], theta[1] + v.lr() * d[1]};
            plot.addAnnotation(new Annotations.Arrow(from[0], from[1], nat[0], next(m, v, nat), Palette.SKY,
                    "\u03b1F\u207b\u00b9\u2207"), false);
        }
    }

    /** The displayed coordinate of a next theta: its own value when the run moves in this coordinate. */
    private double next(GaussianModel m, RunView v, double[] theta) {
        if (Surfaces.Scale.of(v.scenario().param()) == scale) {
            return theta[1];   // may be <= 0: the arrow then shows the overshoot below zero
        }
        double[] rep = new double[2];
        m.toReported(theta, rep);
        return axisValue(rep[1]);
    }

    private void marker(double x, double y, java.awt.Shape s, Color fill, Color outline, String label) {
        plot.addAnnotation(new Annotations.Marker(x, y, s, fill, outline, label), false);
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
        java.util.function.DoubleUnaryOperator axisValue = scale::of;
        double x0 = mle[0];
        double x1 = mle[0];
        double y0 = axisValue.applyAsDouble(mle[1]);
        double y1 = y0;
        for (int i = 0; i < px.length; i++) {
            if (Double.isFinite(px[i]) && Double.isFinite(py[i])) {
                x0 = Math.min(x0, px[i]);
                x1 = Math.max(x1, px[i]);
                y0 = Math.min(y0, py[i]);
                y1 = Math.max(y1, py[i]);
            }
        }
        if (truth != null) {
            x0 = Math.min(x0, truth.mean()[0]);
            x1 = Math.max(x1, truth.mean()[0]);
            y0 = Math.min(y0, axisValue.applyAsDouble(truth.sd(0)));
            y1 = Math.max(y1, axisValue.applyAsDouble(truth.sd(0)));
        }
        double sd = mle[1];
        double wx = Math.max(x1 - x0, 2 * sd);
        x0 -= 0.12 * wx;
        x1 += 0.12 * wx;
        boolean positive = scale != Surfaces.Scale.LOG_SIGMA;
        if (logAxis && scale == Surfaces.Scale.SIGMA) {
            double ly0 = Math.log(y0) - 0.3;
            double ly1 = Math.log(y1) + 0.3;
            return new double[] {x0, x1, Math.exp(ly0), Math.exp(ly1)};
        }
        double wy = Math.max(y1 - y0, positive ? 0.5 * axisValue.applyAsDouble(sd) : 1);
        double lowest = y0;
        y0 -= 0.12 * wy;
        y1 += 0.12 * wy;
        if (positive) {
            // stay above zero (sigma and v are positive) but keep the lowest point in view
            y0 = Math.max(y0, lowest > 0 ? 0.5 * lowest : 0.02 * y1);
        }
        return new double[] {x0, x1, y0, y1};
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * @return the current ranges while they still hold the fitted ones and are not much larger,
     *     otherwise the fitted ones (so the axes do not jump every frame)
     */
    public static double[] follow(double[] current, double[] fitted) {
        return current == null || !contains(current, fitted) || tooLoose(current, fitted) ? fitted : current;
    }

    private static boolean contains(double[] outer, double[] inner) {
        return inner[0] >= outer[0] && inner[1] <= outer[1] && inner[2] >= outer[2] && inner[3] <= outer[3];
    }

    /** A range much larger than needed (e.g. after reset) shrinks again. */
    private static boolean tooLoose(double[] outer, double[] inner) {
        return (inner[1] - inner[0]) < 0.25 * (outer[1] - outer[0]) || (inner[3] - inner[2]) < 0.25 * (outer[3] - outer[2]);
    }

    private void regrid(Dataset data) {
        Surfaces.Scale gs = gridScale();
        double q0 = logAxis && scale == Surfaces.Scale.SIGMA ? Math.log(range[2]) : range[2];
        double q1 = logAxis && scale == Surfaces.Scale.SIGMA ? Math.log(range[3]) : range[3];
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
            if (logAxis && scale == Surfaces.Scale.SIGMA) {
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
    public static double[] colourRange(double[] values) {
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
