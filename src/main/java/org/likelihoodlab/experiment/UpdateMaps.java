package org.likelihoodlab.experiment;

import java.util.Locale;
import org.likelihoodlab.optim.UpdateMap;

/**
 * The update map (math.md section 9.6) of a scenario's run at a reported state: the map of the
 * whole-data update (for online and mini-batch runs, the map of the mean update), with the
 * learning rate the schedule gives at that step; and the sentence the window shows about it.
 */
public final class UpdateMaps {

    private UpdateMaps() {
    }

    /**
     * @param s the settings in force (learning rate, optimizer, hyperparameters)
     * @param reported (mu, sigma) or (mu1, mu2, s11, s12, s22)
     * @param step the updates done so far (the next update's schedule factor is used)
     */
    public static UpdateMap.Result at(Scenario s, Dataset data, double[] reported, long step) {
        double[] theta = new double[s.param().model().size()];
        s.param().model().toTheta(reported, theta);
        double[] m = data.moments();
        double lr = s.schedule().lr(step + 1, s.lr(), s.warmup());
        return UpdateMap.at(s.param(), theta, null, s.optimizer(), s.hyper(), lr, s.order(), s.bug(), s.guards(), m, m);
    }

    /**
     * The spectral radius at each recorded row of a run, each with the settings in force for the
     * update after it (the plan's live changes: a learning rate raised at step k changes the rows
     * from k on, not the ones before).
     *
     * @param rows {steps, series...} as {@link Columns} lays them out
     * @param cache radii already computed for this plan, by step (filled in; {@code null}: none)
     * @return the radius per row (NaN where there is no fixed map or the state is not valid)
     */
    public static double[] radii(RunPlan plan, Dataset data, double[][] rows, java.util.Map<Long, Double> cache) {
        return radii(plan, data, rows, cache, Long.MAX_VALUE);
    }

    /**
     * As {@link #radii(RunPlan, Dataset, double[][], java.util.Map)}, computing new rows only until
     * {@code deadline} ({@link System#nanoTime()}): the rows left are NaN and not cached, so a later
     * call fills them in (a 2-D momentum map is a 10 x 10 Jacobian, about a millisecond).
     */
    public static double[] radii(RunPlan plan, Dataset data, double[][] rows, java.util.Map<Long, Double> cache,
            long deadline) {
        int k = rows.length == 0 ? 0 : rows[0].length;
        double[] out = new double[k];
        int dim = plan.scenario().dim();
        double[] rep = new double[dim == 1 ? 2 : 5];
        for (int i = 0; i < k; i++) {
            long step = (long) rows[Columns.STEP_ROW][i];
            Double known = cache == null ? null : cache.get(step);
            if (known != null) {
                out[i] = known;
                continue;
            }
            if (System.nanoTime() - deadline > 0) {
                out[i] = Double.NaN;
                continue;
            }
            for (int c = 0; c < rep.length; c++) {
                rep[c] = rows[Columns.inRow(c)][i];
            }
            Scenario s = plan.settingsAt(step).applyTo(plan.scenario());
            out[i] = valid(rep) ? at(s, data, rep, step).spectralRadius() : Double.NaN;
            if (cache != null) {
                cache.put(step, out[i]);
            }
        }
        return out;
    }

    private static boolean valid(double[] rep) {
        for (double v : rep) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return rep.length == 2 ? rep[1] > 0 : rep[2] > 0 && rep[2] * rep[4] - rep[3] * rep[3] > 0;
    }

    /** @return a factor per step, with its distance from 1 where four digits would round it to 1 */
    static String factor(double rho) {
        double d = rho - 1;
        if (Math.abs(d) < 5e-4 && d != 0) {
            return String.format(Locale.ROOT, "1 %s %.2g", d > 0 ? "+" : "\u2212", Math.abs(d));
        }
        return String.format(Locale.ROOT, "%.4g", rho);
    }

    /** @return one or two sentences on what the map does locally: which direction grows, and how fast */
    public static String sentence(Scenario s, UpdateMap.Result r) {
        if (!r.fixed()) {
            return s.optimizer().label() + " rescales every step by its own running averages of the gradient: "
                    + "there is no fixed update map to linearise.";
        }
        if (r.eigenvalues().isEmpty()) {
            return "The update map is not finite here.";
        }
        UpdateMap.Eigenvalue top = r.eigenvalues().get(0);
        double rho = top.modulus();
        String dir = top.direction().equals("mixed") ? "a mixed (\u03bc and " + UpdateMap.scaleName(s.param())
                + ") direction" : "the " + top.direction() + " direction";
        String how = Math.abs(top.im()) > 1e-12 * rho ? ", spiralling" : top.re() < 0 ? ", flipping sign every step" : "";
        if (rho > 1) {
            return String.format(Locale.ROOT, "An eigenvalue is outside the unit circle: %s grows by a factor %s "
                    + "per step%s. Locally the run is unstable here.", dir, factor(rho), how);
        }
        return String.format(Locale.ROOT, "All eigenvalues are inside the unit circle: locally every direction "
                + "shrinks; the slowest, %s, by a factor %s per step%s.", dir, factor(rho), how);
    }
}
