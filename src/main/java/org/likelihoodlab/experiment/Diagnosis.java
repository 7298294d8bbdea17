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
 * Why a run broke (or oscillates, or crawls), in two or three plain sentences, and the fixes to
 * try: each fix is a whole scenario, so applying it is one rerun.
 *
 * @param kind what happened: the outcome of the one classifier ({@link OutcomeClassifier})
 * @param text the explanation
 * @param fixes two or three settings that would help, most direct first (empty if nothing is wrong)
 */
public record Diagnosis(Outcome kind, String text, List<Fix> fixes) {

    /** A suggested change: a button label and the scenario it runs. */
    public record Fix(String label, Scenario scenario) {
    }

    /**
     * Diagnoses a run where it stands, with the settings in force now ({@link Run#current()}).
     *
     * @param run the run (diverged, or stopped, or still going)
     * @param verdict the classifier's verdict on the run, which decides the kind
     * @param rows its recorded rows {steps, series...} (decimated is fine), for the oscillation's swing
     */
    public static Diagnosis of(Run run, OutcomeClassifier.Verdict verdict, double[][] rows) {
        return of(run, verdict, rows, new FixCheck(run.data()));
    }

    /**
     * As {@link #of(Run, OutcomeClassifier.Verdict, double[][])}, with the fixes checked (and the
     * checks remembered) by {@code check}: only fixes that do better than the run are offered.
     */
    public static Diagnosis of(Run run, OutcomeClassifier.Verdict verdict, double[][] rows, FixCheck check) {
        Diagnosis d = newton(run, candidates(run, verdict, rows, check));
        List<Fix> working = check.working(run.current(), d.fixes());
        return working.size() == d.fixes().size() ? d : new Diagnosis(d.kind(), d.text(), working);
    }

    /**
     * Newton away from the MLE: where the Hessian of the objective is not negative definite, the
     * Newton step heads for a saddle or a minimum, not the maximum. Fisher scoring (the natural
     * gradient) is Newton with the expected Hessian, which is always negative definite.
     */
    private static Diagnosis newton(Run run, Diagnosis d) {
        Scenario s = run.current();
        if (s.optimizer() != Optimizer.NEWTON || d.kind() == Outcome.CONVERGED || d.kind() == Outcome.UNFINISHED) {
            return d;
        }
        double[] h = new double[3];
        double[] theta = run.theta();
        org.likelihoodlab.math.Hessian.of(run.model(), theta, run.data().moments(), h);
        String text;
        if (s.mode() == Mode.ONLINE) {
            text = "With one sample a step the Hessian of the update's objective is never negative definite, so "
                    + "online Newton is never an ascent step. ";
        } else if (!org.likelihoodlab.math.Hessian.negativeDefinite(h)) {
            text = "Here the Hessian of \u2113 is not negative definite, so the Newton step heads for a saddle or "
                    + "a minimum instead of the maximum. ";
        } else {
            return d;
        }
        List<Fix> fixes = new ArrayList<>();
        fixes.add(new Fix("Fisher scoring: natural gradient (\u03b1 = 1)", s.toBuilder().optimizer(Optimizer.NATURAL)
                .lr(1).build()));
        for (Fix f : d.fixes()) {
            if (f.scenario().optimizer() != Optimizer.NATURAL && fixes.size() < 3) {
                fixes.add(f);
            }
        }
        return new Diagnosis(d.kind(), text + "Fisher scoring is Newton with the expected Hessian, which is "
                + "negative definite everywhere. " + d.text(), fixes);
    }

    /** The diagnosis with every candidate fix, checked or not. */
    static Diagnosis candidates(Run run, OutcomeClassifier.Verdict verdict, double[][] rows) {
        return candidates(run, verdict, rows, new FixCheck(run.data()));
    }

    /** As above; {@code check} caches what the stochastic diagnosis needs (the noise ball). */
    static Diagnosis candidates(Run run, OutcomeClassifier.Verdict verdict, double[][] rows, FixCheck check) {
        Scenario s = run.current();
        Dataset data = run.data();
        double[] mle = data.mle();
        double[] rep = run.reported();
        StabilityBounds.Bound bound = boundAtMle(s, data);
        double dist = Convergence.distance(rep, mle);
        switch (verdict.outcome()) {
            case DIVERGED:
                return diverged(run, s, data, bound);
            case CONVERGED:
                return new Diagnosis(Outcome.CONVERGED, String.format(Locale.ROOT,
                        "The run reached the MLE (within 1e-6) at step %d.", verdict.step()), List.of());
            case OSCILLATING:
                return oscillating(run, s, data, bound, rows, dist, check);
            case CRAWLING:
                return crawling(run, s, data, bound, dist, verdict.remaining());
            default:
                String more = verdict.remaining() > 0 ? String.format(Locale.ROOT,
                        " At the current rate it needs about %d more steps.", verdict.remaining()) : "";
                return new Diagnosis(Outcome.UNFINISHED, String.format(Locale.ROOT, "Step %d: %s from the MLE; "
                        + "nothing wrong so far.%s", run.step(), num(dist), more), List.of());
        }
    }

