package org.likelihoodlab.experiment;

/**
 * Watches a stochastic run for its {@link StochasticView}: the measured sd of each reported
 * parameter over the last {@link #WINDOW} steps (running sums of the deviations from the MLE over
 * a ring buffer, so each step costs a few additions), and the predicted noise ball, computed once
 * for the data and again only when the learning rate changes. Owned by one thread.
 */
public final class StochasticWatch implements RunObserver {

    /** The steps the measured sd covers. */
    public static final int WINDOW = 10_000;
    /** Fewer steps than this in the window: no measured sd yet. */
    static final int MIN_STEPS = 1_000;

    private final Run run;
    private final double[] mle;
    private final double[][] ring;
    private final double[] sum;
    private final double[] sq;
    private final double[] rep;
    private int filled;
    private int next;
    private NoiseBall ball;
    private NoiseBall.Prediction prediction;
    private Scenario predictedFor;

    public StochasticWatch(Run run) {
        this.run = run;
        this.mle = run.data().mle();
        int size = mle.length;
        this.ring = new double[WINDOW][size];
        this.sum = new double[size];
        this.sq = new double[size];
        this.rep = new double[size];
    }

    /** @return true if a run of this scenario has anything to show here (not a plain batch run at constant lr) */
    public static boolean wanted(Scenario s) {
        return s.mode() != Mode.BATCH || Columns.scheduled(s) || s.averaging();
    }

    @Override
    public boolean row(Run r) {
        if (run.scenario().mode() == Mode.BATCH) {
            return true;
        }
        run.reported(rep);
        double[] slot = ring[next];
        for (int i = 0; i < rep.length; i++) {
            double e = rep[i] - mle[i];
            if (filled == WINDOW) {
                sum[i] -= slot[i];
                sq[i] -= slot[i] * slot[i];
            }
            slot[i] = e;
            sum[i] += e;
            sq[i] += e * e;
        }
        next = (next + 1) % WINDOW;
        if (filled < WINDOW) {
            filled++;
        }
        return true;
    }

    /**
     * @return the view of a run watched from its end only (a headless figure): lr_k, the averaged
     *     iterate and the predicted ball, no measured sd; {@code null} if there is nothing to show
     */
    public static StochasticView at(Run run) {
        Scenario now = run.current();
        if (!wanted(now)) {
            return null;
        }
        double[] avg = null;
        if (run.averaging()) {
            avg = new double[run.model().size()];
            run.averaged(avg);
        }
        NoiseBall.Prediction p = NoiseBall.applies(now) ? new NoiseBall(now, run.data()).predict(now, run.data().n())
                : null;
        return new StochasticView(run.lrNow(), Columns.scheduled(now), avg, p, null, 0);
    }

    /** @return the view of the run now */
    public StochasticView view() {
        Scenario now = run.current();
        double[] avg = null;
        if (run.averaging()) {
            avg = new double[rep.length];
            run.averaged(avg);
        }
        return new StochasticView(run.lrNow(), Columns.scheduled(now), avg, prediction(now), windowSd(), filled);
    }

    private double[] windowSd() {
        if (filled < MIN_STEPS) {
            return null;
        }
        double[] sd = new double[rep.length];
        for (int i = 0; i < sd.length; i++) {
            double mean = sum[i] / filled;
            sd[i] = Math.sqrt(Math.max(0, sq[i] / filled - mean * mean));
        }
        return sd;
    }

    private NoiseBall.Prediction prediction(Scenario now) {
        if (!NoiseBall.applies(now)) {
            return null;
        }
        if (predictedFor == null || predictedFor.lr() != now.lr()) {
            if (ball == null) {
                ball = new NoiseBall(now, run.data());
            }
            prediction = ball.predict(now, run.data().n());
            predictedFor = now;
        }
        return prediction;
    }
}
