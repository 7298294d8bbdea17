package org.likelihoodlab.charts;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.Arrays;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Draws a line series with far more points than pixel columns (a long noisy run: about 960
 * points over 400 columns, each segment spanning most of the plot) straight into the image, as
 * what it covers there: per pixel column, the stretch of y the line passes through, widened by
 * the stroke and antialiased at its ends. The line is continuous and its x (the step) only
 * grows, so within one column it covers exactly one interval of y: the band is the line's own
 * footprint at the resolution of the image. The rasterizer, given the zigzag as a stroke, pays
 * for every sub-pixel row that every segment crosses: in the live window that was two thirds of
 * a frame's drawing (about 20 ms of 25 for the four charts); the band costs a pass over the
 * pixels it covers. Smooth lines (that travel little up and down) are left to Java2D: cheap
 * there, and exact.
 *
 * <p>Only where it is asked for: raster drawing into a {@link BufferedImage} sets {@link #KEY} to
 * {@link #target(BufferedImage) a target} for that image (the live window's painter, PNG and GIF
 * exports). Vector output (SVG, PDF) keeps the exact polyline; so do sparse lines, dashed
 * strokes, and anything this class does not know how to blend (it then lets Java2D draw).
 */
public final class DenseLines {

    /** The rendering hint whose value is the {@link Target} image the graphics draws into. */
    public static final RenderingHints.Key KEY = new RenderingHints.Key(0x11e1) {
        @Override
        public boolean isCompatibleValue(Object val) {
            return val == null || val instanceof Target;
        }
    };

    /** A line is dense with at least this many points per pixel column. */
    static final double DENSE = 0.5;
    /**
     * ... and jagged if it travels up and down at least this many pixels per column on average:
     * then each column is crossed by long segments, which is what costs the rasterizer.
     */
    static final double JAGGED = 4;

    private DenseLines() {
    }

    /**
     * Lets the renderers of {@link Renderer} draw dense lines straight into the image that
     * {@code g} draws into.
     *
     * @param g a graphics of {@code image} (as from {@link BufferedImage#createGraphics()})
     */
    public static void enable(Graphics2D g, BufferedImage image) {
        Target t = target(image);
        if (t != null) {
            g.setRenderingHint(KEY, t);
        }
    }

    /** @return the target for an image of a type this class can blend into, or {@code null} */
    static Target target(BufferedImage image) {
        int type = image.getType();
        if (type != BufferedImage.TYPE_INT_ARGB_PRE && type != BufferedImage.TYPE_INT_RGB) {
            return null;
        }
        if (!(image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel sm)
                || image.getRaster().getParent() != null || image.getRaster().getDataBuffer().getNumBanks() != 1) {
            return null;
        }
        return new Target(image, sm.getScanlineStride());
    }

    /** An image that dense lines are blended into. */
    static final class Target {
        private final BufferedImage image;
        private final int stride;
        private final boolean premultiplied;

        Target(BufferedImage image, int stride) {
            this.image = image;
            this.stride = stride;
            this.premultiplied = image.getType() == BufferedImage.TYPE_INT_ARGB_PRE;
        }

        BufferedImage image() {
            return image;
        }
    }

    /**
     * A line renderer (one path per series, as {@link XYLineAndShapeRenderer#setDrawSeriesLineAsPath}
     * draws it) that blends dense series straight into the image where {@link #KEY} is set.
     */
    public static final class Renderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;

        public Renderer() {
            super(true, false);
            setDrawSeriesLineAsPath(true);
        }

        @Override
        protected void drawFirstPassShape(Graphics2D g2, int pass, int series, int item, Shape shape) {
            Stroke stroke = getItemStroke(series, item);
            Paint paint = getItemPaint(series, item);
            if (g2.getRenderingHint(KEY) instanceof Target t && draw(g2, t, shape, stroke, paint)) {
                return;
            }
            super.drawFirstPassShape(g2, pass, series, item, shape);
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Renderer && super.equals(obj);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /**
     * Blends a dense line into the target.
     *
     * @return false if nothing was drawn (not dense, or a case left to Java2D)
     */
    static boolean draw(Graphics2D g2, Target target, Shape line, Stroke stroke, Paint paint) {
        AffineTransform tr = g2.getTransform();
        Composite comp = g2.getComposite();
        if (tr.getShearX() != 0 || tr.getShearY() != 0 || !(tr.getScaleX() > 0) || tr.getScaleY() == 0
                || !(stroke instanceof BasicStroke bs) || bs.getDashArray() != null
                || !(paint instanceof Color color)
                || !(comp instanceof AlphaComposite ac) || ac.getRule() != AlphaComposite.SRC_OVER) {
            return false;
        }
        Shape userClip = g2.getClip();
        Rectangle2D clip;
        BufferedImage img = target.image;
        if (userClip == null) {
            clip = new Rectangle2D.Double(0, 0, img.getWidth(), img.getHeight());
        } else if (userClip instanceof Rectangle2D r) {
            clip = tr.createTransformedShape(r).getBounds2D();
        } else {
            return false;
        }
        double[] pts = points(line, tr);
        if (pts == null) {
            return false;
        }
        int n = pts.length / 2;
        double x0 = pts[0];
        double x1 = pts[2 * (n - 1)];
        int c0 = (int) Math.floor(x0);
        int columns = (int) Math.floor(x1) - c0 + 1;
        if (n < 3 || n < DENSE * columns || travel(pts) < JAGGED * columns) {
            return false;   // a smooth line: cheap for the rasterizer, and drawn exactly
        }
        double halfX = bs.getLineWidth() * tr.getScaleX() / 2;
        double halfY = bs.getLineWidth() * Math.abs(tr.getScaleY()) / 2;
        int left = (int) Math.floor(halfX);
        int right = Math.max(0, (int) Math.ceil(halfX) - 1);
        double[] lo = new double[columns];
        double[] hi = new double[columns];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            double x = pts[2 * i];
            double y = pts[2 * i + 1];
            if (Double.isNaN(x)) {
                continue;   // a gap in the line
            }
            int a = (int) Math.floor(x) - c0;
            boolean alone = (i == 0 || Double.isNaN(pts[2 * i - 2])) && (i + 1 == n || Double.isNaN(pts[2 * i + 2]));
            if (alone) {
                cover(lo, hi, a, y - halfY, y + halfY);
            }
            if (i + 1 < n && !Double.isNaN(pts[2 * i + 2])) {
                double nx = pts[2 * i + 2];
                double ny = pts[2 * i + 3];
                // the stroke reaches this far above and below the segment: its whole half width
                // where the segment is flat, almost nothing where it is steep (the columns on
                // either side give a steep segment its width)
                double len = Math.hypot(nx - x, ny - y);
                double e = len > 0 ? halfY * (nx - x) / len : halfY;
                cover(lo, hi, a, y - e, y + e);
                int b = (int) Math.floor(nx) - c0;
                cover(lo, hi, b, ny - e, ny + e);
                // a segment that crosses columns passes through each boundary on its way
                for (int j = a + 1; j <= b; j++) {
                    double t = (c0 + j - x) / (nx - x);
                    double yb = y + t * (ny - y);
                    cover(lo, hi, j - 1, yb - e, yb + e);
                    cover(lo, hi, j, yb - e, yb + e);
                }
            }
        }
        double alpha = color.getAlpha() / 255.0 * ac.getAlpha();
        int cx0 = Math.max(0, (int) Math.ceil(clip.getMinX() - 1e-9));
        int cx1 = Math.min(img.getWidth(), (int) Math.floor(clip.getMaxX() + 1e-9));
        double cy0 = Math.max(0, clip.getMinY());
        double cy1 = Math.min(img.getHeight(), clip.getMaxY());
        int[] data = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int rgb = color.getRGB() & 0xFFFFFF;
        for (int px = Math.max(cx0, c0 - right); px < Math.min(cx1, c0 + columns + left); px++) {
            double top = Double.POSITIVE_INFINITY;
            double bottom = Double.NEGATIVE_INFINITY;
            for (int j = px - c0 - right; j <= px - c0 + left; j++) {
                if (j >= 0 && j < columns && lo[j] <= hi[j]) {
                    top = Math.min(top, lo[j]);
                    bottom = Math.max(bottom, hi[j]);
                }
            }
            if (!(top <= bottom)) {
                continue;
            }
            top = Math.max(cy0, top);
            bottom = Math.min(cy1, bottom);
            if (!(top < bottom)) {
                continue;
            }
            int r0 = (int) Math.floor(top);
            int r1 = (int) Math.ceil(bottom);
            for (int row = r0; row < r1; row++) {
                double cover = Math.min(row + 1, bottom) - Math.max(row, top);
                blend(data, row * target.stride + px, rgb, cover * alpha, target.premultiplied);
            }
        }
        return true;
    }

    /**
     * @return the line's points in device space as {x0, y0, x1, y1, ...} with NaN, NaN between
     *     stretches, or {@code null} if it is not a line whose x only grows
     */
    private static double[] points(Shape line, AffineTransform tr) {
        double[] out = new double[512];
        int k = 0;
        double[] c = new double[6];
        double sx = tr.getScaleX();
        double sy = tr.getScaleY();
        double tx = tr.getTranslateX();
        double ty = tr.getTranslateY();
        double lastX = Double.NEGATIVE_INFINITY;
        for (PathIterator it = line.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type != PathIterator.SEG_MOVETO && type != PathIterator.SEG_LINETO) {
                return null;   // curves or a closed outline: not a series line
            }
            double x = sx * c[0] + tx;
            double y = sy * c[1] + ty;
            if (!Double.isFinite(x) || !Double.isFinite(y) || x < lastX) {
                return null;
            }
            if (k + 4 > out.length) {
                out = Arrays.copyOf(out, 2 * out.length);
            }
            if (type == PathIterator.SEG_MOVETO && k > 0) {
                out[k++] = Double.NaN;
                out[k++] = Double.NaN;
            }
            out[k++] = x;
            out[k++] = y;
            lastX = x;
        }
        return k < 2 ? null : Arrays.copyOf(out, k);
    }

    /** @return the vertical distance the line travels, in device pixels */
    private static double travel(double[] pts) {
        double sum = 0;
        for (int i = 2; i < pts.length; i += 2) {
            double d = Math.abs(pts[i + 1] - pts[i - 1]);
            if (d == d) {
                sum += d;
            }
        }
        return sum;
    }

    private static void cover(double[] lo, double[] hi, int j, double top, double bottom) {
        if (top < lo[j]) {
            lo[j] = top;
        }
        if (bottom > hi[j]) {
            hi[j] = bottom;
        }
    }

    /** Source-over of an RGB colour with coverage {@code a} onto one pixel. */
    private static void blend(int[] data, int i, int rgb, double a, boolean premultiplied) {
        if (a <= 0) {
            return;
        }
        if (a >= 0.999) {
            data[i] = 0xFF000000 | rgb;
            return;
        }
        int d = data[i];
        double keep = 1 - a;
        int r = (int) (((rgb >> 16) & 0xFF) * a + ((d >> 16) & 0xFF) * keep + 0.5);
        int g = (int) (((rgb >> 8) & 0xFF) * a + ((d >> 8) & 0xFF) * keep + 0.5);
        int b = (int) ((rgb & 0xFF) * a + (d & 0xFF) * keep + 0.5);
        int alpha = premultiplied ? (int) (255 * a + ((d >>> 24) & 0xFF) * keep + 0.5) : 0xFF;
        data[i] = (alpha << 24) | (r << 16) | (g << 8) | b;
    }
}
