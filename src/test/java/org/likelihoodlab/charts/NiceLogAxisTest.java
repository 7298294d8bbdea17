package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;

/** A narrow log axis is labelled with round numbers, not with tenths of a decade. */
class NiceLogAxisTest {

    /** Draws a chart whose range axis is a NiceLogAxis over [lo, hi]; returns the labels of its ticks. */
    private static List<String> drawnLabels(double lo, double hi, int height) {
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("d", new double[][] {{0, 1}, {lo, hi}});
        NiceLogAxis y = new NiceLogAxis("distance");
        y.setNumberFormatOverride(TickFormat.instance());
        XYPlot plot = new XYPlot(data, new NumberAxis("step"), y, new XYLineAndShapeRenderer());
        y.setRange(lo, hi);
        JFreeChart chart = new JFreeChart(plot);
        BufferedImage img = new BufferedImage(400, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, 400, height), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            List<String> out = new ArrayList<>();
            for (Object t : y.refreshTicks(g, new AxisState(), area, RectangleEdge.LEFT)) {
                out.add(t instanceof org.jfree.chart.axis.LogTick lt ? text(lt.getAttributedLabel())
                        : ((ValueTick) t).getText());
            }
            return out;
        } finally {
            g.dispose();
        }
    }

    private static String text(java.text.AttributedString a) {
        if (a == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        java.text.AttributedCharacterIterator it = a.getIterator();
        for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it.next()) {
            b.append(c);
        }
        return b.toString();
    }

    @Test
    void aRangeUnderOneDecadeGetsRoundTicks() {
        // the online 2-D run's distance to the MLE: JFreeChart's LogAxis printed 0.0501187, 0.0398107, ...
        assertEquals(List.of("0.01", "0.02", "0.03", "0.04", "0.05"), drawnLabels(0.0095, 0.052, 900));
        // a smaller axis: the same digits, without one that would crowd its neighbour
        List<String> small = drawnLabels(0.0095, 0.052, 260);
        assertTrue(small.containsAll(List.of("0.01", "0.02", "0.03", "0.05")), small.toString());
        assertTrue(List.of("0.01", "0.02", "0.03", "0.04", "0.05").containsAll(small), small.toString());
    }

    @Test
    void aShortAxisGetsFewerRoundTicks() {
        assertEquals(List.of("0.01", "0.02", "0.05"), drawnLabels(0.0095, 0.052, 140));
    }

    @Test
    void aRangeInsideOneMantissaStepGetsRoundLinearTicks() {
        List<String> labels = drawnLabels(0.03121, 0.03179, 300);
        assertTrue(labels.size() >= 2, labels.toString());
        for (String s : labels) {
            assertTrue(Pattern.matches("0\\.031\\d", s), s);
        }
    }

    @Test
    void wideRangesKeepPowersOfTen() {
        // many decades: LogAxis's own ticks (powers of ten) are kept
        List<String> labels = drawnLabels(1e-6, 10, 400);
        assertTrue(labels.contains("0.001") || labels.contains("1e-3"), labels.toString());
        assertTrue(labels.contains("1"), labels.toString());
    }

    @Test
    void twoDecadesAreLabelledRoundNotInHalfDecades() {
        // the stability map's start σ0 axis: LogAxis printed 3.1623, 1, 0.3162, 0.1
        List<String> labels = drawnLabels(0.0482, 4.82, 420);
        assertTrue(labels.containsAll(List.of("0.1", "1")), labels.toString());
        for (String l : labels) {
            assertTrue(Pattern.matches("0\\.0[125]|0\\.[125]|[125]", l), labels.toString());
        }
    }

    @Test
    void manyDecadesAreThinnedToFit() {
        List<Double> v = NiceLogAxis.values(1e-12, 1e12, 6);
        assertTrue(v.size() >= 2 && v.size() <= 9, v.toString());
        assertTrue(v.contains(1.0), "the exponents are multiples of one step, so 1 is among them: " + v);
    }

    @Test
    void aTickJustUnderAPowerOfTenIsLeftOut() {
        // 9e-3 beside 0.01 (a twentieth of a decade apart) would print one label over the other
        List<Double> v = NiceLogAxis.values(0.0085, 0.065, 9);
        assertTrue(v.contains(0.01) && !v.contains(0.009), v.toString());
    }

    @Property(tries = 300)
    void ticksAreRoundDistinctAndInside(@ForAll @DoubleRange(min = -8, max = 8) double logLo,
            @ForAll @DoubleRange(min = 0.01, max = 1.49) double decades,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 3, max = 30) int most) {
        double lo = Math.pow(10, logLo);
        double hi = lo * Math.pow(10, decades);
        List<Double> v = NiceLogAxis.values(lo, hi, most);
        assertTrue(v.size() >= 2, v.toString());
        for (int i = 0; i < v.size(); i++) {
            assertTrue(v.get(i) >= lo && v.get(i) <= hi, v + " in " + lo + ".." + hi);
            if (i > 0) {
                assertTrue(v.get(i) > v.get(i - 1), "increasing " + v);
            }
        }
        // round: mantissas of at most two digits (1, 2, 5, 1.5, ...), or multiples of one round step
        boolean mantissas = v.stream().allMatch(x -> digits(x) <= 2);
        if (!mantissas) {
            java.math.BigDecimal step = decimal(v.get(1)).subtract(decimal(v.get(0)));
            assertTrue(digits(step.doubleValue()) == 1
                    && "125".indexOf(step.unscaledValue().toString().replaceAll("0+$", "").charAt(0)) >= 0, v.toString());
            for (double x : v) {
                assertEquals(0, decimal(x).remainder(step).signum(), "multiple of " + step + ": " + v);
            }
        }
    }

    private static java.math.BigDecimal decimal(double x) {
        return new java.math.BigDecimal(Double.toString(x));
    }

    private static int digits(double x) {
        return decimal(x).stripTrailingZeros().precision();
    }
}