    private static Diagnosis oscillating(Run run, Scenario s, Dataset data, StabilityBounds.Bound bound,
            double[][] rows, double dist, FixCheck check) {
        boolean batch = s.mode() == Mode.BATCH;
        if (batch && Double.isFinite(bound.local()) && run.lr() > bound.local()) {
            String text = String.format(Locale.ROOT, "After %d steps the run has not converged: %s. %s",
                    run.step(), swing(s, rows, data.mle()), boundSentence(s, run.lr(), bound, data, true));
            return new Diagnosis(Outcome.OSCILLATING, text, fixes(s, data, bound, false));
        }
        if (!batch) {
            return StochasticDiagnosis.notSettling(run, s, data, dist, check);
        }
        String text = String.format(Locale.ROOT, "After %d steps the run is not settling: %s. %s", run.step(),
                swing(s, rows, data.mle()), boundSentence(s, run.lr(), bound, data, true));
        return new Diagnosis(Outcome.OSCILLATING, text, fixes(s, data, bound, false));
    }

    private static Diagnosis crawling(Run run, Scenario s, Dataset data, StabilityBounds.Bound bound, double dist,
            long remaining) {
        String rate = remaining > 0 && remaining < Long.MAX_VALUE / 2 ? String.format(Locale.ROOT,
                "at this rate it needs about %s more steps", num(remaining)) : "it barely moves";
        String text;
        if (Double.isFinite(bound.local()) && run.lr() < 0.05 * bound.local()) {
            text = String.format(Locale.ROOT, "After %d steps the run is still %s from the MLE and %s: α = %s "
                    + "is only 1/%.0f of the stability bound %s = %s, so each step moves it very little.", run.step(),
                    num(dist), rate, num(run.lr()), bound.local() / run.lr(), bound.formula(), num(bound.local()));
        } else {
            text = String.format(Locale.ROOT, "After %d steps the run is still %s from the MLE and %s.", run.step(),
                    num(dist), rate);
        }
        List<Fix> fixes = new ArrayList<>();
        if (s.dim() == 1 && s.order() == UpdateOrder.SIMULTANEOUS && smallStart(s, data)
                && run.reported()[1] > 4 * data.mle()[1]) {
            // from a small start a larger step blows up (math.md section 7): fix the first step instead
            text += " From the small start \u03c3\u2080 = " + num(s.init()[1]) + " the first simultaneous step "
                    + "used S(\u03bc\u2080) and threw \u03c3 far out, where the gradient is tiny.";
            fixes.add(new Fix("Coordinate order (\u03bc first)", s.toBuilder().order(UpdateOrder.COORDINATE).build()));
        } else if (Double.isFinite(bound.local()) && run.lr() < 0.05 * bound.local()) {
            double up = safe(bound.local());
            fixes.add(new Fix("Raise \u03b1 to " + num(up), s.toBuilder().lr(up).build()));
        }
        if (!s.guards().armijo() && s.mode() == Mode.BATCH) {
            fixes.add(new Fix("Backtracking line search (same \u03b1)", s.toBuilder()
                    .guards(new org.likelihoodlab.optim.Safeguards(s.guards().clip(), true)).build()));
        }
        if (s.optimizer() != Optimizer.NATURAL) {
            fixes.add(new Fix("Natural gradient (\u03b1 = 1)", s.toBuilder().optimizer(Optimizer.NATURAL).lr(1)
                    .build()));
        }
        return new Diagnosis(Outcome.CRAWLING, text, fixes);
    }

    /** The local bound at the MLE for this scenario (math.md section 6). */
    public static StabilityBounds.Bound boundAtMle(Scenario s, Dataset data) {
        double[] m = data.moments();
        String opt = s.optimizer().cliName();
        if (s.dim() == 1) {
            return StabilityBounds.oneD(s.param(), opt, Math.sqrt(m[1]), m[1], s.hyper().beta());
        }
        return StabilityBounds.twoD(s.param(), opt, m[2], m[3], m[4], s.hyper().beta());
    }

