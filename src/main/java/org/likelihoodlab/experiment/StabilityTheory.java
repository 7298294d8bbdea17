package org.likelihoodlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.math.StabilityBounds;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/**
 * The boundaries math.md gives in closed form, as curves over the plane of a stability map whose
 * one axis is the learning rate (section 6, 9.6):
 * <ul>
 * <li>the local bound at the MLE for the parameterization and optimizer (gd: 2/h_max; momentum:
 *     2(1+&beta;)/h_max; Nesterov: (2+2&beta;)/((1+2&beta;)h_max)), which depends on &beta; only;</li>
 * <li>for 1-D batch gd with a start axis (&sigma;<sub>0</sub> or &mu;<sub>0</sub>): the same bound
 *     evaluated at the start, and where the first simultaneous step sends the scale to 0
 *     ((&mu;, &sigma;): lr(&sigma;<sub>0</sub><sup>2</sup> &minus; S) = &sigma;<sub>0</sub><sup>4</sup>;
 *     (&mu;, v): lr(v<sub>0</sub> &minus; S) = 2v<sub>0</sub><sup>3</sup>, S = S(&mu;<sub>0</sub>));</li>
 * <li>for 1-D batch gd in (&mu;, &sigma;) and (&mu;, v): the global positivity thresholds 4s<sup>2</sup>
 *     and 13.5s<sup>4</sup>, below which no step from anywhere sends the scale to 0.</li>
 * </ul>
 * A map without a learning-rate axis, or over {@code n}, gets no curves (its boundaries are not of this form).
 */
public final class StabilityTheory {

    /**
     * A curve in the map's own (x, y) values; NaN entries break it.
     *
     * @param label what it is, e.g. "local bound 2(1+β)/h"
     * @param kind which family it belongs to (for its line style)
     */
    public record Curve(String label, Kind kind, double[] xs, double[] ys) {
    }

    /** The families of curves. */
    public enum Kind {
        /** The local bound at the MLE: past it the run stops converging. */
        LOCAL_AT_MLE,
        /** The local bound at the start. */
        LOCAL_AT_START,
        /** Where the first step sends the scale to 0 or below. */
        FIRST_STEP,
        /** The global positivity threshold. */
        GLOBAL
    }

    /** Points along the other axis. */
    static final int SAMPLES = 256;

    private StabilityTheory() {
    }

    /** @return the curves for this map (possibly none) */
    public static List<Curve> curves(Scenario s, Dataset data, MapAxis x, MapAxis y) {
        boolean lrIsX = x.setting() == MapAxis.Setting.LR;
        if (!lrIsX && y.setting() != MapAxis.Setting.LR) {
            return List.of();
        }
        MapAxis other = lrIsX ? y : x;
        if (other.setting() == MapAxis.Setting.N) {
            return List.of();
        }
        double[] m = data.moments();
        double[] vs = samples(other);
        double[] local = new double[SAMPLES];
        double[] atStart = new double[SAMPLES];
        double[] first = new double[SAMPLES];
        boolean oneDGd = s.dim() == 1 && s.optimizer() == Optimizer.GD && s.mode() == Mode.BATCH && s.bug() == Bug.NONE
                && !s.guards().any();
        boolean startAxis = other.setting() == MapAxis.Setting.SIGMA0 || other.setting() == MapAxis.Setting.MU0;
        String formula = "";
        for (int i = 0; i < SAMPLES; i++) {
            Scenario sv = other.apply(s, vs[i]);
            StabilityBounds.Bound b = Diagnosis.boundAtMle(sv, data);
            local[i] = b.local();
            formula = b.formula();
            atStart[i] = Double.NaN;
            first[i] = Double.NaN;
            if (oneDGd && startAxis) {
                double[] init = sv.init();
                double sAtMu = m[1] + (m[0] - init[0]) * (m[0] - init[0]);
                atStart[i] = StabilityBounds.oneD(sv.param(), "gd", init[1], sAtMu, 0).local();
                if (sv.order() == UpdateOrder.SIMULTANEOUS || init[0] == m[0]) {
                    first[i] = firstStepZero(sv.param(), init[1], sAtMu);
                }
            }
        }
        List<Curve> out = new ArrayList<>();
        add(out, "local bound at the MLE, lr = " + formula, Kind.LOCAL_AT_MLE, local, vs, lrIsX);
        if (oneDGd && startAxis) {
            add(out, "local bound at the start", Kind.LOCAL_AT_START, atStart, vs, lrIsX);
            String q = s.param() == Parameterization.MU_VARIANCE ? "v" : "\u03c3";
            add(out, "first step sends " + q + " \u2264 0", Kind.FIRST_STEP, first, vs, lrIsX);
        }
        if (oneDGd) {
            double g = globalThreshold(s.param(), m[1]);
            if (Double.isFinite(g)) {
                double[] flat = new double[SAMPLES];
                java.util.Arrays.fill(flat, g);
                String label = s.param() == Parameterization.MU_SIGMA ? "4s\u00b2" : "13.5s\u2074";
                add(out, String.format(Locale.ROOT, "%s = %.4g: the scale can reach 0 only above", label, g), Kind.GLOBAL,
                        flat, vs, lrIsX);
            }
        }
        return out;
    }

    /**
     * @param sAtMu S(&mu;<sub>0</sub>) = s<sup>2</sup> + (x&#772; &minus; &mu;<sub>0</sub>)<sup>2</sup>
     * @return the learning rate from which the first simultaneous batch gd step sends the scale to
     *     0 or below ((&mu;, &sigma;) and (&mu;, v); NaN where no learning rate does, or for log &sigma;)
     */
    public static double firstStepZero(Parameterization p, double sigma0, double sAtMu) {
        double v = sigma0 * sigma0;
        if (!(v > sAtMu)) {
            return Double.NaN;
        }
        if (p == Parameterization.MU_SIGMA) {
            return v * v / (v - sAtMu);
        }
        if (p == Parameterization.MU_VARIANCE) {
            return 2 * v * v * v / (v - sAtMu);
        }
        return Double.NaN;
    }

    /** @return 4s&sup2; for (&mu;, &sigma;), 13.5s&#8308; for (&mu;, v), NaN otherwise (math.md section 6) */
    public static double globalThreshold(Parameterization p, double s2) {
        if (p == Parameterization.MU_SIGMA) {
            return 4 * s2;
        }
        if (p == Parameterization.MU_VARIANCE) {
            return 13.5 * s2 * s2;
        }
        return Double.NaN;
    }

    private static double[] samples(MapAxis a) {
        double[] v = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            double t = (double) i / (SAMPLES - 1);
            v[i] = a.log() ? Math.exp(Math.log(a.from()) + (Math.log(a.to()) - Math.log(a.from())) * t)
                    : a.from() + (a.to() - a.from()) * t;
        }
        if (a.setting() == MapAxis.Setting.BATCH) {
            for (int i = 0; i < SAMPLES; i++) {
                v[i] = Math.max(1, Math.rint(v[i]));
            }
        }
        return v;
    }

    private static void add(List<Curve> out, String label, Kind kind, double[] lr, double[] other, boolean lrIsX) {
        boolean any = false;
        for (double v : lr) {
            any |= Double.isFinite(v) && v > 0;
        }
        if (!any) {
            return;
        }
        double[] clean = new double[lr.length];
        for (int i = 0; i < lr.length; i++) {
            clean[i] = Double.isFinite(lr[i]) && lr[i] > 0 ? lr[i] : Double.NaN;
        }
        out.add(lrIsX ? new Curve(label, kind, clean, other.clone()) : new Curve(label, kind, other.clone(), clean));
    }
}
