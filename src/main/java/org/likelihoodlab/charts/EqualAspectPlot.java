package org.likelihoodlab.charts;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * An XY plot whose two axes share a unit (y₁ and y₂, μ₁ and μ₂): one unit is as long across as up,
 * whatever the chart's size, so Σ = I is drawn as a circle. The figure asks for the region it
 * must show; at each drawing the shorter side of that region is widened about its centre to the
 * data area's proportions.
 */
final class EqualAspectPlot extends XYPlot {

    private static final long serialVersionUID = 1L;
    private double[] wanted;

    EqualAspectPlot(XYDataset data, ValueAxis x, ValueAxis y, XYItemRenderer r) {
        super(data, x, y, r);
    }

    /** The region that must be visible: {x0, x1, y0, y1}. */
    void show(double x0, double x1, double y0, double y1) {
        wanted = new double[] {x0, x1, y0, y1};
        getDomainAxis().setRange(new org.jfree.data.Range(x0, x1), false, true);
        getRangeAxis().setRange(new org.jfree.data.Range(y0, y1), false, true);
    }

    /** @return the region asked for ({x0, x1, y0, y1}), or {@code null} */
    double[] wanted() {
        return wanted == null ? null : wanted.clone();
    }

    /** @return the ranges drawn last ({x0, x1, y0, y1}), for tests */
    double[] drawnRanges() {
        return new double[] {getDomainAxis().getLowerBound(), getDomainAxis().getUpperBound(),
            getRangeAxis().getLowerBound(), getRangeAxis().getUpperBound()};
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (wanted != null && area.getWidth() > 20 && area.getHeight() > 20) {
            fit(g2, area);
        }
        super.draw(g2, area, anchor, parentState, info);
    }

    private void fit(Graphics2D g2, Rectangle2D area) {
        Rectangle2D inner = getInsets() == null ? area : new Rectangle2D.Double(area.getX() + getInsets().getLeft(),
                area.getY() + getInsets().getTop(), area.getWidth() - getInsets().getLeft() - getInsets().getRight(),
                area.getHeight() - getInsets().getTop() - getInsets().getBottom());
        // the axes as they would be with the region asked for, then the data area they leave; once
        // more with the widened ranges, whose tick labels may take other room
        getDomainAxis().setRange(new org.jfree.data.Range(wanted[0], wanted[1]), false, false);
        getRangeAxis().setRange(new org.jfree.data.Range(wanted[2], wanted[3]), false, false);
        for (int pass = 0; pass < 2; pass++) {
            AxisSpace space = calculateAxisSpace(g2, inner);
            widen(space.shrink(inner, null));
        }
    }

    private void widen(Rectangle2D data) {
        double w = data.getWidth();
        double h = data.getHeight();
        if (w <= 1 || h <= 1) {
            return;
        }
        double xr = wanted[1] - wanted[0];
        double yr = wanted[3] - wanted[2];
        getDomainAxis().setRange(new org.jfree.data.Range(wanted[0], wanted[1]), false, false);
        getRangeAxis().setRange(new org.jfree.data.Range(wanted[2], wanted[3]), false, false);
        if (xr / w > yr / h) {
            double half = 0.5 * xr * h / w;
            double c = 0.5 * (wanted[2] + wanted[3]);
            getRangeAxis().setRange(new org.jfree.data.Range(c - half, c + half), false, false);
        } else {
            double half = 0.5 * yr * w / h;
            double c = 0.5 * (wanted[0] + wanted[1]);
            getDomainAxis().setRange(new org.jfree.data.Range(c - half, c + half), false, false);
        }
    }
}
