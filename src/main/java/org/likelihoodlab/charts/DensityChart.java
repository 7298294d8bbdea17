package org.likelihoodlab.charts;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.TrueGaussian;

/**
 * The density figure of a run: the data's histogram (1-D: of x; 2-D: both marginals) with the
 * true density, where it is known, and the density of the current fit drawn over it.
 */
final class DensityChart {

    private final int dim;
    private final JFreeChart density;
    private final ArrayXYDataset curves;
    private double[] densityGrid = new double[0];
    private double densityCap = 1;

    /** @param dim 1 or 2 */
    DensityChart(int dim) {
        this.dim = dim;
        curves = dim == 1 ? new ArrayXYDataset("true density", "fit N(\u03bc, \u03c3\u00b2)")
                : new ArrayXYDataset("true y\u2081", "true y\u2082", "fit y\u2081", "fit y\u2082");
        density = buildDensity();
    }

    JFreeChart chart() {
        return density;
    }

    private JFreeChart buildDensity() {
        NumberAxis x = RunFigures.rootTicks(new NumberAxis(dim == 1 ? "x" : "y\u2081, y\u2082"), false);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = RunFigures.rootTicks(new NumberAxis("density"), false);
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
        return StepChart.style(new JFreeChart(dim == 1 ? "Data, true and fitted density" : "Marginals: data, true and fitted",
                StepChart.TITLE, plot, true));
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
     * Shows a new data set: the histogram and the true density (if known). The caller holds the
     * chart's notifications.
     *
     * @param truth the true distribution ({@code null} permitted: data from a file)
     */
    void showData(Dataset data, TrueGaussian truth) {
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
    }

    /**
     * Draws the density of the current fit (without telling the chart; see {@link #changed}).
     *
     * @param reported the current parameters (1-D: mu, sigma; 2-D: mu1, mu2, s11, s12, s22)
     */
    void showFit(double[] reported) {
        if (dim == 1) {
            curves.setSeries(1, densityGrid, normal(reported[0], reported[1]));
        } else {
            curves.setSeries(2, densityGrid, normal(reported[0], Math.sqrt(reported[2])));
            curves.setSeries(3, densityGrid, normal(reported[1], Math.sqrt(reported[4])));
        }
    }

    /** Tells the chart that the curves changed. */
    void changed() {
        curves.changed();
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
}
