package org.likelihoodlab.charts;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * The zoom of one XY chart as a person sets it (wheel, drag, keys): the ranges the figure gave its
 * axes ("home": automatic or fixed) are kept when the first gesture starts, so {@link #restore()}
 * puts exactly those back; while zoomed, {@link #keep()} re-applies the person's ranges after the
 * figure set its own (a live figure that sets its ranges on every refresh stays zoomed).
 */
public final class ChartZoom {

    /** One axis as it was: automatic, or a fixed range. */
    private record AxisState(boolean auto, Range range) {
    }

    private JFreeChart chart;
    private List<AxisState> home = List.of();
    private List<AxisState> user = List.of();
    private boolean zoomed;
    private List<AxisState> pressed;

    public ChartZoom(JFreeChart chart) {
        this.chart = chart;
    }

    /** Shows another chart: not zoomed. */
    public void setChart(JFreeChart chart) {
        this.chart = chart;
        zoomed = false;
    }

    public boolean isZoomed() {
        return zoomed;
    }

    /** Call when a gesture that may change the ranges starts (a press before a drag). */
    public void gestureStarts() {
        pressed = zoomed ? null : capture();
    }

    /** Call when it ended: if the ranges moved, the chart is zoomed (and its home kept). */
    public void gestureEnded() {
        List<AxisState> now = capture();
        if (!zoomed && pressed != null && !ranges(now).equals(ranges(pressed))) {
            home = pressed;
            zoomed = true;
        }
        if (zoomed) {
            user = now;
        }
        pressed = null;
    }

    /**
     * Zooms both axes about a point of the data area.
     *
     * @param factor below 1 zooms in (0.8: the ranges become 80 % as wide), above 1 out
     * @param anchor in the chart's pixels (null: the middle of the data area)
     */
    public void zoom(double factor, PlotRenderingInfo info, Point2D anchor) {
        if (!(chart.getPlot() instanceof XYPlot p) || info == null) {
            return;
        }
        Rectangle2D area = info.getDataArea();
        Point2D at = anchor != null ? anchor : new Point2D.Double(area.getCenterX(), area.getCenterY());
        gestureStarts();
        boolean notify = p.isNotify();
        p.setNotify(false);
        p.zoomDomainAxes(factor, info, at, true);
        p.zoomRangeAxes(factor, info, at, true);
        p.setNotify(notify);
        gestureEnded();
    }

    /** Puts the figure's own ranges back (a double-click, "Zoom to fit", Ctrl+0). */
    public void restore() {
        if (zoomed) {
            apply(home);
        }
        zoomed = false;
    }

    /** Forgets the zoom without touching the axes (a new result the figure has just ranged). */
    public void forget() {
        zoomed = false;
    }

    /** After the figure set its ranges again: those are the new home, and a zoom stays on. */
    public void keep() {
        if (zoomed) {
            List<AxisState> now = capture();
            if (!ranges(now).equals(ranges(user))) {
                home = now;   // the figure ranged its axes anew
            }
            apply(user);
        }
    }

    private List<ValueAxis> axes() {
        List<ValueAxis> l = new ArrayList<>();
        if (chart.getPlot() instanceof XYPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                l.add(p.getDomainAxis(i));
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                l.add(p.getRangeAxis(i));
            }
        }
        return l;
    }

    private List<AxisState> capture() {
        List<AxisState> l = new ArrayList<>();
        for (ValueAxis a : axes()) {
            l.add(a == null ? new AxisState(true, null) : new AxisState(a.isAutoRange(), a.getRange()));
        }
        return l;
    }

    private static List<Range> ranges(List<AxisState> states) {
        List<Range> l = new ArrayList<>();
        for (AxisState s : states) {
            l.add(s.range());
        }
        return l;
    }

    private void apply(List<AxisState> states) {
        List<ValueAxis> axes = axes();
        if (axes.size() != states.size()) {
            return;   // the figure changed its axes: its own ranges stand
        }
        boolean differs = false;
        for (int i = 0; i < axes.size(); i++) {
            differs |= axes.get(i) != null && differs(axes.get(i), states.get(i));
        }
        if (!differs) {
            return;   // setting the same ranges again would redraw the chart for nothing
        }
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        for (int i = 0; i < axes.size(); i++) {
            ValueAxis a = axes.get(i);
            AxisState s = states.get(i);
            if (a == null || !differs(a, s)) {
                continue;
            }
            if (s.auto()) {
                a.setAutoRange(true);
            } else {
                a.setRange(s.range());
            }
        }
        chart.setNotify(notify);
    }

    private static boolean differs(ValueAxis a, AxisState s) {
        return s.auto() ? !a.isAutoRange() : s.range() != null && (a.isAutoRange() || !a.getRange().equals(s.range()));
    }
}
