package org.likelihoodlab.charts;

import org.jfree.chart.plot.XYPlot;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.math.GaussianModel;
import org.likelihoodlab.math.Surfaces;

/**
 * The arrows of the next step on the (mu, sigma) surface: the gradient step lr*grad and,
 * optionally, the natural-gradient step, both from the run's current point.
 */
final class StepArrows {

    private StepArrows() {
    }

    /**
     * Adds the arrows to the plot (without a redraw).
     *
     * @param scale the displayed vertical coordinate
     * @param showNatural true to draw the natural-gradient arrow too
     */
    static void add(XYPlot plot, RunView v, Surfaces.Scale scale, boolean showNatural) {
        GaussianModel m = v.scenario().param().model();
        double[] theta = new double[2];
        m.toTheta(v.reported(), theta);
        double[] mom = v.data().moments();
        if (v.scenario().mode() == Mode.ONLINE) {
            v.data().pointMoments((int) (v.step() % v.data().n()), mom);
        }
        double[] g = new double[2];
        m.gradient(theta, mom, g);
        double[] from = {v.reported()[0], scale.of(v.reported()[1])};
        double[] gd = {theta[0] + v.lr() * g[0], theta[1] + v.lr() * g[1]};
        plot.addAnnotation(new Annotations.Arrow(from[0], from[1], gd[0], next(m, v, gd, scale), Palette.VERMILLION,
                "\u03b1\u2207"), false);
        if (showNatural) {
            double[] d = new double[2];
            m.naturalDirection(theta, mom, g, d);
            double[] nat = {theta[0] + v.lr() * d[0], theta[1] + v.lr() * d[1]};
            plot.addAnnotation(new Annotations.Arrow(from[0], from[1], nat[0], next(m, v, nat, scale), Palette.SKY,
                    "\u03b1F\u207b\u00b9\u2207"), false);
        }
    }

    /** The displayed coordinate of a next theta: its own value when the run moves in this coordinate. */
    private static double next(GaussianModel m, RunView v, double[] theta, Surfaces.Scale scale) {
        if (Surfaces.Scale.of(v.scenario().param()) == scale) {
            return theta[1];   // may be <= 0: the arrow then shows the overshoot below zero
        }
        double[] rep = new double[2];
        m.toReported(theta, rep);
        return scale.of(rep[1]);
    }
}
