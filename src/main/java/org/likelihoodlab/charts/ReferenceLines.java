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

    /**
     * Puts each line's label on the side of the line the run comes from, where the axis has room
     * for it (a label above an MLE line at the top of the range would be cut off), and the labels
     * of two lines close together one above and one below; called with every new trajectory.
     */
    void placeLabels() {
        for (JFreeChart c : new JFreeChart[] {mean, scale}) {
            org.jfree.chart.plot.XYPlot plot = c.getXYPlot();
            org.jfree.data.xy.XYDataset d = plot.getDataset(0);
            if (d == null || d.getSeriesCount() == 0 || d.getItemCount(0) == 0) {
                continue;
            }
            double start = d.getYValue(0, 0);
            java.util.Collection<?> bg = plot.getRangeMarkers(0, Layer.BACKGROUND);
            List<ValueMarker> lines = new ArrayList<>();
            for (Object o : bg == null ? List.of() : bg) {
                if (o instanceof ValueMarker m && refMarkers.contains(m)) {
                    // below the line when the run starts below it: the range reaches down to the start
                    m.setLabelTextAnchor(start < m.getValue() ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
                    lines.add(m);
                }
            }
            separateCloseLabels(lines, org.jfree.data.general.DatasetUtils.findRangeBounds(d));
        }
    }

    /**
     * Two lines closer than a twelfth of the range (MLE Σ₁₁ and MLE Σ₂₂ of a round Gaussian)
     * would print their labels on top of each other: the lower one's goes below its line, the
     * upper one's above.
     */
    private static void separateCloseLabels(List<ValueMarker> lines, org.jfree.data.Range data) {
        if (lines.size() < 2) {
            return;
        }
        lines.sort(java.util.Comparator.comparingDouble(ValueMarker::getValue));
        double lo = lines.get(0).getValue();
        double hi = lines.get(lines.size() - 1).getValue();
        if (data != null) {
            lo = Math.min(lo, data.getLowerBound());
            hi = Math.max(hi, data.getUpperBound());
        }
        double close = (hi - lo) / 12;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).getValue() - lines.get(i - 1).getValue() < close) {
                lines.get(i - 1).setLabelTextAnchor(TextAnchor.TOP_LEFT);
                lines.get(i).setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            }
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
