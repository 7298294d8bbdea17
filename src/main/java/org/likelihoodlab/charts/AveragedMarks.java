package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.plot.XYPlot;

/**
 * The averaged iterate (Polyak-Ruppert, math.md 9.4) on the surface and ellipse figures, in the
 * run's colour and dashed: its own point on the (mu, sigma) surface and on the mean surface, and
 * its own 1 sd and 2 sd ellipses in 2-D. A run that does not average gets nothing.
 */
final class AveragedMarks {

    private AveragedMarks() {
    }

    /** @return the averaged iterate of the view (reported coordinates), or {@code null} */
    static double[] of(RunView v) {
        return v.stochastic() == null ? null : v.stochastic().averaged();
    }

    /** The averaged (mu, sigma) as a dashed ring on the surface; {@code axis} maps sigma to the plot's y. */
    static void onSurface(XYPlot plot, RunView v, DoubleUnaryOperator axis) {
        double[] a = of(v);
        if (a != null) {
            plot.addAnnotation(ring(a[0], axis.applyAsDouble(a[1])), false);
        }
    }

    /** The averaged mean as a dashed ring on the mean surface (2-D). */
    static void onMeanSurface(XYPlot plot, RunView v) {
        double[] a = of(v);
        if (a != null) {
            plot.addAnnotation(ring(a[0], a[1]), false);
        }
    }

    /** The averaged estimate's 1 sd and 2 sd ellipses, dashed, and its centre (2-D). */
    static void ellipses(XYPlot plot, RunView v) {
        double[] a = of(v);
        if (a == null) {
            return;
        }
        for (int k = 1; k <= 2; k++) {
            Path2D.Double p = Ellipses.path(a[0], a[1], a[2], a[3], a[4], k, 120);
            if (p != null) {
                plot.addAnnotation(new Annotations.DataPath(p, Palette.dashed(2.5f), Palette.VERMILLION.darker(), null),
                        false);
            }
        }
        plot.addAnnotation(ring(a[0], a[1]), false);
    }

    private static Ring ring(double x, double y) {
        return new Ring(x, y);
    }

    /** A dashed ring in the run's colour, labelled "averaged" above it (the MLE's label is beside its star). */
    static final class Ring extends org.jfree.chart.annotations.AbstractXYAnnotation {
        private final double px;
        private final double py;

        Ring(double px, double py) {
            this.px = px;
            this.py = py;
        }

        @Override
        public void draw(java.awt.Graphics2D g2, XYPlot plot, java.awt.geom.Rectangle2D area,
                org.jfree.chart.axis.ValueAxis dom, org.jfree.chart.axis.ValueAxis rng, int index,
                org.jfree.chart.plot.PlotRenderingInfo info) {
            double ax = dom.valueToJava2D(px, area, plot.getDomainAxisEdge());
            double ay = rng.valueToJava2D(py, area, plot.getRangeAxisEdge());
            if (!(Double.isFinite(ax) && Double.isFinite(ay))) {
                return;
            }
            Ellipse2D.Double s = new Ellipse2D.Double(ax - 8, ay - 8, 16, 16);
            g2.setPaint(new Color(255, 255, 255, 200));
            g2.setStroke(new java.awt.BasicStroke(4f));
            g2.draw(s);
            g2.setPaint(Palette.VERMILLION.darker());
            g2.setStroke(Palette.dashed(2f));
            g2.draw(s);
            g2.setFont(ChartStyle.annotationFont(g2, 11));
            String label = "averaged";
            double w = g2.getFontMetrics().stringWidth(label);
            g2.setPaint(new Color(255, 255, 255, 200));
            g2.fill(new java.awt.geom.Rectangle2D.Double(ax - w / 2 - 2, ay - 24, w + 4, 14));
            g2.setPaint(Palette.VERMILLION.darker());
            g2.drawString(label, (float) (ax - w / 2), (float) (ay - 13));
        }
    }
}
