package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * How the charts of a run are built and kept readable: the line chart of values against step
 * that the mean, scale and log-likelihood figures are, the white look with the legend on top
 * that every run chart shares, and the floor under a flat series' value axis.
 */
final class StepChart {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private StepChart() {
    }

    /** @return a line chart of the dataset's series against step, one colour per series */
    static JFreeChart create(String title, String yLabel, ArrayXYDataset data, Color... colors) {
        NumberAxis x = new NumberAxis("step");
        RunFigures.rootTicks(x, true);
        x.setAutoRangeIncludesZero(false);
        // a run of one or two steps still gets a readable axis that starts at step 0
        x.setAutoRangeMinimumSize(10);
        x.setRangeType(org.jfree.data.RangeType.POSITIVE);
        x.setLowerMargin(0.02);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeMinimumSize(1e-9);
        y.setNumberFormatOverride(RunFigures.axisFormat());
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

    /** Gives a run chart its look: white, anti-aliased, no outline, the legend on top without a frame. */
    static JFreeChart style(JFreeChart chart) {
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
     * Keeps the value axis readable when a series is flat (one point, or a converged run): the
     * axis spans at least 1e-4 of the values' magnitude (and at least 1e-3 near zero) instead of
     * zooming into rounding noise.
     */
    static void fitMinimumRange(JFreeChart chart) {
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
}
