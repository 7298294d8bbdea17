package org.likelihoodlab.charts;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * The distance to the MLE on a log axis at the right of the log-likelihood chart, with the
 * theory's line of the local rate through it: on the log axis the slope is the rate.
 */
final class DistanceToMle {

    private final XYPlot plot;
    private final ArrayXYDataset distanceData = new ArrayXYDataset("distance to the MLE (right, log)",
            "theory |1 \u2212 \u03b1h|\u1d4f");

    /** Adds the right log axis, its dataset (index 2) and its renderer to the log-likelihood plot. */
    DistanceToMle(XYPlot logLikPlot) {
        this.plot = logLikPlot;
        LogAxis axis = new NiceLogAxis("distance to MLE");
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
    void show(double[][] rows, double[] mle, double rate) {
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
        // round ticks at any span: NiceLogAxis
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
        ((XYLineAndShapeRenderer) plot.getRenderer(2)).setSeriesVisibleInLegend(1,
                distanceData.getItemCount(1) > 0, false);
        distanceData.changed();
    }
}
