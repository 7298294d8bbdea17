package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.likelihoodlab.experiment.Columns;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.TrueGaussian;

/**
 * The four figures of a run, built as JFreeChart objects (Java2D only, so the same figure shows
 * in the window and renders headless): the mean against step, the scale against step, the
 * average log-likelihood against step, and the data's histogram with the true and the fitted
 * density. The MLE and the true value are dashed reference lines; a divergence is marked at its
 * step. Every update method changes the figure with one redraw.
 */
public final class RunFigures {

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    /**
     * @return plain decimals for one value axis (never "1.0005E0"; JFreeChart picks the tick
     *     size), in Locale.ROOT like every axis: a new instance each, as formats are not thread-safe
     */
    static java.text.NumberFormat axisFormat() {
        return TickFormat.instance();
    }

    /**
     * Labels an axis that JFreeChart formats itself in Locale.ROOT, as the value axes are: its
     * default tick units use the default locale (a German step axis read "1.000 1.100").
     */
    static NumberAxis rootTicks(NumberAxis axis, boolean integers) {
        axis.setStandardTickUnits(integers ? NumberAxis.createIntegerTickUnits(java.util.Locale.ROOT)
                : NumberAxis.createStandardTickUnits(java.util.Locale.ROOT));
        return axis;
    }

    private final int dim;
    private final JFreeChart mean;
    private final JFreeChart scale;
    private final JFreeChart logLik;
    private final JFreeChart density;
    private final ArrayXYDataset meanData;
    private final ArrayXYDataset scaleData;
    private final ArrayXYDataset rhoData;
    private final ArrayXYDataset logLikData;
    private final ArrayXYDataset curves;
    private final ArrayXYDataset distanceData = new ArrayXYDataset("distance to the MLE (right, log)",
            "theory |1 \u2212 \u03b1h|\u1d4f");
    private final RaceSeries meanRace;
    private final RaceSeries scaleRace;
    private final RaceSeries logLikRace;
    private boolean racing;
    private List<Mark> marks = List.of();
    private List<org.likelihoodlab.experiment.RunPlan.Change> changes = List.of();
    private final List<Marker> changeMarkers = new ArrayList<>();
    private final List<Marker> stepMarkers = new ArrayList<>();
    private final List<Marker> refMarkers = new ArrayList<>();
    private StochasticOverlay stochastic;
    private double[] densityGrid = new double[0];
    private double densityCap = 1;

    /** @param dim 1 or 2 */
    public RunFigures(int dim) {
        this.dim = dim;
        meanData = dim == 1 ? new ArrayXYDataset("\u03bc") : new ArrayXYDataset("\u03bc\u2081", "\u03bc\u2082");
        scaleData = dim == 1 ? new ArrayXYDataset("\u03c3") : new ArrayXYDataset("\u03a3\u2081\u2081", "\u03a3\u2082\u2082");
        rhoData = new ArrayXYDataset("\u03c1 (right axis)");
        logLikData = new ArrayXYDataset("\u2113");
        curves = dim == 1 ? new ArrayXYDataset("true density", "fit N(\u03bc, \u03c3\u00b2)")
                : new ArrayXYDataset("true y\u2081", "true y\u2082", "fit y\u2081", "fit y\u2082");
        mean = lineChart(dim == 1 ? "Mean \u03bc" : "Mean \u03bc\u2081, \u03bc\u2082", dim == 1 ? "\u03bc" : "\u03bc",
                meanData, Palette.BLUE, Palette.ORANGE);
        scale = lineChart(dim == 1 ? "Standard deviation \u03c3" : "Covariance \u03a3\u2081\u2081, \u03a3\u2082\u2082 and correlation \u03c1",
                dim == 1 ? "\u03c3" : "variance", scaleData, Palette.GREEN, Palette.PURPLE);
        if (dim == 2) {
            XYPlot plot = scale.getXYPlot();
            NumberAxis rhoAxis = rootTicks(new NumberAxis("\u03c1"), false);
            rhoAxis.setRange(-1.05, 1.05);
            plot.setRangeAxis(1, rhoAxis);
            plot.setDataset(1, rhoData);
            plot.mapDatasetToRangeAxis(1, 1);
            XYLineAndShapeRenderer r = new DenseLines.Renderer();
            r.setDefaultCreateEntities(false);
            r.setSeriesPaint(0, Palette.VERMILLION);
            r.setSeriesStroke(0, Palette.line(1.5f));
            plot.setRenderer(1, r);
        }
        logLik = lineChart("Average log-likelihood \u2113(\u03b8)", "\u2113 (nats per point)", logLikData, Palette.SKY);
        density = buildDensity();
        meanRace = dim == 1 ? new RaceSeries(mean.getXYPlot(), 1, new int[] {Columns.MU}, "")
                : new RaceSeries(mean.getXYPlot(), 1, new int[] {Columns.MU1, Columns.MU2}, "", " (\u03bc\u2082)");
        scaleRace = dim == 1 ? new RaceSeries(scale.getXYPlot(), 2, new int[] {Columns.SIGMA}, "")
                : new RaceSeries(scale.getXYPlot(), 2, new int[] {Columns.S11, Columns.S22}, "", " (\u03a3\u2082\u2082)");
        logLikRace = new RaceSeries(logLik.getXYPlot(), 1, new int[] {dim == 1 ? Columns.LOGLIK_1D : Columns.LOGLIK_2D}, "");
        addDistanceAxis();
    }

