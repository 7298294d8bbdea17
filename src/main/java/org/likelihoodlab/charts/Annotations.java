package org.likelihoodlab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** Plot annotations drawn in data coordinates: a heatmap image, paths, and arrows. */
final class Annotations {

    private Annotations() {
    }

    private static double x(XYPlot plot, Rectangle2D area, ValueAxis axis, double v) {
        return axis.valueToJava2D(v, area, plot.getDomainAxisEdge());
    }

    private static double y(XYPlot plot, Rectangle2D area, ValueAxis axis, double v) {
        return axis.valueToJava2D(v, area, plot.getRangeAxisEdge());
    }

    /** An image stretched over a rectangle of data space (the surface's heatmap). */
    static final class Heatmap extends AbstractXYAnnotation {
        private BufferedImage image;
        private double x0;
        private double x1;
        private double y0;
        private double y1;

        /** @param image row 0 is the top (largest y) */
        void set(BufferedImage image, double x0, double x1, double y0, double y1) {
            this.image = image;
            this.x0 = x0;
            this.x1 = x1;
            this.y0 = y0;
            this.y1 = y1;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis dom, ValueAxis rng, int index,
                PlotRenderingInfo info) {
            if (image == null) {
                return;
            }
            double ax = x(plot, area, dom, x0);
            double bx = x(plot, area, dom, x1);
            double ay = y(plot, area, rng, y1);
            double by = y(plot, area, rng, y0);
            if (!(Double.isFinite(ax) && Double.isFinite(bx) && Double.isFinite(ay) && Double.isFinite(by))) {
                return;
            }
            Object old = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(image, (int) Math.round(Math.min(ax, bx)), (int) Math.round(Math.min(ay, by)),
                    (int) Math.round(Math.abs(bx - ax)), (int) Math.round(Math.abs(by - ay)), null);
            if (old != null) {
                g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
            }
        }
    }

    /** A path given in data coordinates, stroked (and optionally filled). */
    static final class DataPath extends AbstractXYAnnotation {
        private final Path2D path;
        private final Stroke stroke;
        private final Paint paint;
        private final Paint fill;

