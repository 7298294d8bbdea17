package org.likelihoodlab.charts;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;

/**
 * Places the labels of the step marks ("diverged at 110", "converged at 53") where the chart's
 * lines are not, so a label's box never hides the trajectory it talks about: at the top of the
 * plot if the lines leave it free over the stretch the label covers, else at the bottom, else in
 * the middle; where every band is taken the label goes to the top on a see-through box. The
 * bands are judged in the axis's own scale (log for a log axis) from the data the chart holds,
 * which is what its automatic range shows.
 */
final class MarkLabels {

    /** The share of the steps a label covers beside its line (about 100 px of a 400 px plot). */
    static final double LABEL_SPAN = 0.3;
    /** The bands, as shares of the value range from the bottom: {low, high}. */
    static final double[] TOP = {0.72, 1.01};
    static final double[] BOTTOM = {-0.01, 0.28};
    static final double[] MIDDLE = {0.38, 0.62};

    private static final double ROW = 15;

    private MarkLabels() {
    }

    /** Where a label went. */
    enum Place { TOP, BOTTOM, MIDDLE, OVER }

    /**
     * Places the labels of these domain markers of {@code plot} (unlabelled ones are left alone).
     *
     * @return where each labelled marker's label went, in order
     */
    static List<Place> place(XYPlot plot, List<? extends Marker> marks) {
        double[] x = domain(plot);
        int top = 0;
        int bottom = 0;
        List<Place> out = new java.util.ArrayList<>();
        for (Marker mk : marks) {
            if (!(mk instanceof ValueMarker m) || m.getLabel() == null) {
                continue;
            }
            double step = m.getValue();
            double span = x[1] - x[0];
            boolean early = span > 0 && step < x[0] + LABEL_SPAN * span;
            double a = early ? step : step - LABEL_SPAN * span;
            double b = early ? step + LABEL_SPAN * span : step;
            Place p;
            if (!hits(plot, a, b, TOP, top)) {
                p = Place.TOP;
            } else if (!hits(plot, a, b, BOTTOM, bottom)) {
                p = Place.BOTTOM;
            } else if (!hits(plot, a, b, MIDDLE, 0)) {
                p = Place.MIDDLE;
            } else {
                p = Place.OVER;
            }
            int row = p == Place.BOTTOM ? bottom++ : p == Place.MIDDLE ? 0 : top++;
            apply(m, p, early, row);
            out.add(p);
        }
        return out;
    }

    private static void apply(ValueMarker m, Place p, boolean early, int row) {
        double shift = ROW * row;
        switch (p) {
            case BOTTOM -> {
                m.setLabelAnchor(early ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
                m.setLabelTextAnchor(early ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
                m.setLabelOffset(new RectangleInsets(3, 3, 3 + shift, 3));
            }
            case MIDDLE -> {
                m.setLabelAnchor(early ? RectangleAnchor.RIGHT : RectangleAnchor.LEFT);
                m.setLabelTextAnchor(early ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
                m.setLabelOffset(new RectangleInsets(3, 3, 3, 3));
            }
            default -> {
                m.setLabelAnchor(early ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(early ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
                m.setLabelOffset(new RectangleInsets(3 + shift, 3, 3, 3));
            }
        }
        // in a free band the box keeps grid lines off the text; over the lines it lets them show
        m.setLabelBackgroundColor(new Color(255, 255, 255, p == Place.OVER ? 90 : 200));
    }

    /** @return {first, last} step the chart's data hold (0, 1 with no data) */
    private static double[] domain(XYPlot plot) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            for (int s = 0; ds != null && s < ds.getSeriesCount(); s++) {
                for (int i = 0; i < ds.getItemCount(s); i++) {
                    double v = ds.getXValue(s, i);
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {0, 1};
    }

    /**
     * @param rows labels already stacked in the band (each takes a little more of it)
     * @return whether any line of the plot passes through the band between steps a and b
     */
    static boolean hits(XYPlot plot, double a, double b, double[] band, int rows) {
        double bandLo = band[0];
        double bandHi = band[1];
        if (band == TOP) {
            bandLo -= 0.1 * rows;
        } else if (band == BOTTOM) {
            bandHi += 0.1 * rows;
        }
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            if (ds == null) {
                continue;
            }
            boolean log = plot.getRangeAxisForDataset(d) instanceof LogAxis;
            double[] range = range(ds, log);
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                int n = ds.getItemCount(s);
                for (int i = 0; i < n; i++) {
                    // the segment from point i to point i + 1 (a lone point: itself), where it overlaps [a, b]
                    int j = Math.min(i + 1, n - 1);
                    double x0 = ds.getXValue(s, i);
                    double x1 = ds.getXValue(s, j);
                    if (x1 < a || x0 > b) {
                        continue;
                    }
                    double v0 = share(ds.getYValue(s, i), range, log);
                    double v1 = share(ds.getYValue(s, j), range, log);
                    double lo = Double.isNaN(v0) ? v1 : Double.isNaN(v1) ? v0 : Math.min(v0, v1);
                    double hi = Double.isNaN(v0) ? v1 : Double.isNaN(v1) ? v0 : Math.max(v0, v1);
                    if (hi >= bandLo && lo <= bandHi) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** @return {min, max} of the dataset's y values (log10 for a log axis; positive values only) */
    private static double[] range(XYDataset ds, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < ds.getSeriesCount(); s++) {
            for (int i = 0; i < ds.getItemCount(s); i++) {
                double v = ds.getYValue(s, i);
                if (log) {
                    v = v > 0 ? Math.log10(v) : Double.NaN;
                }
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[] {lo, hi};
    }

    /** @return where v lies in the range, 0 at its bottom and 1 at its top (a flat series: the middle) */
    private static double share(double v, double[] range, boolean log) {
        double y = log ? (v > 0 ? Math.log10(v) : Double.NaN) : v;
        if (!Double.isFinite(y)) {
            return Double.NaN;
        }
        double span = range[1] - range[0];
        return span > 0 ? (y - range[0]) / span : 0.5;
    }
}
