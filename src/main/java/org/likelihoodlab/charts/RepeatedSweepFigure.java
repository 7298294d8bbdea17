package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.likelihoodlab.experiment.RepeatedSweep;

/**
 * A learning-rate sweep of a stochastic run over R sampling seeds: the median final error
 * against the learning rate (both axes logarithmic) with the 10-90 % band of the R runs shaded.
 * A learning rate at which a run diverged has an infinite upper quantile: its band stops there.
 */
public final class RepeatedSweepFigure {

    private final JFreeChart chart;
    private final XYPlot plot;
    private final YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    private List<RepeatedSweep.Point> points = List.of();

    public RepeatedSweepFigure() {
        LogAxis x = new NiceLogAxis("learning rate \u03b1 (log scale)");
        x.setNumberFormatOverride(RunFigures.axisFormat());
        LogAxis y = new NiceLogAxis("final error: max |\u03b8 \u2212 MLE| (log scale)");
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.#####",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setSeriesPaint(0, Palette.BLUE);
        r.setSeriesFillPaint(0, Palette.SKY);
        r.setSeriesStroke(0, Palette.line(2f));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setAlpha(0.35f);
        plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
        chart = new JFreeChart("Learning-rate sweep over sampling seeds: final error", new Font(Font.SANS_SERIF,
                Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** @return the points shown */
    public List<RepeatedSweep.Point> points() {
        return points;
    }

    /**
     * Shows a repeated sweep.
     *
     * @param bound the local stability bound (NaN: none)
     * @param boundLabel how to label it
     */
    public void show(List<RepeatedSweep.Point> pts, double bound, String boundLabel) {
        points = List.copyOf(pts);
        chart.setNotify(false);
        data.removeAllSeries();
        int repeats = pts.isEmpty() ? 0 : pts.get(0).repeats();
        YIntervalSeries s = new YIntervalSeries("median of " + repeats + " seeds, 10\u201390 % band");
        for (RepeatedSweep.Point p : pts) {
            // log axes: a zero or an infinity has no place; a diverged median ends the line
            if (p.median() > 0 && Double.isFinite(p.median())) {
                double lo = p.p10() > 0 ? p.p10() : p.median();
                double hi = Double.isFinite(p.p90()) ? p.p90() : p.median();
                s.add(p.lr(), p.median(), lo, hi);
            }
        }
        data.addSeries(s);
        plot.clearDomainMarkers();
        if (!pts.isEmpty()) {
            plot.getDomainAxis().setRange(pts.get(0).lr() / 1.15, pts.get(pts.size() - 1).lr() * 1.15);
        }
        if (Double.isFinite(bound)) {
            ValueMarker b = new ValueMarker(bound, Palette.GREY, Palette.dashed(2f));
            b.setLabel(boundLabel);
            b.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            b.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            b.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addDomainMarker(b, Layer.FOREGROUND);
        }
        chart.setNotify(true);
    }

    /** @return the band's series (for tests) */
    public YIntervalSeriesCollection data() {
        return data;
    }
}
