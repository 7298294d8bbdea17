package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class PlotGeometryTest {

    private static final PlotGeometry LIN = new PlotGeometry(50, 20, 400, 200, 0, 10, -1, 1, false, false);
    private static final PlotGeometry LOG = new PlotGeometry(0, 0, 300, 300, 0, 3, 0.01, 100, false, true);

    @Test
    void pixelsAndValuesAreInverseOnLinearAndLogAxes() {
        for (double px = 50; px <= 450; px += 37) {
            assertEquals(px, LIN.xPixel(LIN.xValue(px)), 1e-9);
        }
        assertEquals(5, LIN.xValue(250), 1e-12);
        assertEquals(1, LIN.yValue(20), 1e-12);   // the top of the data area is the range's upper bound
        assertEquals(-1, LIN.yValue(220), 1e-12);
        assertEquals(1, LOG.yValue(150), 1e-12);   // the middle of 0.01..100 on a log axis is 1
        assertEquals(0.1, LOG.yValue(225), 1e-12);
        assertEquals(75, LOG.yPixel(10), 1e-9);
    }

    @Test
    void aWheelZoomKeepsTheValueUnderThePointerAndScalesTheRanges() {
        Zoom z = LIN.zoomAbout(150, 70, 0.5);
        assertNotNull(z);
        double x = LIN.xValue(150);
        double y = LIN.yValue(70);
        PlotGeometry after = new PlotGeometry(50, 20, 400, 200, z.x0(), z.x1(), z.y0(), z.y1(), false, false);
        assertEquals(x, after.xValue(150), 1e-12);
        assertEquals(y, after.yValue(70), 1e-12);
        assertEquals(5, z.x1() - z.x0(), 1e-12);
        assertEquals(1, z.y1() - z.y0(), 1e-12);
        // on a log axis the zoom is about the pointer in log space: 0.01..100 halves to two decades
        Zoom l = LOG.zoomAbout(150, 150, 0.5);
        assertEquals(1, Math.sqrt(l.y0() * l.y1()), 1e-12);
        assertEquals(100, l.y1() / l.y0(), 1e-9);
    }

    @Test
    void overAnAxisOnlyThatAxisZoomsAndADragPansByWhatThePointerMoved() {
        Zoom onlyX = LIN.zoomAbout(250, 230, 0.5);   // below the data area: over the domain axis
        assertEquals(-1, onlyX.y0());
        assertEquals(1, onlyX.y1());
        assertEquals(5, onlyX.x1() - onlyX.x0(), 1e-12);
        Zoom onlyY = LIN.zoomAbout(20, 120, 0.5);   // left of it: over the range axis
        assertEquals(0, onlyY.x0());
        assertEquals(10, onlyY.x1());
        Zoom pan = LIN.pannedBy(40, -20);   // the content moves right and up with the pointer
        assertEquals(-1, pan.x0(), 1e-12);
        assertEquals(-1.2, pan.y0(), 1e-12);
    }

    @Test
    void aZoomFinerThanRoundingIsRefused() {
        PlotGeometry tiny = new PlotGeometry(0, 0, 100, 100, 1, 1 + 1e-8, 0, 1, false, false);
        assertNull(tiny.zoomAbout(50, 50, 0.01));
    }

    @Test
    void theGeometryOfADrawnChartMapsItsDataPointsToWhereTheyAreDrawn() {
        XYSeries s = new XYSeries("s");
        s.add(0, 0);
        s.add(10, 5);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("x"), new NumberAxis("y"),
                new XYLineAndShapeRenderer());
        JFreeChart chart = new JFreeChart(plot);
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        PlotGeometry g = Zoom.during(chart, new Zoom(2, 4, 1, 3), () -> {
            chart.draw(img.createGraphics(), new Rectangle2D.Double(0, 0, 400, 300), info);
            return PlotGeometry.of(chart, info);
        });
        Rectangle2D area = info.getPlotInfo().getDataArea();
        assertEquals(2, g.x0());
        assertEquals(3, g.y1());
        assertEquals(area.getMinX(), g.xPixel(2), 1e-9);
        assertEquals(area.getMinY(), g.yPixel(3), 1e-9);
        // and the chart's own automatic ranging is back once drawn
        assertTrue(plot.getDomainAxis().isAutoRange());
        assertEquals(10, plot.getDomainAxis().getUpperBound(), 1.0);
    }

    @Test
    void aLogAxisIsRecognised() {
        XYPlot plot = new XYPlot(new XYSeriesCollection(), new NumberAxis("x"), new LogAxis("y"),
                new XYLineAndShapeRenderer());
        plot.getRangeAxis().setRange(0.1, 10);
        JFreeChart chart = new JFreeChart(plot);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB).createGraphics(),
                new Rectangle2D.Double(0, 0, 300, 200), info);
        PlotGeometry g = PlotGeometry.of(chart, info);
        assertTrue(g.yLog());
        assertEquals(1, g.yValue(g.top() + g.height() / 2), 1e-9);
    }
}
