package org.likelihoodlab.charts;

import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * The axis ranges a user zoomed or panned a chart to: {@code x0..x1} on the domain axis and
 * {@code y0..y1} on the primary range axis (other range axes keep their own ranges). A chart
 * without a zoom shows its automatic ranges; a zoom is applied only while the chart is drawn
 * ({@link #during}), so the figure that owns the chart keeps its own range logic and gets its
 * ranges back, whatever it set, once the zoom is cleared.
 */
public record Zoom(double x0, double x1, double y0, double y1) {

    public Zoom {
        if (!(x0 < x1) || !(y0 < y1) || !Double.isFinite(x0) || !Double.isFinite(x1) || !Double.isFinite(y0)
                || !Double.isFinite(y1)) {
            throw new IllegalArgumentException("a zoom needs finite, increasing ranges");
        }
    }

    /** @return {x0, x1, y0, y1} */
    public double[] ranges() {
        return new double[] {x0, x1, y0, y1};
    }

    /** @return true if the point is inside this zoom's region */
    public boolean contains(double x, double y) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }

    /** Sets a chart's domain and primary range axes to this zoom for good (an exported copy). */
    public void applyTo(JFreeChart chart) {
        if (chart.getPlot() instanceof EqualAspectPlot e) {
            e.show(x0, x1, y0, y1);
        } else if (chart.getPlot() instanceof XYPlot plot) {
            plot.getDomainAxis().setRange(new Range(x0, x1));
            plot.getRangeAxis().setRange(new Range(y0, y1));
        }
    }

    /**
     * Draws (or does anything to) a chart with this zoom in force, then gives the chart's axes
     * back what they had: their automatic ranging or their ranges, without notifying listeners.
     *
     * @param zoom the zoom, or {@code null}: {@code work} runs on the chart as it is
     */
    public static <T> T during(JFreeChart chart, Zoom zoom, Supplier<T> work) {
        if (zoom == null || !(chart.getPlot() instanceof XYPlot plot)) {
            return work.get();
        }
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        ValueAxis x = plot.getDomainAxis();
        ValueAxis y = plot.getRangeAxis();
        boolean xAuto = x.isAutoRange();
        boolean yAuto = y.isAutoRange();
        Range xr = x.getRange();
        Range yr = y.getRange();
        double[] wanted = plot instanceof EqualAspectPlot e ? e.wanted() : null;
        try {
            if (plot instanceof EqualAspectPlot e) {
                e.show(zoom.x0, zoom.x1, zoom.y0, zoom.y1);
            } else {
                x.setRange(new Range(zoom.x0, zoom.x1), true, false);
                y.setRange(new Range(zoom.y0, zoom.y1), true, false);
            }
            return work.get();
        } finally {
            if (plot instanceof EqualAspectPlot e && wanted != null) {
                e.show(wanted[0], wanted[1], wanted[2], wanted[3]);
            }
            restore(x, xAuto, xr);
            restore(y, yAuto, yr);
            chart.setNotify(notify);
        }
    }

    private static void restore(ValueAxis axis, boolean auto, Range range) {
        if (auto) {
            axis.setAutoRange(true);
        } else {
            axis.setRange(range, true, false);
        }
    }
}