    private static Diagnosis diverged(Run run, Scenario s, Dataset data, StabilityBounds.Bound bound) {
        StringBuilder t = new StringBuilder();
        t.append("The run diverged at step ").append(run.divergedAt()).append(": ");
        double[] off = run.offendingTheta();
        double[] theta = run.theta();
        Parameterization p = s.param();
        if (s.dim() == 1) {
            String q = p == Parameterization.MU_VARIANCE ? "\u03c3\u00b2" : p == Parameterization.MU_LOGSIGMA
                    ? "log \u03c3" : "\u03c3";
            if (Double.isFinite(off[1])) {
                t.append(q).append(" went from ").append(num(theta[1])).append(" to ").append(num(off[1]));
                if (s.bug() == Bug.ASSIGN) {
                    t.append(".");
                } else if (p != Parameterization.MU_LOGSIGMA && off[1] <= 0) {
                    t.append(": the ").append(q).append(" step ").append(num(off[1] - theta[1]))
                            .append(" was larger than ").append(q).append(" itself.");
                } else {
                    t.append(p == Parameterization.MU_LOGSIGMA ? ", so \u03c3 = exp(" + num(off[1]) + ") is out of range."
                            : ".");
                }
            } else {
                t.append("a value became infinite or not a number (").append(q).append(" = ").append(off[1])
                        .append(").");
            }
        } else {
            double[] sigma = new double[5];
            p.model().toReported(off, sigma);
            double s11 = sigma[2];
            double s12 = sigma[3];
            double s22 = sigma[4];
            double[] eig = org.likelihoodlab.math.Eigen2.of(s11, s12, s22);
            boolean finite = Double.isFinite(s11) && Double.isFinite(s12) && Double.isFinite(s22);
            if (finite && eig[1] <= 0) {
                t.append(String.format(Locale.ROOT, "\u03a3 became [[%s, %s], [%s, %s]] with eigenvalues %s and %s, so "
                        + "it is not positive definite.", num(s11), num(s12), num(s12), num(s22), num(eig[0]),
                        num(eig[1])));
            } else {
                // a Cholesky run cannot lose definiteness: it overflows
                t.append("a value became infinite or not a number (").append(run.divergence()).append(").");
            }
        }
        if (s.bug() == Bug.ASSIGN) {
            t.append(" The update has the typo \u03a3 = \u03b1\u2207: it replaced the scale by \u03b1 times its gradient "
                    + "instead of moving it by that much, and \u03b1\u00b7\u2207 is tiny and usually of the wrong sign.");
            List<Fix> fixes = new ArrayList<>();
            fixes.add(new Fix("Fix the typo (\u03a3 \u2190 \u03a3 + \u03b1\u2207)", s.toBuilder().bug(Bug.NONE).build()));
            fixes.add(new Fix("Fix the typo, natural gradient (\u03b1 = 0.5)",
                    s.toBuilder().bug(Bug.NONE).optimizer(Optimizer.NATURAL).lr(0.5).build()));
            return new Diagnosis(Outcome.DIVERGED, t.toString(), fixes);
        }
        t.append(' ').append(boundSentence(s, run.lr(), bound, data, false));
        return new Diagnosis(Outcome.DIVERGED, t.toString(), fixes(s, data, bound, true));
    }

    private static String boundSentence(Scenario s, double lr, StabilityBounds.Bound b, Dataset data,
            boolean oscillating) {
        if (!Double.isFinite(b.local())) {
            return s.optimizer().label() + " has no fixed stability bound: its steps are about \u03b1 in each "
                    + "coordinate, so \u03b1 = "
                    + num(lr) + " is too large a step here.";
        }
        String where = s.param().label();
        StringBuilder t = new StringBuilder();
        t.append("\u03b1 = ").append(num(lr)).append(lr > b.local() ? " is above" : " is below")
                .append(" the local stability bound ").append(b.formula()).append(" = ").append(num(b.local()))
                .append(" for ").append(where).append(" with ").append(s.optimizer().label().toLowerCase(Locale.ROOT))
                .append('.');
        if (Double.isFinite(b.global())) {
            if (oscillating && lr < b.global()) {
                t.append(" Below ").append(num(b.global())).append(" (where one step can send the scale below zero) "
                        + "it oscillates instead of blowing up.");
            } else if (lr >= b.global()) {
                t.append(" It is also above ").append(num(b.global()))
                        .append(", where one step can throw the scale below zero.");
            }
        }
        if (s.order() == UpdateOrder.SIMULTANEOUS && s.dim() == 1 && smallStart(s, data)) {
            t.append(" The start \u03c3\u2080 = ").append(num(s.init()[1])).append(" is small for data this far away, so "
                    + "the first \u03c3 step, driven by S(\u03bc\u2080)/\u03c3\u00b3, is huge.");
        }
        return t.toString();
    }

