package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

/** A step mark's label never sits on the line it talks about. */
class MarkLabelsTest {

    /** μ rising to its MLE at the top of the chart and staying there until the mark at step 110. */
    private static RunFigures climbing(double[] y) {
        RunFigures rf = new RunFigures(1);
        show(rf, y);
        return rf;
    }

    private static ValueMarker stepMark(JFreeChart c) {
        for (Object o : c.getXYPlot().getDomainMarkers(0, Layer.FOREGROUND)) {
            if (o instanceof ValueMarker m && m.getLabel() != null) {
                return m;
            }
        }
        throw new AssertionError("no labelled step mark on " + c.getTitle().getText());
    }

    @Test
    void aLabelMovesToTheBottomWhenTheLineRunsAlongTheTop() {
        double[] y = new double[111];
        for (int i = 0; i < y.length; i++) {
            y[i] = i < 3 ? i : 2;   // the coordinate blow-up's mean: at its MLE from step 3 on
        }
        RunFigures rf = climbing(y);
        rf.markStep(110, "diverged at 110", true);
        ValueMarker m = stepMark(rf.meanChart());
        assertEquals(RectangleAnchor.BOTTOM_LEFT, m.getLabelAnchor(), "below, left of the line");
        assertEquals(TextAnchor.BOTTOM_RIGHT, m.getLabelTextAnchor());
        assertFalse(MarkLabels.hits(rf.meanChart().getXYPlot(), 110 - MarkLabels.LABEL_SPAN * 110, 110,
                MarkLabels.BOTTOM, 0), "nothing is drawn where the label is");
    }

    @Test
    void aLabelStaysAtTheTopWhenTheLineIsLow() {
        double[] y = new double[111];
        for (int i = 0; i < y.length; i++) {
            y[i] = 14 * Math.sqrt(1 - i / 110.0);   // σ falling to zero, as in the same run
        }
        RunFigures rf = climbing(y);
        rf.markStep(110, "diverged at 110", true);
        ValueMarker m = stepMark(rf.meanChart());
        assertEquals(RectangleAnchor.TOP_LEFT, m.getLabelAnchor());
        assertFalse(MarkLabels.hits(rf.meanChart().getXYPlot(), 110 - MarkLabels.LABEL_SPAN * 110, 110,
                MarkLabels.TOP, 0));
    }

    @Test
    void theLabelFollowsTheLineAsTheRunGoesOn() {
        double[] low = new double[60];
        double[] high = new double[60];
        for (int i = 0; i < 60; i++) {
            low[i] = i < 30 ? 1 - i / 30.0 : 0;
            high[i] = i < 30 ? i / 30.0 : 1;
        }
        RunFigures rf = climbing(low);
        rf.markStep(59, "converged at 59", false);
        assertEquals(RectangleAnchor.TOP_LEFT, stepMark(rf.meanChart()).getLabelAnchor());
        // the same mark, new data (another frame): the label moves away from the line
        show(rf, high);
        assertEquals(RectangleAnchor.BOTTOM_LEFT, stepMark(rf.meanChart()).getLabelAnchor());
    }

    @Test
    void marksOfARaceStackInTheirBand() {
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            y[i] = 0;
        }
        y[0] = 1;
        RunFigures rf = climbing(y);
        rf.markSteps(List.of(new RunFigures.Mark(90, "diverged at 90", true, null),
                new RunFigures.Mark(95, "converged at 95", false, null)));
        List<Marker> labelled = rf.meanChart().getXYPlot().getDomainMarkers(0, Layer.FOREGROUND).stream()
                .filter(o -> o instanceof ValueMarker v && v.getLabel() != null).map(o -> (Marker) o).toList();
        assertEquals(2, labelled.size());
        assertEquals(RectangleAnchor.TOP_LEFT, labelled.get(0).getLabelAnchor());
        assertEquals(RectangleAnchor.TOP_LEFT, labelled.get(1).getLabelAnchor());
        // the second one a row lower
        assertEquals(labelled.get(0).getLabelOffset().getTop() + 15, labelled.get(1).getLabelOffset().getTop(), 1e-9);
    }

    /** Shows y as every column of the run (μ, σ and ℓ alike) against steps 0, 1, 2, ... */
    private static void show(RunFigures rf, double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        double[][] xs = new double[8][];
        double[][] ys = new double[8][];
        for (int c = 0; c < xs.length; c++) {
            xs[c] = x;
            ys[c] = y;
        }
        rf.showTrajectory(xs, ys, new double[] {y[y.length - 1], 1});
    }
}
