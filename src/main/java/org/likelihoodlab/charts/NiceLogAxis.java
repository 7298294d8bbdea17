package org.likelihoodlab.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A log axis whose ticks are round numbers at any range. JFreeChart's {@link LogAxis} puts its
 * ticks at powers of ten in steps of a tenth, a fifth or half a decade when the range is narrow
 * for the space ("0.0501187", "0.0398107"; "3.1623", "0.3162"); this axis uses the powers of ten
 * where a range holds three or more (every second or third one where they would crowd), and
 * round mantissas inside a narrower range: the sparsest of 1-2-5, 1-9 and 1-9 with halves that
 * gives five ticks (or three) without crowding ("0.01", "0.02", ... "0.05"; the halves only where
 * the digits give fewer than three), and round linear steps when even those are too few (a range
 * inside one mantissa step).
 */
public final class NiceLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final double[][] MANTISSAS = {
        {1, 2, 5},
        {1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9},
    };
    /** Pixels a tick needs at least (the label and some air). */
    private static final double PIXELS_PER_TICK = 28;

    public NiceLogAxis(String label) {
        super(label);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        double lo = getLowerBound();
        double hi = getUpperBound();
        if (!isAutoTickUnitSelection() || !(lo > 0) || !(hi > lo) || !Double.isFinite(hi / lo)) {
            return super.refreshTicks(g2, state, dataArea, edge);
        }
        double extent = RectangleEdge.isLeftOrRight(edge) ? dataArea.getHeight() : dataArea.getWidth();
        int most = Math.max(3, (int) (extent / PIXELS_PER_TICK));
        List ticks = new ArrayList();
        for (double v : values(lo, hi, most)) {
            ticks.add(new NumberTick(TickType.MAJOR, v, TickFormat.text(v), anchor(edge), anchor(edge), 0.0));
        }
        return ticks;
    }

    /**
     * @return round tick values inside [lo, hi] (0 < lo < hi): powers of ten, or round mantissas,
     *         at most {@code most} of them, or else at least two round linear steps
     */
    static List<Double> values(double lo, double hi, int most) {
        List<Double> powers = new ArrayList<>();
        int first = (int) Math.ceil(Math.log10(lo) - 1e-12);
        int last = (int) Math.floor(Math.log10(hi) + 1e-12);
        if (last - first + 1 >= 3) {
            // every k-th power of ten, k chosen so they fit, on exponents that are multiples of k
            int k = (int) Math.ceil((last - first + 1) / (double) Math.max(2, most));
            for (int e = first; e <= last; e++) {
                double v = round(1, e);
                if (Math.floorMod(e, k) == 0 && v >= lo && v <= hi) {
                    powers.add(v);
                }
            }
            if (powers.size() >= 2) {
                return powers;
            }
        }
        List<Double> coarse = mantissaTicks(lo, hi, MANTISSAS[0], most);
        if (coarse.size() >= Math.min(5, most)) {
            return coarse;
        }
        List<Double> digits = mantissaTicks(lo, hi, MANTISSAS[1], most);
        if (digits.size() >= 3) {
            return digits.size() > coarse.size() ? digits : coarse;
        }
        List<Double> halves = mantissaTicks(lo, hi, MANTISSAS[2], most);
        if (halves.size() >= 3) {
            return halves;
        }
        List<Double> best = halves.size() >= digits.size() ? halves : digits;
        return best.size() >= 2 ? best : linearTicks(lo, hi);
    }

    /**
     * The set's values inside [lo, hi], without those that would crowd a rounder one: powers of
     * ten first, then 5, 2, the other digits and the halves, each kept only if it lies at least a
     * {@code 1/most} share of the axis (in decades) from every tick kept before it (so 9e-3 does
     * not sit on 0.01).
     */
    private static List<Double> mantissaTicks(double lo, double hi, double[] set, int most) {
        double gap = 0.8 * Math.log10(hi / lo) / most;
        List<Double> kept = new ArrayList<>();
        for (double m : byRoundness(set)) {
            for (int e = (int) Math.floor(Math.log10(lo)); e <= (int) Math.ceil(Math.log10(hi)); e++) {
                double v = round(m, e);
                if (v >= lo && v <= hi && kept.stream().allMatch(k -> Math.abs(Math.log10(v / k)) >= gap)) {
                    kept.add(v);
                }
            }
        }
        kept.sort(null);
        return kept;
    }

    private static double[] byRoundness(double[] set) {
        double[] order = {1, 5, 2, 3, 4, 6, 7, 8, 9, 1.5, 2.5, 3.5, 4.5};
        return java.util.Arrays.stream(order).filter(m -> java.util.Arrays.stream(set).anyMatch(x -> x == m)).toArray();
    }

    /** Multiples of the largest round step (1, 2 or 5 times a power of ten) that gives three ticks. */
    private static List<Double> linearTicks(double lo, double hi) {
        for (int e = (int) Math.floor(Math.log10(hi - lo)); ; e--) {
            for (int m : new int[] {5, 2, 1}) {
                java.math.BigDecimal step = new java.math.BigDecimal(m).scaleByPowerOfTen(e);
                long first = (long) Math.ceil(lo / step.doubleValue());
                long last = (long) Math.floor(hi / step.doubleValue());
                if (last - first >= 2) {
                    List<Double> out = new ArrayList<>();
                    for (long k = first; k <= last; k++) {
                        // through the decimal, so 0.0312 is 0.0312 and not 0.031200000000000002
                        double v = step.multiply(java.math.BigDecimal.valueOf(k)).doubleValue();
                        if (v >= lo && v <= hi) {
                            out.add(v);
                        }
                    }
                    if (out.size() >= 2) {
                        return out;
                    }
                }
            }
        }
    }

    /** @return m × 10^e as the nearest double to its decimal text (no 0.30000000000000004) */
    private static double round(double m, int e) {
        return Double.parseDouble(m + "e" + e);
    }

    private static TextAnchor anchor(RectangleEdge edge) {
        if (edge == RectangleEdge.LEFT) {
            return TextAnchor.CENTER_RIGHT;
        }
        if (edge == RectangleEdge.RIGHT) {
            return TextAnchor.CENTER_LEFT;
        }
        return edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
    }
}
