package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.likelihoodlab.experiment.TrueGaussian;

/**
 * The dashed horizontal reference lines on the mean and scale charts: the MLE of the data and,
 * where it is known, the true value.
 */
final class ReferenceLines {

    private final int dim;
    private final JFreeChart mean;
    private final JFreeChart scale;
    private final List<Marker> refMarkers = new ArrayList<>();

    ReferenceLines(int dim, JFreeChart mean, JFreeChart scale) {
        this.dim = dim;
        this.mean = mean;
        this.scale = scale;
    }

    /**
     * Replaces the lines by those of a new data set (without a redraw: the caller holds the
     * charts' notifications).
     *
     * @param truth the true distribution ({@code null} permitted: data from a file)
     * @param mle the MLE in reported parameters
     */
    void show(TrueGaussian truth, double[] mle) {
        for (Marker m : refMarkers) {
            // from the layer they were added to (removeRangeMarker(m) looks only in the foreground)
            mean.getXYPlot().removeRangeMarker(0, m, Layer.BACKGROUND, false);
            scale.getXYPlot().removeRangeMarker(0, m, Layer.BACKGROUND, false);
        }
        refMarkers.clear();
        if (dim == 1) {
            reference(mean, mle[0], "MLE", Palette.GREY);
            reference(scale, mle[1], "MLE", Palette.GREY);
            if (truth != null) {
                reference(mean, truth.mean()[0], "true", Palette.YELLOW.darker());
                reference(scale, truth.sd(0), "true", Palette.YELLOW.darker());
            }
        } else {
            reference(mean, mle[0], "MLE \u03bc\u2081", Palette.BLUE);
            reference(mean, mle[1], "MLE \u03bc\u2082", Palette.ORANGE);
            reference(scale, mle[2], "MLE \u03a3\u2081\u2081", Palette.GREEN);
            reference(scale, mle[4], "MLE \u03a3\u2082\u2082", Palette.PURPLE);
        }
    }

    private void reference(JFreeChart chart, double value, String label, Color color) {
        ValueMarker m = new ValueMarker(value, color, Palette.dashed(1.5f));
        m.setLabel(label);
        m.setLabelPaint(color.darker());
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 4));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        chart.getXYPlot().addRangeMarker(m, Layer.BACKGROUND);
        refMarkers.add(m);
    }
}
