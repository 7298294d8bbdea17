package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colormap (perceptually uniform, readable in grey and with the common colour-vision
 * deficiencies), as 11 published stops interpolated linearly, over a value range.
 */
public final class Viridis implements PaintScale {

    private static final int[] STOPS = {0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884,
        0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725};
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            double t = i / 255.0 * (STOPS.length - 1);
            int k = Math.min((int) t, STOPS.length - 2);
            double f = t - k;
            int a = STOPS[k];
            int b = STOPS[k + 1];
            int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
            int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
            int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
            TABLE[i] = 0xFF000000 | (r << 16) | (g << 8) | bl;
        }
    }

    private final double lower;
    private final double upper;

    /** @param lower the value shown darkest; @param upper the value shown brightest */
    public Viridis(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
    }

    /** @return ARGB for t in [0, 1] (clamped) */
    public static int argb(double t) {
        if (!(t >= 0)) {
            t = 0;
        }
        return TABLE[(int) Math.round(Math.min(t, 1) * 255)];
    }

    /** @return ARGB for a value in this scale's range; NaN gives a light grey */
    public int argbOf(double value) {
        if (Double.isNaN(value)) {
            return 0xFFEEEEEE;
        }
        return argb((value - lower) / (upper - lower));
    }

    /**
     * Colours a grid of values (values[j * nx + i], row j = 0 at the bottom) as an image whose top
     * row is the grid's last row.
     */
    public java.awt.image.BufferedImage image(double[] values, int nx, int ny) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(nx, ny,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                img.setRGB(i, ny - 1 - j, argbOf(values[j * nx + i]));
            }
        }
        return img;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return new Color(argbOf(value));
    }
}
