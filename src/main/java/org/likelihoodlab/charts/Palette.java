package org.likelihoodlab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * Colours and strokes for every figure: the Okabe-Ito palette, which stays distinguishable with
 * the common colour-vision deficiencies and on a washed-out projector.
 */
public final class Palette {
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color SKY = new Color(0x56B4E9);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color GREY = new Color(0x555555);
    public static final Color GRID = new Color(0xDDDDDD);

    /** The colours of a race's runs, in order (Okabe-Ito, yellow left out: it vanishes on white). */
    private static final Color[] RACE = {BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY};

    private Palette() {
    }

    /** @return the colour of the race's run in slot {@code i} (0 to 5; wraps beyond) */
    public static Color race(int i) {
        return RACE[Math.floorMod(i, RACE.length)];
    }

    /** @return how many distinct race colours there are */
    public static int raceColours() {
        return RACE.length;
    }

    /** A solid line of the given width (bevel joins: round joins cost twice as much to draw). */
    public static Stroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);
    }

    /** A dashed line for reference values (MLE, truth). */
    public static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {6f * width, 4f * width}, 0f);
    }

    /** A dotted line. */
    public static Stroke dotted(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[] {1f, 3f * width}, 0f);
    }
}
