package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The chart's data as CSV: what the chart shows, in full precision. */
class ChartCsvTest {

    private static XYPlot plot() {
        XYSeries a = new XYSeries("a, the first");
        a.add(0.1, 1.0 / 3);
        a.add(1.0, 2.0);
        a.add(2.0, 5.0);
        a.add(3.0, -1.0);
        XYSeries b = new XYSeries("b \"quoted\"");
        b.add(1.5, 0.5);
        XYSeries hidden = new XYSeries("hidden");
        hidden.add(1.0, 1.0);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(a);
        data.addSeries(b);
        data.addSeries(hidden);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesVisible(2, false);
        return new XYPlot(data, new NumberAxis("x"), new NumberAxis("y"), r);
    }

    @Test
    void aZoomedChartGivesOnlyThePointsInsideItsAxesEveryNumberInFull() {
        // given: x zoomed to [0.5, 2.5], y to [0, 4]
        XYPlot p = plot();
        p.getDomainAxis().setRange(0.5, 2.5);
        p.getRangeAxis().setRange(0, 4);
        // when:
        String csv = ChartCsv.csv(new JFreeChart(p));
        // then: (2, 5) is above the view, (0.1, 1/3) and (3, -1) outside it; the hidden series is left out
        assertEquals("series,x,y\n"
                + "\"a, the first\",1.0,2.0\n"
                + "\"b \"\"quoted\"\"\",1.5,0.5\n", csv);
    }

    @Test
    void anUnzoomedChartGivesEveryPointInFullPrecision() {
        String csv = ChartCsv.csv(new JFreeChart(plot()));
        assertEquals("series,x,y\n"
                + "\"a, the first\",0.1,0.3333333333333333\n"
                + "\"a, the first\",1.0,2.0\n"
                + "\"a, the first\",2.0,5.0\n"
                + "\"a, the first\",3.0,-1.0\n"
                + "\"b \"\"quoted\"\"\",1.5,0.5\n", csv);
    }

    @Test
    void anXyzDatasetAddsItsZAndTheSubplotsOfACombinedPlotAreAllWritten() {
        DefaultXYZDataset cells = new DefaultXYZDataset();
        cells.addSeries("cells", new double[][] {{1, 2, 9}, {1, 1, 1}, {0.25, 0.5, 0.75}});
        XYPlot heat = new XYPlot(cells, new NumberAxis("x"), new NumberAxis("y"), new XYBlockRenderer());
        heat.getRangeAxis().setRange(0, 2);
        XYPlot line = plot();
        CombinedDomainXYPlot both = new CombinedDomainXYPlot(new NumberAxis("x"));
        both.add(heat);
        both.add(line);
        both.getDomainAxis().setRange(0.5, 2.5);
        line.getRangeAxis().setRange(0, 4);
        String csv = ChartCsv.csv(new JFreeChart(both));
        assertEquals("series,x,y,z\n"
                + "cells,1.0,1.0,0.25\n"
                + "cells,2.0,1.0,0.5\n"
                + "\"a, the first\",1.0,2.0,\n"
                + "\"b \"\"quoted\"\"\",1.5,0.5,\n", csv);
    }
}
