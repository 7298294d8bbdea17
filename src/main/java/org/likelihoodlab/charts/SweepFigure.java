package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.likelihoodlab.experiment.Outcome;
import org.likelihoodlab.experiment.Sweep;

/**
 * A learning-rate sweep: the final average log-likelihood against the learning rate (log axis),
 * one colour per outcome, the diverged region shaded and the theoretical bound as a vertical line.
 */
public final class SweepFigure {

    private final JFreeChart chart;
    private final XYPlot plot;
    /** The outcomes in legend order, one series each. */
    private static final Outcome[] SHOWN = {Outcome.CONVERGED, Outcome.UNFINISHED, Outcome.CRAWLING,
        Outcome.OSCILLATING, Outcome.DIVERGED};
    private final ArrayXYDataset data = new ArrayXYDataset("converged", "unfinished", "crawling", "oscillating",
            "diverged");
    private List<Sweep.Point> points = List.of();

    public SweepFigure() {
        LogAxis x = new NiceLogAxis("learning rate \u03b1 (log scale)");
        x.setNumberFormatOverride(RunFigures.axisFormat());
        NumberAxis y = new NumberAxis("final \u2113 (nats per point)");
        y.setAutoRangeIncludesZero(false);
        y.setNumberFormatOverride(RunFigures.axisFormat());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        Color[] colors = {Palette.GREEN, Palette.GREY, Palette.SKY, Palette.ORANGE, Palette.VERMILLION};
        for (int i = 0; i < SHOWN.length; i++) {
            r.setSeriesPaint(i, colors[i]);
            r.setSeriesShape(i, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        }
        plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
        chart = new JFreeChart("Learning-rate sweep: final log-likelihood", new Font(Font.SANS_SERIF, Font.BOLD, 14),
                plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** @return the points shown */
    public List<Sweep.Point> points() {
        return points;
    }

    /**
     * Shows a sweep.
     *
     * @param bound the local stability bound (NaN: none)
     * @param boundLabel how to label it, e.g. "bound s\u00b2 = 0.232"
     */
    public void show(List<Sweep.Point> pts, double bound, String boundLabel) {
        points = List.copyOf(pts);
        chart.setNotify(false);
        for (int k = 0; k < SHOWN.length; k++) {
            Outcome st = SHOWN[k];
            double[] xs = pts.stream().filter(p -> p.status() == st).mapToDouble(Sweep.Point::lr).toArray();
            double[] ys = pts.stream().filter(p -> p.status() == st).mapToDouble(Sweep.Point::finalLogLik).toArray();
            data.setSeries(k, xs, ys);
        }
        data.changed();
        plot.clearDomainMarkers();
        double firstDiverged = pts.stream().filter(p -> p.status() == Outcome.DIVERGED)
                .mapToDouble(Sweep.Point::lr).min().orElse(Double.NaN);
        if (!pts.isEmpty()) {
            double lo = pts.get(0).lr();
            double hi = pts.get(pts.size() - 1).lr();
            plot.getDomainAxis().setRange(lo / 1.15, hi * 1.15);
            if (Double.isFinite(firstDiverged)) {
                IntervalMarker m = new IntervalMarker(firstDiverged / 1.04, hi * 1.15, new Color(0xD5, 0x5E, 0x00, 40));
                m.setLabel("diverged");
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                plot.addDomainMarker(m, Layer.BACKGROUND);
            }
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
}
