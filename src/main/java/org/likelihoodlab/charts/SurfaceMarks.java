package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Surfaces;

/**
 * The point marks on the (mu, sigma) surface: the MLE (star), the truth (cross), the start, the
 * current point (with its averaged iterate), the other runs of a race with their names, and a
 * divergence's cross labelled with the step and the offending value.
 */
final class SurfaceMarks {

    private final XYPlot plot;
    private final Surfaces.Scale scale;

    private SurfaceMarks(XYPlot plot, Surfaces.Scale scale) {
        this.plot = plot;
        this.scale = scale;
    }

    /**
     * Adds the marks of a run to the plot (without a redraw).
     *
     * @param scale the displayed vertical coordinate
     * @param startX the path's first mu; @param startY its first value in the displayed coordinate
     * @param race the visible runs of a race (empty: none)
     */
    static void add(XYPlot plot, RunView v, List<RunLine> race, Surfaces.Scale scale, double startX, double startY) {
        new SurfaceMarks(plot, scale).add(v, race, startX, startY);
    }

    private double axisValue(double sigma) {
        return scale.of(sigma);
    }

    private void add(RunView v, List<RunLine> race, double startX, double startY) {
        double[] mle = v.mle();
        TrueGaussian truth = v.truth();
        marker(mle[0], axisValue(mle[1]), Annotations.star(9), Palette.YELLOW, Color.BLACK, "MLE");
        if (truth != null) {
            marker(truth.mean()[0], axisValue(truth.sd(0)), Annotations.cross(6), Color.WHITE, null, "true");
        }
        marker(startX, startY, new Ellipse2D.Double(-6, -6, 12, 12), null, Color.WHITE, "start");
        double[] cur = v.reported();
        marker(cur[0], axisValue(cur[1]), new Ellipse2D.Double(-6, -6, 12, 12), Palette.VERMILLION, Color.WHITE, null);
        AveragedMarks.onSurface(plot, v, this::axisValue);
        String selectedName = null;
        for (RunLine l : race) {
            RunView b = l.view();
            if (l.selected()) {
                selectedName = l.label();
            }
            if (b.dim() != 1 || l.selected()) {
                continue;
            }
            double[] cb = b.reported();
            // a converged run sits on the MLE with the others: its name would only cover theirs
            marker(cb[0], axisValue(cb[1]), new Ellipse2D.Double(-6, -6, 12, 12), l.colour(), Color.WHITE,
                    b.divergedAt() > 0 ? l.label() + ": diverged at step " + b.divergedAt()
                    : b.convergedAt() >= 0 ? null : l.label());
        }
        if (selectedName != null && v.divergedAt() <= 0) {
            marker(cur[0], axisValue(cur[1]), new Ellipse2D.Double(-6, -6, 12, 12), null, Color.WHITE, selectedName);
        }
        if (v.divergedAt() > 0) {
            marker(cur[0], axisValue(cur[1]), Annotations.cross(9), Palette.VERMILLION, null,
                    (selectedName == null ? "" : selectedName + ": ") + "diverged at step " + v.divergedAt()
                    + offendingText(v));
        }
    }

    private static String offendingText(RunView v) {
        double[] t = v.offendingTheta();
        if (t == null) {
            return "";
        }
        String q = v.scenario().param().cliName().equals("mu-variance") ? "\u03c3\u00b2" : v.scenario().param()
                .cliName().equals("mu-logsigma") ? "log \u03c3" : "\u03c3";
        return ": " + q + " \u2192 " + String.format(java.util.Locale.ROOT, "%.4g", t[1]);
    }

    private void marker(double x, double y, java.awt.Shape s, Color fill, Color outline, String label) {
        plot.addAnnotation(new Annotations.Marker(x, y, s, fill, outline, label), false);
    }
}
