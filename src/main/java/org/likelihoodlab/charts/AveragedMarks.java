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

    private static Annotations.Marker ring(double x, double y) {
        return new Annotations.Marker(x, y, new Ellipse2D.Double(-7, -7, 14, 14), Color.WHITE,
                Palette.VERMILLION.darker(), "averaged");
    }
}
