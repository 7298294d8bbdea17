package org.likelihoodlab.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * The data of a chart as CSV, exactly what it shows: every visible series of every XY dataset of
 * the plot (and of each subplot of a {@link CombinedDomainXYPlot}), one row {@code series,x,y} per
 * point inside the axes' current ranges (after a zoom, only the zoomed part). An {@link XYZDataset}
 * adds its {@code z}; the header then has a {@code z} column, empty for points without one.
 * Numbers are written in full precision ({@link Double#toString}); a series name with a comma,
 * a quote or a line break is quoted. Other plots (no XY data) give the header only.
 */
public final class ChartCsv {

    private ChartCsv() {
    }

    /** Writes the chart's shown points, header first. */
    public static void write(JFreeChart chart, Appendable out) throws IOException {
        List<XYPlot> plots = plots(chart.getPlot());
        boolean withZ = plots.stream().anyMatch(ChartCsv::hasVisibleXyz);
        out.append(withZ ? "series,x,y,z\n" : "series,x,y\n");
        for (XYPlot p : plots) {
            for (int d = 0; d < p.getDatasetCount(); d++) {
                XYDataset data = p.getDataset(d);
                XYItemRenderer r = data == null ? null : p.getRendererForDataset(data);
                if (r != null) {
                    write(data, r, p.getDomainAxisForDataset(d), p.getRangeAxisForDataset(d), withZ, out);
                }
            }
        }
    }

    /** @return the chart's shown points as CSV text */
    public static String csv(JFreeChart chart) {
        StringBuilder b = new StringBuilder();
        try {
            write(chart, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringBuilder does not throw
        }
        return b.toString();
    }

    private static void write(XYDataset data, XYItemRenderer r, ValueAxis xAxis, ValueAxis yAxis, boolean withZ,
            Appendable out) throws IOException {
        Range xs = xAxis.getRange();
        Range ys = yAxis.getRange();
        XYZDataset xyz = data instanceof XYZDataset z ? z : null;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (!r.isSeriesVisible(s)) {
                continue;
            }
            String name = quoted(String.valueOf(data.getSeriesKey(s)));
            for (int i = 0; i < data.getItemCount(s); i++) {
                double x = data.getXValue(s, i);
                double y = data.getYValue(s, i);
                if (!xs.contains(x) || !ys.contains(y)) {
                    continue;   // outside the view (NaN too: a gap in a line)
                }
                out.append(name).append(',').append(Double.toString(x)).append(',').append(Double.toString(y));
                if (withZ) {
                    out.append(',');
                    if (xyz != null) {
                        out.append(Double.toString(xyz.getZValue(s, i)));
                    }
                }
                out.append('\n');
            }
        }
    }

    private static boolean hasVisibleXyz(XYPlot p) {
        for (int d = 0; d < p.getDatasetCount(); d++) {
            if (p.getDataset(d) instanceof XYZDataset && p.getRendererForDataset(p.getDataset(d)) != null) {
                return true;
            }
        }
        return false;
    }

    private static List<XYPlot> plots(Plot plot) {
        List<XYPlot> l = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot c) {
            l.addAll(c.getSubplots());
        } else if (plot instanceof XYPlot p) {
            l.add(p);
        }
        return l;
    }

    /** @return a CSV field: as it is, or in quotes (inner quotes doubled) if it holds a comma, quote or line break */
    static String quoted(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
