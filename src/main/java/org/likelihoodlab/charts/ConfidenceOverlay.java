package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.math.ConfidenceRegion;
import org.likelihoodlab.math.Surfaces;

/**
 * The 95 % confidence regions of (&mu;, &sigma;) on the 1-D surface ({@link ConfidenceRegion}): the
 * likelihood-ratio contour (white, solid) and the Wald ellipse of the coordinates shown (yellow,
 * dashed), with a line under the chart giving the standard errors and how the curvature that
 * bounds the learning rate also sets the region's width.
 */
final class ConfidenceOverlay {

    private final TextTitle note = new TextTitle("", new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    ConfidenceOverlay() {
        note.setPosition(RectangleEdge.BOTTOM);
        note.setPaint(Palette.GREY);
    }

    /** Adds both regions to the plot (in its scale's coordinates) and the note to the chart. */
    void show(JFreeChart chart, XYPlot plot, Dataset data, Surfaces.Scale scale) {
        double[] m = data.moments();
        int n = data.n();
        plot.addAnnotation(new Annotations.DataPath(path(ConfidenceRegion.likelihoodRatio(m[0], m[1], n), scale),
                Palette.line(2f), Color.WHITE, null), false);
        plot.addAnnotation(new Annotations.DataPath(path(ConfidenceRegion.wald(m[0], m[1], n, scale), scale),
                Palette.dashed(1.8f), Palette.YELLOW, null), false);
        double[] se = ConfidenceRegion.standardErrors(m[1], n);
        note.setText(String.format(Locale.ROOT, "95 %% regions: likelihood ratio \u2113 = \u2113\u0302 \u2212 "
                + "\u03c7\u00b2\u2082(0.95)/(2n) (white), Wald ellipse in (\u03bc, %s) (yellow, dashed). "
                + "SE(\u03bc\u0302) = s/\u221an = %.4g, SE(\u03c3\u0302) = s/\u221a(2n) = %.4g. The curvature h = 2/s\u00b2 "
                + "of \u03c3 that bounds \u03b1 < 2/h = s\u00b2 also sets the width: SE(\u03c3\u0302) = 1/\u221a(n h).",
                scale.label(), se[0], se[1]));
        if (chart.getSubtitles().indexOf(note) < 0) {
            chart.addSubtitle(note);
        }
    }

    /** Removes the note (the plot's annotations are cleared by the figure on every show). */
    void hide(JFreeChart chart) {
        chart.removeSubtitle(note);
    }

    /** @return the note under the chart */
    String text() {
        return note.getText();
    }

    private static Path2D path(double[][] muSigma, Surfaces.Scale scale) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < muSigma[0].length; i++) {
            double y = scale.of(muSigma[1][i]);
            if (i == 0) {
                p.moveTo(muSigma[0][i], y);
            } else {
                p.lineTo(muSigma[0][i], y);
            }
        }
        p.closePath();
        return p;
    }
}
