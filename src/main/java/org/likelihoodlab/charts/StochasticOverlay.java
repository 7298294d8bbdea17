package org.likelihoodlab.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.likelihoodlab.experiment.Columns;
import org.likelihoodlab.experiment.NoiseBall;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.StochasticView;

/**
 * The stochastic layer of the trajectory charts (math.md 9.2-9.5), on top of {@link RunFigures}:
 * the averaged iterate as a dashed line in each series' colour on the mean, scale and
 * log-likelihood charts; lr_k against step on a right-hand log axis of the log-likelihood chart;
 * and the predicted noise ball as +-1 sd and +-2 sd bands around the MLE on the mean and scale
 * charts. A plain run shows none of it.
 */
public final class StochasticOverlay {

    /** Dataset and axis indices well above those of the figures' own runs. */
    static final int DATASET = 20;
    static final int LR_DATASET = 21;
    static final int LR_AXIS = 3;
    static final int BALL_LEGEND = 22;

    private final int dim;
    private final JFreeChart mean;
    private final JFreeChart scale;
    private final JFreeChart logLik;
    private final ArrayXYDataset meanAvg;
    private final ArrayXYDataset scaleAvg;
    private final ArrayXYDataset logLikAvg;
    private final ArrayXYDataset lr;
    private final LogAxis lrAxis;
    private final XYLineAndShapeRenderer[] avgRenderers = new XYLineAndShapeRenderer[3];
    private final XYLineAndShapeRenderer lrRenderer;
    private final List<Marker> bands = new ArrayList<>();
    private final org.jfree.chart.renderer.xy.XYBarRenderer[] ballLegends = new org.jfree.chart.renderer.xy.XYBarRenderer[2];
    private NoiseBall.Prediction shownBall;
    private double[] shownMle;

    StochasticOverlay(RunFigures f) {
        this.dim = f.dim();
        this.mean = f.meanChart();
        this.scale = f.scaleChart();
        this.logLik = f.logLikChart();
        meanAvg = dim == 1 ? new ArrayXYDataset("\u03bc averaged") : new ArrayXYDataset("\u03bc\u2081 averaged",
                "\u03bc\u2082 averaged");
        scaleAvg = dim == 1 ? new ArrayXYDataset("\u03c3 averaged") : new ArrayXYDataset("\u03a3\u2081\u2081 averaged",
                "\u03a3\u2082\u2082 averaged");
        logLikAvg = new ArrayXYDataset("\u2113 averaged");
        avgRenderers[0] = add(mean, DATASET, meanAvg, Palette.BLUE, Palette.ORANGE);
        avgRenderers[1] = add(scale, DATASET, scaleAvg, Palette.GREEN, Palette.PURPLE);
        avgRenderers[2] = add(logLik, DATASET, logLikAvg, Palette.SKY);
        lr = new ArrayXYDataset("lr\u2096 (outer right axis)");
        XYPlot plot = logLik.getXYPlot();
        lrAxis = new NiceLogAxis("lr\u2096");
        lrAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.######",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        lrAxis.setVisible(false);
        plot.setRangeAxis(LR_AXIS, lrAxis);
        plot.setDataset(LR_DATASET, lr);
        plot.mapDatasetToRangeAxis(LR_DATASET, LR_AXIS);
        lrRenderer = new XYLineAndShapeRenderer(true, false);
        lrRenderer.setDefaultCreateEntities(false);
        // purple, line and axis alike: the distance to the MLE has the other right axis, in grey
        lrRenderer.setSeriesPaint(0, Palette.PURPLE.darker());
        lrRenderer.setSeriesStroke(0, Palette.line(2f));
        lrAxis.setLabelPaint(Palette.PURPLE.darker());
        lrAxis.setTickLabelPaint(Palette.PURPLE.darker());
        lrRenderer.setDefaultSeriesVisibleInLegend(false);
        plot.setRenderer(LR_DATASET, lrRenderer);
        ballLegends[0] = ballLegend(mean, Palette.BLUE);
        ballLegends[1] = ballLegend(scale, Palette.GREEN);
    }

    /** A legend entry for the bands (an empty series whose legend is a filled swatch). */
    private static org.jfree.chart.renderer.xy.XYBarRenderer ballLegend(JFreeChart chart, Color c) {
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(BALL_LEGEND, new ArrayXYDataset("noise ball \u00b11, \u00b12 sd (predicted)"));
        plot.mapDatasetToRangeAxis(BALL_LEGEND, 0);
        org.jfree.chart.renderer.xy.XYBarRenderer r = new org.jfree.chart.renderer.xy.XYBarRenderer();
        r.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
        r.setDefaultSeriesVisibleInLegend(false);
        plot.setRenderer(BALL_LEGEND, r);
        return r;
    }

    private static XYLineAndShapeRenderer add(JFreeChart chart, int index, ArrayXYDataset data, Color... colors) {
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(index, data);
        plot.mapDatasetToRangeAxis(index, 0);
        XYLineAndShapeRenderer r = new DenseLines.Renderer();
        r.setDefaultCreateEntities(false);
        for (int i = 0; i < colors.length; i++) {
            r.setSeriesPaint(i, colors[i].darker());
            r.setSeriesStroke(i, Palette.dashed(2.5f));
        }
        r.setDefaultSeriesVisibleInLegend(false);
        plot.setRenderer(index, r);
        return r;
    }

