package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dense lines drawn straight into the pixels cover what Java2D's stroke covers. */
class DenseLinesTest {

    private static final BasicStroke STROKE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);

    private static Path2D.Double zigzag(int n, double amplitude, long seed) {
        Random r = new Random(seed);
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double x = 20 + 300.0 * i / n;
            double y = 100 + amplitude * (r.nextDouble() - 0.5) + 40 * Math.sin(i / 90.0);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        return p;
    }

    private static BufferedImage draw(Path2D line, boolean direct, int type) {
        return draw(line, direct, type, true);
    }

    private static BufferedImage draw(Path2D line, boolean direct, int type, boolean expectDirect) {
        BufferedImage img = new BufferedImage(340, 200, type);
        Graphics2D g = img.createGraphics();
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, 340, 200);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(STROKE);
        g.setPaint(Color.BLUE);
        if (direct) {
            boolean drawn = DenseLines.draw(g, DenseLines.target(img), line, STROKE, Color.BLUE);
            assertEquals(expectDirect, drawn);
            if (!drawn) {
                g.draw(line);
            }
        } else {
            g.draw(line);
        }
        g.dispose();
        return img;
    }

    private static boolean inked(BufferedImage img, int x, int y) {
        return (img.getRGB(x, y) & 0xFF) - ((img.getRGB(x, y) >> 16) & 0xFF) > 128;   // mostly blue
    }

    private static int count(BufferedImage img) {
        int c = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                c += inked(img, x, y) ? 1 : 0;
            }
        }
        return c;
    }

    @Test
    void aDenseLineCoversThePixelsItsStrokeCovers() {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB_PRE}) {
            for (double amplitude : new double[] {8, 60}) {
                Path2D line = zigzag(1000, amplitude, 7);
                BufferedImage java2d = draw(line, false, type);
                BufferedImage direct = draw(line, true, type);
                int both = 0;
                int either = 0;
                for (int y = 0; y < 200; y++) {
                    for (int x = 0; x < 340; x++) {
                        boolean a = inked(java2d, x, y);
                        boolean b = inked(direct, x, y);
                        both += a && b ? 1 : 0;
                        either += a || b ? 1 : 0;
                    }
                }
                assertTrue(either > 1000, "something was drawn");
                // the same pixels, give or take the antialiased edge of a thin line
                assertTrue(both > 0.65 * either, "overlap " + both + " of " + either + " (amplitude " + amplitude + ")");
                assertTrue(Math.abs(count(direct) - count(java2d)) < 0.25 * count(java2d),
                        count(direct) + " pixels inked instead of " + count(java2d));
            }
        }
    }

    @Test
    void smoothLinesAreLeftToJava2d() {
        draw(zigzag(1000, 0.5, 3), true, BufferedImage.TYPE_INT_RGB, false);
    }

    @Test
    void sparseLinesAndOtherImagesAreLeftToJava2d() {
        BufferedImage img = new BufferedImage(340, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        assertFalse(DenseLines.draw(g, DenseLines.target(img), zigzag(100, 30, 1), STROKE, Color.BLUE));
        assertTrue(DenseLines.draw(g, DenseLines.target(img), zigzag(1000, 30, 1), STROKE, Color.BLUE));
        assertFalse(DenseLines.draw(g, DenseLines.target(img), zigzag(1000, 30, 1),
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4, 4}, 0), Color.BLUE));
        g.dispose();
        assertTrue(DenseLines.target(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY)) == null);
    }
}