    /** The distance to the MLE on a log axis at the right of the log-likelihood: its slope is the rate. */
    private void addDistanceAxis() {
        XYPlot plot = logLik.getXYPlot();
        org.jfree.chart.axis.LogAxis axis = new NiceLogAxis("distance to MLE");
        axis.setSmallestValue(1e-16);
        axis.setNumberFormatOverride(TickFormat.instance());
        axis.setLabelPaint(Palette.GREY);
        axis.setTickLabelPaint(Palette.GREY);
        plot.setRangeAxis(1, axis);
        plot.setDataset(2, distanceData);
        plot.mapDatasetToRangeAxis(2, 1);
        XYLineAndShapeRenderer r = new DenseLines.Renderer();
        r.setDefaultCreateEntities(false);
        r.setDefaultShapesVisible(false);
        r.setSeriesPaint(0, Palette.GREY);
        r.setSeriesStroke(0, Palette.line(1.5f));
        // the theory's line lies on the distance where the rate holds: a colour of its own shows both
        r.setSeriesPaint(1, Palette.PURPLE);
        r.setSeriesStroke(1, Palette.dashed(2.2f));
        plot.setRenderer(2, r);
    }

    /**
     * Shows the distance (max norm, reported coordinates) of each recorded state to the MLE on the
     * log-likelihood chart's right log axis and, where the run has one, the theory's line through
     * it: the distance shrinking by {@code rate} an update (its slope on the log axis).
     *
     * @param rows the recorded rows {steps, reported...}
     * @param mle the MLE in reported parameters
     * @param rate the factor per update at the MLE ({@link org.likelihoodlab.experiment.LocalRate}; NaN: none)
     */
    public void showDistance(double[][] rows, double[] mle, double rate) {
        int n = rows[0].length;
        double[] x = rows[0];
        double[] d = new double[n];
        double[] p = new double[mle.length];
        int anchor = -1;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < mle.length; c++) {
                p[c] = rows[1 + c][i];
            }
            double v = org.likelihoodlab.experiment.Convergence.distance(p, mle);
            d[i] = v > 0 && Double.isFinite(v) ? v : Double.NaN;   // the log axis has no 0
            if (anchor < 0 && v < 1e-3 && v > 1e-12) {
                anchor = i;   // near the MLE, where the linear map is the run's
            }
        }
        distanceData.setSeries(0, x, d);
        // whole decades (1, 0.1, 0.01) where the distance spans them, not 0.316228
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : d) {
            if (v > 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        org.jfree.chart.axis.LogAxis axis = (org.jfree.chart.axis.LogAxis) logLik.getXYPlot().getRangeAxis(1);
        boolean decades = hi > 0 && Math.log10(hi / lo) > 1.5;
        axis.setAutoTickUnitSelection(!decades, false);
        if (decades) {
            int span = (int) Math.ceil(Math.log10(hi / lo));
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(Math.max(1, span / 8)), false, false);
        }
        if (Double.isFinite(rate) && rate > 0 && rate < 1 && anchor >= 0) {
            // from where the run is near the MLE on: there the linear map is the run's
            double[] tx = java.util.Arrays.copyOfRange(x, anchor, n);
            double[] ty = new double[tx.length];
            for (int i = 0; i < tx.length; i++) {
                double t = d[anchor] * Math.pow(rate, tx[i] - x[anchor]);
                ty[i] = t > 1e-16 ? t : Double.NaN;
            }
            distanceData.setSeries(1, tx, ty);
        } else {
            distanceData.setSeries(1, new double[0], new double[0]);
        }
        ((XYLineAndShapeRenderer) logLik.getXYPlot().getRenderer(2)).setSeriesVisibleInLegend(1,
                distanceData.getItemCount(1) > 0, false);
        distanceData.changed();
    }

    private JFreeChart lineChart(String title, String yLabel, ArrayXYDataset data, Color... colors) {
        NumberAxis x = new NumberAxis("step");
        rootTicks(x, true);
        x.setAutoRangeIncludesZero(false);
        // a run of one or two steps still gets a readable axis that starts at step 0
        x.setAutoRangeMinimumSize(10);
        x.setRangeType(org.jfree.data.RangeType.POSITIVE);
        x.setLowerMargin(0.02);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeMinimumSize(1e-9);
        y.setNumberFormatOverride(axisFormat());
        // one path per series instead of one line per segment: far fewer drawing calls; a dense
        // series (a long noisy run) is drawn as its band where the output is raster
        XYLineAndShapeRenderer r = new DenseLines.Renderer();
        r.setAutoPopulateSeriesShape(false);
        r.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        r.setDefaultCreateEntities(false);
        for (int i = 0; i < colors.length; i++) {
            r.setSeriesPaint(i, colors[i]);
            r.setSeriesStroke(i, Palette.line(2f));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        return style(new JFreeChart(title, TITLE, plot, true));
    }

    /**
     * Shows the runs of a race on the trajectory charts, each in its colour and named in the
     * legend. With fewer than two runs the charts show the one run as usual (its components in
     * their own colours); with two or more, every run (the one of {@link #showTrajectory} among
     * them) is drawn from {@code lines}, so the one run's own lines are hidden.
     *
     * @param lines the visible runs, in race order
     */
    public void showRace(List<RunLine> lines) {
        boolean race = lines.size() > 1;
        List<RunLine> drawn = race ? lines : List.of();
        for (JFreeChart c : charts()) {
            c.setNotify(false);
        }
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            c.getXYPlot().getRenderer(0).setDefaultSeriesVisible(!race, false);
        }
        if (dim == 2) {
            scale.getXYPlot().getRenderer(1).setDefaultSeriesVisible(!race, false);
        }
        logLik.getXYPlot().getRenderer(2).setDefaultSeriesVisible(!race, false);
        meanRace.show(drawn);
        scaleRace.show(drawn);
        logLikRace.show(drawn);
        racing = race;
        for (JFreeChart c : charts()) {
            c.setNotify(true);
        }
    }

    /** @return true while a race of two or more runs is drawn */
    public boolean racing() {
        return racing;
    }

    /** @return how many runs the race lines of the mean chart show (for tests) */
    public int raceRuns() {
        return meanRace.runs();
    }

    private JFreeChart buildDensity() {
        NumberAxis x = rootTicks(new NumberAxis(dim == 1 ? "x" : "y\u2081, y\u2082"), false);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = rootTicks(new NumberAxis("density"), false);
        XYPlot plot = new XYPlot(new org.jfree.data.xy.DefaultIntervalXYDataset(), x, y, histogramRenderer());
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDataset(1, curves);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        if (dim == 1) {
            r.setSeriesPaint(0, Palette.GREY);
            r.setSeriesStroke(0, Palette.dashed(2f));
            r.setSeriesPaint(1, Palette.VERMILLION);
            r.setSeriesStroke(1, Palette.line(2.5f));
        } else {
            r.setSeriesPaint(0, Palette.BLUE);
            r.setSeriesStroke(0, Palette.dashed(1.5f));
            r.setSeriesPaint(1, Palette.ORANGE);
            r.setSeriesStroke(1, Palette.dashed(1.5f));
            r.setSeriesPaint(2, Palette.BLUE);
            r.setSeriesStroke(2, Palette.line(2.5f));
            r.setSeriesPaint(3, Palette.ORANGE);
            r.setSeriesStroke(3, Palette.line(2.5f));
        }
        plot.setRenderer(1, r);
        return style(new JFreeChart(dim == 1 ? "Data, true and fitted density" : "Marginals: data, true and fitted",
                TITLE, plot, true));
    }

    private XYBarRenderer histogramRenderer() {
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, new Color(0x56, 0xB4, 0xE9, dim == 1 ? 150 : 110));
        bars.setSeriesPaint(1, new Color(0xE6, 0x9F, 0x00, 110));
        return bars;
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setBackgroundPaint(new Color(255, 255, 255, 0));
        return chart;
    }

    /**
     * Shows the stochastic layer of a run (averaged iterate, lr_k, noise ball; math.md 9.2-9.5),
     * made on first use; a plain run clears it.
     */
    public void showStochastic(RunView v) {
        if (stochastic == null) {
            if (v.stochastic() == null) {
                return;
            }
            stochastic = new StochasticOverlay(this);
        }
        stochastic.show(v);
    }

    /** @return the stochastic layer, or {@code null} if no stochastic run was shown yet (for tests) */
    public StochasticOverlay stochastic() {
        return stochastic;
    }

    public JFreeChart meanChart() {
        return mean;
    }

    public JFreeChart scaleChart() {
        return scale;
    }

    public JFreeChart logLikChart() {
        return logLik;
    }

    public JFreeChart densityChart() {
        return density;
    }

    /** @return all four charts: mean, scale, log-likelihood, density */
    public JFreeChart[] charts() {
        return new JFreeChart[] {mean, scale, logLik, density};
    }

    public int dim() {
        return dim;
    }

    /**
     * @return the histogram of coordinate c as {x, xStart, xEnd, y, yStart, yEnd}, scaled to area 1
     *     (the last bin includes its right edge, as JFreeChart's HistogramDataset does)
     */
    static double[][] histogram(Dataset data, int c, int bins, double min, double max) {
        double width = max > min ? (max - min) / bins : 1;
        double[] counts = new double[bins];
        int n = data.n();
        for (int i = 0; i < n; i++) {
            int b = (int) ((data.value(i, c) - min) / width);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        double[][] out = new double[6][bins];
        for (int b = 0; b < bins; b++) {
            out[1][b] = min + b * width;
            out[2][b] = min + (b + 1) * width;
            out[0][b] = 0.5 * (out[1][b] + out[2][b]);
            out[3][b] = counts[b] / (n * width);
            out[5][b] = out[3][b];
        }
        return out;
    }

    /**
     * Shows a new data set: the histogram, the true density (if known) and the reference lines
     * for the MLE and the truth.
     *
     * @param truth the true distribution ({@code null} permitted: data from a file)
     */
    public void showData(Dataset data, TrueGaussian truth, double[] mle) {
        for (JFreeChart c : charts()) {
            c.setNotify(false);
        }
        for (Marker m : refMarkers) {
            // from the layer they were added to (removeRangeMarker(m) looks only in the foreground)
            mean.getXYPlot().removeRangeMarker(0, m, Layer.BACKGROUND, false);
            scale.getXYPlot().removeRangeMarker(0, m, Layer.BACKGROUND, false);
        }
        refMarkers.clear();
        if (dim == 1) {
            reference(mean, mle[0], "MLE", Palette.GREY);
            reference(scale, mle[1], "MLE", Palette.GREY);
            if (truth != null) {
                reference(mean, truth.mean()[0], "true", Palette.YELLOW.darker());
                reference(scale, truth.sd(0), "true", Palette.YELLOW.darker());
            }
        } else {
            reference(mean, mle[0], "MLE \u03bc\u2081", Palette.BLUE);
            reference(mean, mle[1], "MLE \u03bc\u2082", Palette.ORANGE);
            reference(scale, mle[2], "MLE \u03a3\u2081\u2081", Palette.GREEN);
            reference(scale, mle[4], "MLE \u03a3\u2082\u2082", Palette.PURPLE);
        }
        // bins counted in place: no copy of the data (10^7 points are 80 MB a column)
        org.jfree.data.xy.DefaultIntervalXYDataset hist = new org.jfree.data.xy.DefaultIntervalXYDataset();
        int n = data.n();
        int bins = Math.max(10, Math.min(60, (int) Math.round(2 * Math.cbrt(n))));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double peak = 0;
        for (int c = 0; c < dim; c++) {
            double cmin = Double.POSITIVE_INFINITY;
            double cmax = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double v = data.value(i, c);
                cmin = Math.min(cmin, v);
                cmax = Math.max(cmax, v);
            }
            double[][] series = histogram(data, c, bins, cmin, cmax);
            hist.addSeries(dim == 1 ? "data (n = " + n + ")" : (c == 0 ? "y\u2081" : "y\u2082") + " (n = " + n + ")",
                    series);
            for (int b = 0; b < bins; b++) {
                peak = Math.max(peak, series[3][b]);
            }
            lo = Math.min(lo, cmin);
            hi = Math.max(hi, cmax);
        }
        double pad = 0.08 * (hi - lo);
        lo -= pad;
        hi += pad;
        XYPlot plot = density.getXYPlot();
        plot.setDataset(0, hist);
        plot.getDomainAxis().setRange(lo, hi);
        densityGrid = new double[241];
        for (int i = 0; i < densityGrid.length; i++) {
            densityGrid[i] = lo + (hi - lo) * i / (densityGrid.length - 1);
        }
        double[] m = data.moments();
        for (int c = 0; c < dim; c++) {
            double sd = Math.sqrt(dim == 1 ? m[1] : m[2 + 2 * c]);
            peak = Math.max(peak, 1 / (Math.sqrt(2 * Math.PI) * sd));
        }
        densityCap = 1.3 * peak;
        plot.getRangeAxis().setRange(0, densityCap);
        XYLineAndShapeRenderer cr = (XYLineAndShapeRenderer) plot.getRenderer(1);
        for (int c = 0; c < dim; c++) {
            if (truth != null) {
                curves.setSeries(c, densityGrid, normal(truth.mean()[c], truth.sd(c)));
            } else {
                curves.setSeries(c, new double[0], new double[0]);
            }
            // data from a file have no known truth: no legend entry for it
            cr.setSeriesVisibleInLegend(c, truth != null);
        }
        for (JFreeChart c : charts()) {
            c.setNotify(true);
        }
    }

    private void reference(JFreeChart chart, double value, String label, Color color) {
        ValueMarker m = new ValueMarker(value, color, Palette.dashed(1.5f));
        m.setLabel(label);
        m.setLabelPaint(color.darker());
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 4));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        chart.getXYPlot().addRangeMarker(m, Layer.BACKGROUND);
        refMarkers.add(m);
    }

    /** Points of N(mu, sd^2) on the density grid, capped at the plot's top so the axis stays put. */
    private double[] normal(double mu, double sd) {
        double[] y = new double[densityGrid.length];
        for (int i = 0; i < y.length; i++) {
            double z = (densityGrid[i] - mu) / sd;
            double v = Math.exp(-0.5 * z * z) / (Math.sqrt(2 * Math.PI) * sd);
            y[i] = Double.isFinite(v) ? Math.min(v, densityCap * 2) : 0;
        }
        return y;
    }

    /**
     * Shows the trajectory and the current fit.
     *
     * @param xs per series the steps (1-D: mu, sigma, loglik; 2-D: mu1, mu2, s11, s12, s22, rho, loglik)
     * @param ys per series the values
     * @param reported the current parameters, for the fitted density
     */
    public void showTrajectory(double[][] xs, double[][] ys, double[] reported) {
        for (JFreeChart c : charts()) {
            c.setNotify(false);
        }
        if (dim == 1) {
            meanData.setSeries(0, xs[Columns.MU], ys[Columns.MU]);
            scaleData.setSeries(0, xs[Columns.SIGMA], ys[Columns.SIGMA]);
            logLikData.setSeries(0, xs[Columns.LOGLIK_1D], ys[Columns.LOGLIK_1D]);
            curves.setSeries(1, densityGrid, normal(reported[0], reported[1]));
        } else {
            meanData.setSeries(0, xs[Columns.MU1], ys[Columns.MU1]);
            meanData.setSeries(1, xs[Columns.MU2], ys[Columns.MU2]);
            scaleData.setSeries(0, xs[Columns.S11], ys[Columns.S11]);
            scaleData.setSeries(1, xs[Columns.S22], ys[Columns.S22]);
            rhoData.setSeries(0, xs[Columns.RHO], ys[Columns.RHO]);
            logLikData.setSeries(0, xs[Columns.LOGLIK_2D], ys[Columns.LOGLIK_2D]);
            curves.setSeries(2, densityGrid, normal(reported[0], Math.sqrt(reported[2])));
            curves.setSeries(3, densityGrid, normal(reported[1], Math.sqrt(reported[4])));
        }
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            fitMinimumRange(c);
            // a short run (slow motion, or a run that broke at once) shows each step as a dot
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) c.getXYPlot().getRenderer();
            r.setDefaultShapesVisible(xs[Columns.MU].length <= 60);
        }
        meanData.changed();
        scaleData.changed();
        rhoData.changed();
        logLikData.changed();
        curves.changed();
        placeLabels();
        for (JFreeChart c : charts()) {
            c.setNotify(true);
        }
    }

    /**
     * Keeps the value axis readable when a series is flat (one point, or a converged run): the
     * axis spans at least 1e-4 of the values' magnitude (and at least 1e-3 near zero) instead of
     * zooming into rounding noise.
     */
    private static void fitMinimumRange(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        double magnitude = 0;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            if (plot.getDataset(d) == null || plot.getRangeAxisIndex(plot.getRangeAxisForDataset(d)) != 0) {
                continue;
            }
            var ds = plot.getDataset(d);
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                for (int i = 0; i < ds.getItemCount(s); i++) {
                    magnitude = Math.max(magnitude, Math.abs(ds.getYValue(s, i)));
                }
            }
        }
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setAutoRangeMinimumSize(Math.max(1e-3, 1e-3 * magnitude), false);
    }

    /**
     * A mark on the trajectory charts: a divergence (a line with a band) or a convergence.
     *
     * @param step the step
     * @param label the text beside the line ({@code null}: none)
     * @param diverged true for a divergence
     * @param colour the line's colour ({@code null}: vermillion for a divergence, green otherwise)
     */
    public record Mark(long step, String label, boolean diverged, Color colour) {
    }

    /**
     * Marks a step on the three trajectory charts: the divergence (a line labelled with the
     * reason) or the convergence.
     *
     * @param step the step, or a negative number to remove the marks
     * @param label the label ({@code null} permitted)
     * @param diverged true for a divergence (vermillion), false for convergence (green)
     */
    public void markStep(long step, String label, boolean diverged) {
        markSteps(step < 0 ? List.of() : List.of(new Mark(step, label, diverged, null)));
    }

    /**
     * Leaves a small tick at the step of each live change (α, optimizer, hyperparameters) on the
     * three trajectory charts, labelled with what changed. Nothing is redrawn when they are the
     * ticks already shown.
     *
     * @param start the settings the run started with
     * @param next the changes in step order
     */
    public void markChanges(org.likelihoodlab.experiment.LiveSettings start,
            List<org.likelihoodlab.experiment.RunPlan.Change> next) {
        if (next.equals(changes)) {
            return;
        }
        changes = List.copyOf(next);
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            for (Marker m : changeMarkers) {
                c.getXYPlot().removeDomainMarker(0, m, Layer.FOREGROUND, false);
            }
        }
        changeMarkers.clear();
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            org.likelihoodlab.experiment.LiveSettings before = start;
            for (org.likelihoodlab.experiment.RunPlan.Change ch : changes) {
                ValueMarker m = new ValueMarker(ch.step(), Palette.GREY, Palette.dotted(1.5f));
                m.setLabel(ch.settings().changeFrom(before));
                m.setLabelPaint(Palette.GREY);
                m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
                m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 3, 4, 3));
                c.getXYPlot().addDomainMarker(0, m, Layer.FOREGROUND, false);
                changeMarkers.add(m);
                before = ch.settings();
            }
            c.fireChartChanged();
        }
    }

    /** @return the live-change ticks now on the charts */
    public List<org.likelihoodlab.experiment.RunPlan.Change> changeTicks() {
        return changes;
    }

    /** @return the marks now on the charts */
    public List<Mark> marks() {
        return marks;
    }

    /**
     * Replaces every mark on the trajectory charts by these (the marks of each run of a race, in
     * its colour). Nothing is redrawn when they are the marks already shown.
     */
    public void markSteps(List<Mark> next) {
        if (next.equals(marks)) {
            return;
        }
        marks = List.copyOf(next);
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            c.setNotify(false);
            for (Marker m : stepMarkers) {
                c.getXYPlot().removeDomainMarker(0, m, Layer.FOREGROUND, false);
                c.getXYPlot().removeDomainMarker(0, m, Layer.BACKGROUND, false);
            }
        }
        stepMarkers.clear();
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            for (Mark k : marks) {
                Color color = k.colour() != null ? k.colour() : k.diverged() ? Palette.VERMILLION : Palette.GREEN;
                ValueMarker m = new ValueMarker(k.step(), color, k.diverged() ? Palette.line(2f) : Palette.dashed(1.6f));
                if (k.label() != null) {
                    m.setLabel(k.label());
                    m.setLabelPaint(color.darker());
                    m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
                    // where the lines leave room (placeLabels); several marks stack
                }
                c.getXYPlot().addDomainMarker(0, m, Layer.FOREGROUND, false);
                stepMarkers.add(m);
                if (k.diverged()) {
                    IntervalMarker band = new IntervalMarker(k.step() - 0.5, k.step() + 0.5,
                            new Color(color.getRed(), color.getGreen(), color.getBlue(), 40));
                    c.getXYPlot().addDomainMarker(0, band, Layer.BACKGROUND, false);
                    stepMarkers.add(band);
                }
            }
        }
        placeLabels();
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            c.setNotify(true);
        }
    }

    /**
     * Puts each step mark's label where the lines are not ({@link MarkLabels}) and each
     * reference line's label on the side of the line the run comes from, where the axis has
     * room for it (a label above an MLE line at the top of the range would be cut off).
     */
    private void placeLabels() {
        java.util.Set<Marker> ours = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        ours.addAll(stepMarkers);
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            XYPlot plot = c.getXYPlot();
            java.util.Collection<?> fg = plot.getDomainMarkers(0, Layer.FOREGROUND);
            List<Marker> here = new ArrayList<>();
            if (fg != null) {
                for (Object o : fg) {
                    if (o instanceof Marker m && ours.contains(m)) {
                        here.add(m);
                    }
                }
            }
            MarkLabels.place(plot, here);
        }
        for (JFreeChart c : new JFreeChart[] {mean, scale}) {
            XYPlot plot = c.getXYPlot();
            org.jfree.data.xy.XYDataset d = plot.getDataset(0);
            if (d == null || d.getSeriesCount() == 0 || d.getItemCount(0) == 0) {
                continue;
            }
            double start = d.getYValue(0, 0);
            java.util.Collection<?> bg = plot.getRangeMarkers(0, Layer.BACKGROUND);
            List<ValueMarker> lines = new ArrayList<>();
            for (Object o : bg == null ? List.of() : bg) {
                if (o instanceof ValueMarker m && refMarkers.contains(m)) {
                    // below the line when the run starts below it: the range reaches down to the start
                    m.setLabelTextAnchor(start < m.getValue() ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
                    lines.add(m);
                }
            }
            separateCloseLabels(lines, org.jfree.data.general.DatasetUtils.findRangeBounds(d));
        }
    }

    /**
     * Two reference lines closer than a twelfth of the range (MLE Σ₁₁ and MLE Σ₂₂ of a round
     * Gaussian) would print their labels on top of each other: the lower one's goes below its
     * line, the upper one's above.
     */
    private static void separateCloseLabels(List<ValueMarker> lines, org.jfree.data.Range data) {
        if (lines.size() < 2) {
            return;
        }
        lines.sort(java.util.Comparator.comparingDouble(ValueMarker::getValue));
        double lo = lines.get(0).getValue();
        double hi = lines.get(lines.size() - 1).getValue();
        if (data != null) {
            lo = Math.min(lo, data.getLowerBound());
            hi = Math.max(hi, data.getUpperBound());
        }
        double close = (hi - lo) / 12;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).getValue() - lines.get(i - 1).getValue() < close) {
                lines.get(i - 1).setLabelTextAnchor(TextAnchor.TOP_LEFT);
                lines.get(i).setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            }
        }
    }
}
