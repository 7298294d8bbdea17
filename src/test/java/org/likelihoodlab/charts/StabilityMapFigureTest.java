package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.experiment.MapAxis;
import org.likelihoodlab.experiment.Outcome;
import org.likelihoodlab.experiment.StabilityMap;

/** The map figure puts each cell in its square, shows a partial map, and colours by the chosen value. */
class StabilityMapFigureTest {

    static final MapAxis X = MapAxis.parse("lr:0.001:1:4:log");
    static final MapAxis Y = MapAxis.parse("beta:0:0.9:3");

    static StabilityMap.Cell cell(int i, int j, Outcome o, long step, double distance) {
        return new StabilityMap.Cell(X.values()[i], Y.values()[j], o, step, -1, distance);
    }

    @Test
    void aPartialMapFindsItsCellsAndLeavesTheRestEmpty() {
        StabilityMapFigure f = new StabilityMapFigure();
        StabilityMap.Cell a = cell(1, 2, Outcome.CONVERGED, 40, 1e-7);
        StabilityMap.Cell b = cell(3, 0, Outcome.DIVERGED, 2, Double.NaN);
        f.show(X, Y, List.of(a, b), StabilityMapFigure.ColourBy.OUTCOME, List.of(), "t");
        // anywhere in a cell's square (log axis: within a factor 10^0.5 of its value) finds it
        assertSame(a, f.cellAt(0.01 * 1.5, 0.9 - 0.2));
        assertSame(a, f.cellAt(0.01 / 1.5, 0.9 + 0.2));
        assertSame(b, f.cellAt(1, 0));
        assertNull(f.cellAt(0.001, 0), "not computed yet");
        assertNull(f.cellAt(100, 0), "outside the map");
        assertEquals(Palette.GREEN.getRGB(), f.colour(a));
        assertEquals(Palette.VERMILLION.getRGB(), f.colour(b));
        assertEquals(12, f.cells().size());
    }

    @Test
    void stepsAndErrorAreViridisAndNonConvergedCellsAreGreyInTheStepsView() {
        StabilityMapFigure f = new StabilityMapFigure();
        StabilityMap.Cell fast = cell(0, 0, Outcome.CONVERGED, 10, 1e-8);
        StabilityMap.Cell slow = cell(1, 0, Outcome.CONVERGED, 1000, 1e-7);
        StabilityMap.Cell osc = cell(2, 0, Outcome.OSCILLATING, -1, 0.1);
        f.show(X, Y, List.of(fast, slow, osc), StabilityMapFigure.ColourBy.STEPS, List.of(), "t");
        assertEquals(Viridis.argb(1 / 3.0), f.colour(fast), "log10 10 of a 0..3 scale");
        assertEquals(Viridis.argb(1), f.colour(slow));
        assertEquals(0xFF777777, f.colour(osc));
        f.show(X, Y, List.of(fast, slow, osc), StabilityMapFigure.ColourBy.ERROR, List.of(), "t");
        assertEquals(Viridis.argb(0), f.colour(fast), "the smallest error is the darkest");
        assertEquals(Viridis.argb(1), f.colour(osc));
        assertTrue(f.chart().getSubtitleCount() > 1, "a colour bar");
    }

    @Test
    void theDrawnCellsAreWhereTheAxesSayTheyAre() {
        StabilityMapFigure f = new StabilityMapFigure();
        StabilityMap.Cell b = cell(3, 0, Outcome.DIVERGED, 2, Double.NaN);
        f.show(X, Y, List.of(b), StabilityMapFigure.ColourBy.OUTCOME, List.of(), "t");
        BufferedImage img = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        var g = img.createGraphics();
        f.chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 600, 400), info);
        g.dispose();
        var area = info.getPlotInfo().getDataArea();
        int px = (int) f.chart().getXYPlot().getDomainAxis().valueToJava2D(1, area, RectangleEdge.BOTTOM);
        int py = (int) f.chart().getXYPlot().getRangeAxis().valueToJava2D(0, area, RectangleEdge.LEFT);
        assertEquals(Palette.VERMILLION.getRGB(), img.getRGB(px - 3, py - 3));
        int qx = (int) f.chart().getXYPlot().getDomainAxis().valueToJava2D(0.001, area, RectangleEdge.BOTTOM);
        assertNotEquals(Palette.VERMILLION.getRGB(), img.getRGB(qx + 3, py - 3));
    }
}