    /** Shows the view's averaged iterate, lr_k and noise ball, or clears them for a plain run. */
    public void show(RunView v) {
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            c.setNotify(false);
        }
        try {
            StochasticView st = v.stochastic();
            Scenario s = v.scenario();
            showAveraged(v, st != null && st.averaged() != null ? s : null);
            showLr(v, st != null && st.scheduled() ? s : null);
            showBall(st == null ? null : st.ball(), v.mle());
        } finally {
            for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
                c.setNotify(true);
            }
        }
    }

    private void showAveraged(RunView v, Scenario s) {
        double[] none = new double[0];
        int[] meanIdx = dim == 1 ? new int[] {0} : new int[] {0, 1};
        int[] scaleIdx = dim == 1 ? new int[] {1} : new int[] {2, 4};
        boolean on = s != null && Columns.averaged(s, 0) >= 0 && v.xs().length == Columns.count(s);
        for (int i = 0; i < meanIdx.length; i++) {
            int c = on ? Columns.averaged(s, meanIdx[i]) : -1;
            meanAvg.setSeries(i, c < 0 ? none : v.xs()[c], c < 0 ? none : v.ys()[c]);
            c = on ? Columns.averaged(s, scaleIdx[i]) : -1;
            scaleAvg.setSeries(i, c < 0 ? none : v.xs()[c], c < 0 ? none : v.ys()[c]);
        }
        int c = on ? Columns.averaged(s, dim == 1 ? 2 : 5) : -1;
        logLikAvg.setSeries(0, c < 0 ? none : v.xs()[c], c < 0 ? none : v.ys()[c]);
        for (XYLineAndShapeRenderer r : avgRenderers) {
            r.setDefaultSeriesVisibleInLegend(on);
        }
        // the average is drawn over the noisy path it averages (JFreeChart draws the highest index
        // first by default, which would bury it)
        for (JFreeChart chart : new JFreeChart[] {mean, scale, logLik}) {
            chart.getXYPlot().setDatasetRenderingOrder(on ? org.jfree.chart.plot.DatasetRenderingOrder.FORWARD
                    : org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        }
        meanAvg.changed();
        scaleAvg.changed();
        logLikAvg.changed();
    }

    private void showLr(RunView v, Scenario s) {
        int c = s == null || v.xs().length != Columns.count(s) ? -1 : Columns.lr(s);
        double[] none = new double[0];
        lr.setSeries(0, c < 0 ? none : v.xs()[c], c < 0 ? none : v.ys()[c]);
        lrAxis.setVisible(c >= 0);
        lrRenderer.setDefaultSeriesVisibleInLegend(c >= 0);
        if (c >= 0) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (double y : v.ys()[c]) {
                if (y > 0) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
            if (hi > 0) {
                // at least a factor of 10 shown, so a flat stretch is a line, not the whole height
                double mid = Math.sqrt(lo * hi);
                double span = Math.max(hi / lo, 10);
                lrAxis.setRange(mid / Math.sqrt(span) / 1.2, mid * Math.sqrt(span) * 1.2);
            }
        }
        lr.changed();
    }

    private void showBall(NoiseBall.Prediction ball, double[] mle) {
        if (ball == shownBall && java.util.Arrays.equals(mle, shownMle)) {
            return;
        }
        for (Marker m : bands) {
            mean.getXYPlot().removeRangeMarker(m, Layer.BACKGROUND);
            scale.getXYPlot().removeRangeMarker(m, Layer.BACKGROUND);
        }
        bands.clear();
        shownBall = ball;
        shownMle = mle.clone();
        for (org.jfree.chart.renderer.xy.XYBarRenderer r : ballLegends) {
            r.setDefaultSeriesVisibleInLegend(ball != null);
        }
        if (ball == null) {
            return;
        }
        if (dim == 1) {
            band(mean, mle[0], ball.sd()[0], Palette.BLUE);
            band(scale, mle[1], ball.sd()[1], Palette.GREEN);
        } else {
            band(mean, mle[0], ball.sd()[0], Palette.BLUE);
            band(mean, mle[1], ball.sd()[1], Palette.ORANGE);
            band(scale, mle[2], ball.sd()[2], Palette.GREEN);
            band(scale, mle[4], ball.sd()[4], Palette.PURPLE);
        }
    }

    private void band(JFreeChart chart, double centre, double sd, Color c) {
        IntervalMarker two = new IntervalMarker(centre - 2 * sd, centre + 2 * sd,
                new Color(c.getRed(), c.getGreen(), c.getBlue(), 28));
        IntervalMarker one = new IntervalMarker(centre - sd, centre + sd,
                new Color(c.getRed(), c.getGreen(), c.getBlue(), 48));
        chart.getXYPlot().addRangeMarker(two, Layer.BACKGROUND);
        chart.getXYPlot().addRangeMarker(one, Layer.BACKGROUND);
        bands.add(two);
        bands.add(one);
    }

    /** @return the number of noise-ball bands shown (two per coordinate; for tests) */
    public int bandCount() {
        return bands.size();
    }

    /** @return the averaged mean's series on the mean chart (for tests; do not modify) */
    public ArrayXYDataset averagedMean() {
        return meanAvg;
    }

    /** @return lr_k's series (for tests; do not modify) */
    public ArrayXYDataset learningRate() {
        return lr;
    }
}
