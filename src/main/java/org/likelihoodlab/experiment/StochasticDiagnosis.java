package org.likelihoodlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why an online or mini-batch run does not settle, and the stochastic-approximation fixes
 * (math.md 9.2, 9.4, 9.5): with a constant α the iterate keeps a noise ball around the MLE whose
 * sd shrinks like √α (and like 1/√B); a 1/t schedule (Robbins-Monro) or Polyak-Ruppert averaging
 * converges to the MLE, and a larger batch shrinks the ball. In file order on a small data set the
 * same points come round every epoch, so the run settles into a cycle instead of a ball.
 */
final class StochasticDiagnosis {

    /** At most this many points count as "small" for the file-order cycle. */
    static final int SMALL_DATA = 5_000;

    private StochasticDiagnosis() {
    }

    /** @return the diagnosis of an online or mini-batch run that is not settling, with unchecked fixes */
    static Diagnosis notSettling(Run run, Scenario s, Dataset data, double dist, FixCheck check) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "After %d steps the run is %s from the MLE and not settling. ", run.step(),
                Diagnosis.num(dist)));
        boolean scheduled = Columns.scheduled(s);
        NoiseBall.Prediction ball = check.noiseBall(s);
        int b = s.updateSize(data.n());
        if (!scheduled) {
            t.append("A constant \u03b1 never settles");
            if (ball != null) {
                t.append(String.format(Locale.ROOT, ": the noise ball's sd is about %s in %s (it shrinks like "
                        + "\u221a\u03b1%s)", Diagnosis.num(ball.sd()[0]), s.dim() == 1 ? "\u03bc" : "\u03bc\u2081",
                        b == 1 ? " and like 1/\u221aB with mini-batches" : "; this is B = " + b + ", 1/\u221aB of B = 1"));
            }
            t.append("; a 1/t schedule or averaging converges to the MLE.");
        } else {
            t.append(String.format(Locale.ROOT, "The schedule %s has brought lr\u2096 to %s; ", s.schedule(),
                    Diagnosis.num(run.lrNow())));
            t.append(s.schedule().kind() == Schedule.Kind.INV
                    ? "a 1/t decay still converges, but slowly (the error shrinks like 1/\u221at)."
                    : s.schedule().kind() == Schedule.Kind.INVSQRT ? "lr\u2096 \u2192 0 with an infinite sum, so it "
                    + "converges, without Robbins\u2013Monro's guarantee (\u03a3 lr\u2096\u00b2 = \u221e)."
                    : "a schedule whose steps sum to a finite total freezes before it reaches the MLE.");
        }
        if (s.averaging()) {
            double[] avg = new double[run.model().size()];
            run.averaged(avg);
            t.append(String.format(Locale.ROOT, " The averaged iterate is %s from the MLE.",
                    Diagnosis.num(Convergence.distance(avg, data.mle()))));
        }
        if (s.sampling() == Sampling.FILE && data.n() <= SMALL_DATA) {
            t.append(String.format(Locale.ROOT, " In file order the same %d points come round every %s steps, so "
                    + "a constant \u03b1 settles into a cycle of that period around the MLE, not a random ball; "
                    + "shuffling or drawing with replacement makes it a ball.", data.n(),
                    b == 1 ? Integer.toString(data.n()) : "n/B = " + Diagnosis.num((double) data.n() / b)));
        }
        return new Diagnosis(Outcome.OSCILLATING, t.toString(), fixes(s, data));
    }

    private static List<Diagnosis.Fix> fixes(Scenario s, Dataset data) {
        List<Diagnosis.Fix> fixes = new ArrayList<>();
        long tau = Math.max(1, s.steps() / 10);
        if (s.schedule().kind() != Schedule.Kind.INV) {
            fixes.add(new Diagnosis.Fix("1/t schedule: \u03b1/(1 + t/" + tau + ")",
                    s.toBuilder().schedule(new Schedule(Schedule.Kind.INV, tau, 0)).build()));
        }
        if (!s.averaging()) {
            long b0 = s.steps() / 5;
            fixes.add(new Diagnosis.Fix("Average the iterates after step " + b0, s.toBuilder().average(b0).build()));
        }
        int b = s.updateSize(data.n());
        int bigger = (int) Math.min(data.n(), b == 1 ? 32L : 8L * b);
        if (bigger > b) {
            fixes.add(new Diagnosis.Fix("Mini-batches of B = " + bigger, s.toBuilder().mode(Mode.MINIBATCH)
                    .batchSize(bigger).build()));
        }
        return fixes;
    }
}
