package org.likelihoodlab.charts;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.likelihoodlab.experiment.MapAxis;

/** The axes of a stability map: labels, chart axes, the cells' edges and which cell a value falls in. */
public final class MapAxes {

    private MapAxes() {
    }

    /** @return the chart axis of a map axis: log or linear, labelled, over the cells' outer edges */
    static ValueAxis axis(MapAxis a) {
        String label = label(a.setting()) + (a.log() ? " (log scale)" : "");
        ValueAxis axis;
        if (a.log()) {
            // round ticks (powers of ten, or 1-2-5 inside two decades), not 0.281838 or 3.1623
            LogAxis l = new NiceLogAxis(label);
            axis = l;
        } else {
            NumberAxis n = RunFigures.rootTicks(new NumberAxis(label), a.setting() == MapAxis.Setting.N
                    || a.setting() == MapAxis.Setting.BATCH);
            n.setAutoRangeIncludesZero(false);
            axis = n;
        }
        axis.setRange(edge(a, false), edge(a, true));
        return axis;
    }

    /** @return the axis label of a setting */
    public static String label(MapAxis.Setting s) {
        switch (s) {
            case LR:
                return "learning rate \u03b1";
            case BETA:
                return "momentum \u03b2";
            case BETA1:
                return "Adam \u03b2\u2081";
            case BETA2:
                return "Adam \u03b2\u2082";
            case SIGMA0:
                return "start \u03c3\u2080";
            case MU0:
                return "start \u03bc\u2080";
            case BATCH:
                return "batch size B";
            default:
                return "sample size n";
        }
    }

    /** @return all labels, for messages */
    static String labels() {
        return Arrays.stream(MapAxis.Setting.values()).map(MapAxes::label).collect(Collectors.joining(", "));
    }

    /** The edge of the first (or past the last) cell: half a step outside the end value. */
    static double edge(MapAxis a, boolean upper) {
        if (a.log()) {
            double half = Math.pow(a.to() / a.from(), 0.5 / (a.count() - 1));
            return upper ? Math.max(a.to(), a.from()) * half : Math.min(a.to(), a.from()) / half;
        }
        double half = Math.abs(a.to() - a.from()) / (a.count() - 1) / 2;
        return upper ? Math.max(a.to(), a.from()) + half : Math.min(a.to(), a.from()) - half;
    }

    static boolean inside(MapAxis a, double v) {
        return v >= edge(a, false) && v <= edge(a, true);
    }

    /** @return the index of the value nearest to v (log or linear, as the axis is spaced) */
    static int index(MapAxis a, double v) {
        double t = a.log() ? Math.log(v / a.from()) / Math.log(a.to() / a.from()) : (v - a.from()) / (a.to() - a.from());
        if (!Double.isFinite(t)) {
            t = 0;
        }
        return (int) Math.max(0, Math.min(a.count() - 1, Math.round(t * (a.count() - 1))));
    }
}
