package org.likelihoodlab.charts;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * Where a drawn chart put its data: the data area in the chart's own (logical) pixels and the
 * domain and primary range axes' ranges, linear or logarithmic. It turns a pointer position into
 * data coordinates and back, and a wheel turn or a drag into the {@link Zoom} it asks for.
 *
 * @param left the data area's left edge
 * @param top its top edge
 * @param width its width (&gt; 0)
 * @param height its height (&gt; 0)
 * @param x0 the domain axis' lower bound
 * @param x1 its upper bound
 * @param y0 the range axis' lower bound
 * @param y1 its upper bound
 * @param xLog true for a logarithmic domain axis
 * @param yLog true for a logarithmic range axis
 */
public record PlotGeometry(double left, double top, double width, double height, double x0, double x1, double y0,
        double y1, boolean xLog, boolean yLog) {

    /** The smallest range a zoom may reach, relative to the value's magnitude (below: rounding noise). */
    private static final double FINEST = 1e-9;

    /**
     * @return the geometry of a chart just drawn with {@code info}, or {@code null} if it has no XY
     *     plot or no data area
     */
    public static PlotGeometry of(JFreeChart chart, ChartRenderingInfo info) {
        if (!(chart.getPlot() instanceof XYPlot plot) || info.getPlotInfo() == null) {
            return null;
        }
        Rectangle2D a = info.getPlotInfo().getDataArea();
        if (a == null || a.getWidth() < 1 || a.getHeight() < 1) {
            return null;
        }
        ValueAxis x = plot.getDomainAxis();
        ValueAxis y = plot.getRangeAxis();
        return new PlotGeometry(a.getX(), a.getY(), a.getWidth(), a.getHeight(), x.getLowerBound(), x.getUpperBound(),
                y.getLowerBound(), y.getUpperBound(), isLog(x), isLog(y));
    }

    private static boolean isLog(ValueAxis a) {
        return a instanceof LogAxis || a instanceof LogarithmicAxis;
    }

    /** @return true if the point (chart pixels) lies in the data area */
    public boolean inside(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /** @return the domain value under a pixel column */
    public double xValue(double px) {
        return fromUnit((px - left) / width, x0, x1, xLog);
    }

    /** @return the range value under a pixel row */
    public double yValue(double py) {
        return fromUnit((top + height - py) / height, y0, y1, yLog);
    }

    /** @return the pixel column of a domain value */
    public double xPixel(double x) {
        return left + width * toUnit(x, x0, x1, xLog);
    }

    /** @return the pixel row of a range value */
    public double yPixel(double y) {
        return top + height - height * toUnit(y, y0, y1, yLog);
    }

    /** @return the ranges shown now, as a zoom */
    public Zoom current() {
        return new Zoom(x0, x1, y0, y1);
    }

    /**
     * The zoom a wheel turn asks for: both ranges scaled by {@code factor} about the value under
     * the pointer (&lt; 1 zooms in), so that value stays under the pointer. Over the domain axis
     * (below the data area) only x is scaled, over the range axis (left of it) only y.
     *
     * @return the new zoom, or {@code null} if it would be finer than rounding allows
     */
    public Zoom zoomAbout(double px, double py, double factor) {
        boolean onlyX = py > top + height;
        boolean onlyY = px < left;
        double ux = clamp((px - left) / width);
        double uy = clamp((top + height - py) / height);
        double[] x = onlyY ? new double[] {x0, x1} : scaled(x0, x1, xLog, ux, factor);
        double[] y = onlyX ? new double[] {y0, y1} : scaled(y0, y1, yLog, uy, factor);
        return zoomOrNull(x, y);
    }

    /**
     * The zoom a drag asks for: the ranges moved so the value that was under the pointer follows it
     * by {@code dx, dy} pixels.
     */
    public Zoom pannedBy(double dx, double dy) {
        double[] x = shifted(x0, x1, xLog, -dx / width);
        double[] y = shifted(y0, y1, yLog, dy / height);
        return zoomOrNull(x, y);
    }

    private static Zoom zoomOrNull(double[] x, double[] y) {
        if (!fine(x) || !fine(y)) {
            return null;
        }
        return new Zoom(x[0], x[1], y[0], y[1]);
    }

    private static boolean fine(double[] r) {
        double size = r[1] - r[0];
        double mag = Math.max(Math.abs(r[0]), Math.abs(r[1]));
        return Double.isFinite(size) && size > FINEST * Math.max(mag, 1e-300) && size > 0;
    }

    private static double[] scaled(double a, double b, boolean log, double u, double f) {
        if (log) {
            double la = Math.log(a);
            double lb = Math.log(b);
            double c = la + u * (lb - la);
            return new double[] {Math.exp(c + (la - c) * f), Math.exp(c + (lb - c) * f)};
        }
        double c = a + u * (b - a);
        return new double[] {c + (a - c) * f, c + (b - c) * f};
    }

    private static double[] shifted(double a, double b, boolean log, double du) {
        if (log) {
            double la = Math.log(a);
            double lb = Math.log(b);
            double d = du * (lb - la);
            return new double[] {Math.exp(la + d), Math.exp(lb + d)};
        }
        double d = du * (b - a);
        return new double[] {a + d, b + d};
    }

    private static double fromUnit(double u, double a, double b, boolean log) {
        if (log) {
            return Math.exp(Math.log(a) + u * (Math.log(b) - Math.log(a)));
        }
        return a + u * (b - a);
    }

    private static double toUnit(double v, double a, double b, boolean log) {
        if (log) {
            return (Math.log(v) - Math.log(a)) / (Math.log(b) - Math.log(a));
        }
        return (v - a) / (b - a);
    }

    private static double clamp(double u) {
        return Math.max(0, Math.min(1, u));
    }
}