        DataPath(Path2D path, Stroke stroke, Paint paint, Paint fill) {
            this.path = path;
            this.stroke = stroke;
            this.paint = paint;
            this.fill = fill;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis dom, ValueAxis rng, int index,
                PlotRenderingInfo info) {
            GeneralPath p = new GeneralPath();
            double[] c = new double[6];
            for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                double px = x(plot, area, dom, c[0]);
                double py = y(plot, area, rng, c[1]);
                if (!Double.isFinite(px) || !Double.isFinite(py)) {
                    continue;
                }
                if (type == PathIterator.SEG_MOVETO) {
                    p.moveTo(px, py);
                } else if (type == PathIterator.SEG_LINETO) {
                    p.lineTo(px, py);
                } else if (type == PathIterator.SEG_CLOSE) {
                    p.closePath();
                }
            }
            if (fill != null) {
                g2.setPaint(fill);
                g2.fill(p);
            }
            if (stroke != null) {
                g2.setStroke(stroke);
                g2.setPaint(paint);
                g2.draw(p);
            }
        }
    }

    /** An arrow from one data point to another, with an optional label at its head. */
    static final class Arrow extends AbstractXYAnnotation {
        private final double fx;
        private final double fy;
        private final double tx;
        private final double ty;
        private final Color color;
        private final String label;

        Arrow(double fx, double fy, double tx, double ty, Color color, String label) {
            this.fx = fx;
            this.fy = fy;
            this.tx = tx;
            this.ty = ty;
            this.color = color;
            this.label = label;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis dom, ValueAxis rng, int index,
                PlotRenderingInfo info) {
            double ax = x(plot, area, dom, fx);
            double ay = y(plot, area, rng, fy);
            double bx = x(plot, area, dom, tx);
            double by = y(plot, area, rng, ty);
            if (!(Double.isFinite(ax) && Double.isFinite(ay))) {
                return;
            }
            if (!(Double.isFinite(bx) && Double.isFinite(by))) {
                return;
            }
            // keep the drawn arrow inside a generous frame so huge steps still point the right way
            double len = Math.hypot(bx - ax, by - ay);
            double max = 2 * Math.hypot(area.getWidth(), area.getHeight());
            if (len > max) {
                bx = ax + (bx - ax) * max / len;
                by = ay + (by - ay) * max / len;
                len = max;
            }
            g2.setPaint(color);
            g2.setStroke(new BasicStroke(2.5f));
            g2.draw(new Line2D.Double(ax, ay, bx, by));
            if (len > 1) {
                double ux = (bx - ax) / len;
                double uy = (by - ay) / len;
                double h = Math.min(12, Math.max(6, len / 3));
                GeneralPath head = new GeneralPath();
                head.moveTo(bx, by);
                head.lineTo(bx - h * ux + 0.5 * h * uy, by - h * uy - 0.5 * h * ux);
                head.lineTo(bx - h * ux - 0.5 * h * uy, by - h * uy + 0.5 * h * ux);
                head.closePath();
                g2.fill(head);
            }
            if (label != null && len > 24) {
                g2.setFont(ChartStyle.annotationFont(g2, 11));
                g2.drawString(label, (float) bx + 6, (float) by - 4);
            }
        }
    }

    /** A shape (marker) at a data point, in Java2D units around the point. */
    static final class Marker extends AbstractXYAnnotation {
        private final double px;
        private final double py;
        private final Shape shape;
        private final Paint fill;
        private final Paint outline;
        private final String label;

        Marker(double px, double py, Shape shape, Paint fill, Paint outline, String label) {
            this.px = px;
            this.py = py;
            this.shape = shape;
            this.fill = fill;
            this.outline = outline;
            this.label = label;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis dom, ValueAxis rng, int index,
                PlotRenderingInfo info) {
            double ax = x(plot, area, dom, px);
            double ay = y(plot, area, rng, py);
            if (!(Double.isFinite(ax) && Double.isFinite(ay))) {
                return;
            }
            Shape s = java.awt.geom.AffineTransform.getTranslateInstance(ax, ay).createTransformedShape(shape);
            if (fill != null) {
                g2.setPaint(fill);
                g2.fill(s);
            }
            if (outline != null) {
                g2.setPaint(outline);
                g2.setStroke(new BasicStroke(1.5f));
                g2.draw(s);
            }
            if (label != null) {
                g2.setFont(ChartStyle.annotationFont(g2, 11));
                g2.setPaint(outline != null ? outline : fill);
                // right of the mark, or left of it in the right half of the plot so it stays inside
                double w = g2.getFontMetrics().stringWidth(label);
                float lx = (float) (ax > area.getCenterX() && ax + 9 + w > area.getMaxX() ? ax - 9 - w : ax + 9);
                g2.drawString(label, lx, (float) ay + 4);
            }
        }
    }

    /** A star with five points, centred on the origin. */
    static Shape star(double r) {
        GeneralPath p = new GeneralPath();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? r : r * 0.45;
            double x = rr * Math.cos(a);
            double y = rr * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    /** A diagonal cross, centred on the origin. */
    static Shape cross(double r) {
        GeneralPath p = new GeneralPath();
        p.moveTo(-r, -r);
        p.lineTo(r, r);
        p.moveTo(-r, r);
        p.lineTo(r, -r);
        return new BasicStroke(2.5f).createStrokedShape(p);
    }

    /**
     * Sets a colour bar's range, at least a millionth of its magnitude wide (a flat surface would
     * otherwise label twenty ticks with the same number), with short tick labels.
     */
    static void colourBarRange(org.jfree.chart.title.PaintScaleLegend legend, double bottom, double top) {
        double width = Math.max(top - bottom, 1e-6 * Math.max(Math.abs(top), Math.abs(bottom)));
        org.jfree.chart.axis.ValueAxis axis = legend.getAxis();
        if (axis instanceof org.jfree.chart.axis.NumberAxis n) {
            n.setNumberFormatOverride(TickFormat.instance());
        }
        axis.setRange(top - width, top);
    }
}