    private static boolean smallStart(Scenario s, Dataset data) {
        double[] m = data.moments();
        double r = m[0] - s.init()[0];
        double sMu0 = m[1] + r * r;
        return s.init()[1] * s.init()[1] < sMu0 / 4;
    }

    private static List<Fix> fixes(Scenario s, Dataset data, StabilityBounds.Bound bound, boolean diverged) {
        List<Fix> fixes = new ArrayList<>();
        if (s.optimizer() == Optimizer.NATURAL || !Double.isFinite(bound.local())) {
            double lr = s.optimizer() == Optimizer.NATURAL ? 0.5 : s.lr() / 10;
            fixes.add(new Fix("Lower \u03b1 to " + num(lr), s.toBuilder().lr(lr).build()));
            if (s.optimizer() != Optimizer.NATURAL) {
                fixes.add(new Fix("Natural gradient (\u03b1 = 0.5)", s.toBuilder().optimizer(Optimizer.NATURAL).lr(0.5)
                        .build()));
            }
            return fixes;
        }
        double safe = safe(bound.local());
        if (safe < s.lr()) {
            fixes.add(new Fix("Lower \u03b1 to " + num(safe) + " (below the bound)", s.toBuilder().lr(safe).build()));
        } else {
            fixes.add(new Fix("Lower \u03b1 to " + num(s.lr() / 10), s.toBuilder().lr(s.lr() / 10).build()));
        }
        if (s.order() == UpdateOrder.SIMULTANEOUS && s.dim() == 1 && smallStart(s, data)) {
            fixes.add(new Fix("Coordinate order (\u03bc first)", s.toBuilder().order(UpdateOrder.COORDINATE).build()));
        }
        if (!s.guards().armijo() && s.mode() == Mode.BATCH) {
            fixes.add(new Fix("Backtracking line search (same \u03b1)", s.toBuilder()
                    .guards(new org.likelihoodlab.optim.Safeguards(s.guards().clip(), true)).build()));
        }
        if (s.param() == Parameterization.MU_SIGMA || s.param() == Parameterization.MU_VARIANCE) {
            Scenario ls = s.toBuilder().param(Parameterization.MU_LOGSIGMA).build();
            double lsBound = boundAtMle(ls, data).local();
            double lr = s.lr() < lsBound ? s.lr() : safe(lsBound);
            fixes.add(new Fix("Switch to log \u03c3 (\u03b1 = " + num(lr) + ")", ls.toBuilder().lr(lr).build()));
        } else if (s.param() == Parameterization.MEAN_COV) {
            Scenario ch = s.toBuilder().param(Parameterization.MEAN_CHOLESKY).build();
            double chBound = boundAtMle(ch, data).local();
            double lr = s.lr() < chBound ? s.lr() : safe(chBound);
            fixes.add(new Fix("Switch to Cholesky (\u03b1 = " + num(lr) + ")", ch.toBuilder().lr(lr).build()));
        }
        fixes.add(new Fix("Natural gradient (\u03b1 = 0.5)", s.toBuilder().optimizer(Optimizer.NATURAL).lr(0.5).build()));
        return fixes.size() > 3 ? fixes.subList(0, 3) : fixes;
    }

    /** Half the bound, rounded down to two significant digits: comfortably stable. */
    static double safe(double bound) {
        double v = 0.5 * bound;
        double scale = Math.pow(10, 1 - Math.floor(Math.log10(v)));
        return Math.floor(v * scale) / scale;
    }

    private static String swing(Scenario s, double[][] rows, double[] mle) {
        if (rows == null || rows[0].length < 4) {
            return "it keeps moving around the MLE";
        }
        int n = rows[0].length;
        int from = Math.max(0, n - Math.max(4, n / 5));
        int series = Columns.inRow(Columns.scale(s.dim()));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = from; i < n; i++) {
            lo = Math.min(lo, rows[series][i]);
            hi = Math.max(hi, rows[series][i]);
        }
        String q = s.dim() == 1 ? "\u03c3" : "\u03a3\u2081\u2081";
        double target = s.dim() == 1 ? mle[1] : mle[2];
        if (Math.abs(0.5 * (lo + hi) - target) > 2 * (hi - lo)) {
            return String.format(Locale.ROOT, "%s is stuck far from the MLE %s (between %s and %s over the last steps)",
                    q, num(target), num(lo), num(hi));
        }
        return String.format(Locale.ROOT, "%s swings between %s and %s around the MLE %s", q, num(lo), num(hi),
                num(target));
    }

    static String num(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e4 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
