package org.likelihoodlab.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** The cells of a stability map as an image between the cells' outer edges, scaled without smoothing. */
final class CellImage extends AbstractXYAnnotation {
    private BufferedImage img;
    private double x0;
    private double x1;
    private double y0;
    private double y1;

    void set(BufferedImage img, double x0, double x1, double y0, double y1) {
        this.img = img;
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis dom, ValueAxis rng, int index,
            PlotRenderingInfo info) {
        if (img == null) {
            return;
        }
        RectangleEdge de = Plot2.domainEdge(plot);
        RectangleEdge re = Plot2.rangeEdge(plot);
        double ax = dom.valueToJava2D(x0, area, de);
        double bx = dom.valueToJava2D(x1, area, de);
        double ay = rng.valueToJava2D(y1, area, re);
        double by = rng.valueToJava2D(y0, area, re);
        Object old = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g2.drawImage(img, (int) Math.round(Math.min(ax, bx)), (int) Math.round(Math.min(ay, by)),
                (int) Math.round(Math.abs(bx - ax)), (int) Math.round(Math.abs(by - ay)), null);
        if (old != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }

    /** The plot's axis edges. */
    private static final class Plot2 {
        static RectangleEdge domainEdge(XYPlot p) {
            return org.jfree.chart.plot.Plot.resolveDomainAxisLocation(p.getDomainAxisLocation(), p.getOrientation());
        }

        static RectangleEdge rangeEdge(XYPlot p) {
            return org.jfree.chart.plot.Plot.resolveRangeAxisLocation(p.getRangeAxisLocation(), p.getOrientation());
        }
    }
}
