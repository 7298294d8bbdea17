package org.likelihoodlab.experiment;

import org.likelihoodlab.math.GaussianModel;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.Stepper;

/**
 * One run: a scenario's settings applied to its data, one update at a time. No threads, no
 * output: callers decide what to record. Divergence (math.md section 5) is a state, not an
 * exception: {@link #advance()} returns false and the run keeps its last valid parameters.
 */
public final class Run {

    /** Where a run stands. */
    public enum Status { RUNNING, DIVERGED }

    private final Scenario scenario;
    private final Dataset data;
    private final GaussianModel model;
    private final Stepper stepper;
    private final double[] all;
    private final double[] sample;
    private final double[] previous;
    private final double[] offending;
    private final boolean online;
    private final int n;
    private long step;
    private int cursor;
    private String divergence;

    /**
     * @param scenario the settings (its data source is not read; {@code data} is used)
     * @param data the data, of the scenario's dimension
     */
    public Run(Scenario scenario, Dataset data) {
        if (data.dim() != scenario.dim()) {
            throw new SettingException("dim", "is " + scenario.dim() + " but the data have " + data.dim()
                    + " column" + (data.dim() == 1 ? "" : "s"));
        }
        this.scenario = scenario;
        this.data = data;
        this.model = scenario.param().model();
        double[] theta0 = new double[model.size()];
        model.toTheta(scenario.init(), theta0);
        this.stepper = new Stepper(model, theta0, scenario.optimizer(), scenario.hyper(), scenario.lr(),
                scenario.order(), scenario.bug());
        this.all = data.moments();
        this.sample = new double[all.length];
        this.previous = theta0.clone();
        this.offending = new double[theta0.length];
        this.online = scenario.mode() == Mode.ONLINE;
        this.n = data.n();
    }

    /**
     * Performs update {@code step() + 1}.
     *
     * @return true if the new state is valid; false if the run diverged now or before (then
     *     {@link #step()} stays at the last valid state)
     */
    public boolean advance() {
        if (divergence != null) {
            return false;
        }
        double[] theta = stepper.theta();
        System.arraycopy(theta, 0, previous, 0, theta.length);
        double[] moments;
        if (online) {
            data.pointMoments(cursor, sample);   // x[(k-1) mod n] for update k
            moments = sample;
        } else {
            moments = all;
        }
        String reason = stepper.update(moments, all);
        if (reason != null) {
            divergence = reason;
            System.arraycopy(theta, 0, offending, 0, theta.length);
            System.arraycopy(previous, 0, theta, 0, theta.length);
            return false;
        }
        step++;
        if (++cursor == n) {
            cursor = 0;
        }
        return true;
    }

    /** @return the number of valid updates done */
    public long step() {
        return step;
    }

    public Status status() {
        return divergence == null ? Status.RUNNING : Status.DIVERGED;
    }

    /** @return the divergence reason, or {@code null} */
    public String divergence() {
        return divergence;
    }

    /** @return the update that diverged ({@code step() + 1}), or 0 if none did */
    public long divergedAt() {
        return divergence == null ? 0 : step + 1;
    }

    /** @return the offending internal state of a diverged update (a copy; undefined otherwise) */
    public double[] offendingTheta() {
        return offending.clone();
    }

    /** Writes the current reported parameters into {@code out}. */
    public void reported(double[] out) {
        model.toReported(stepper.theta(), out);
    }

    /** @return a fresh array of the current reported parameters */
    public double[] reported() {
        double[] out = new double[model.size()];
        reported(out);
        return out;
    }

    /** @return a copy of the internal parameter vector theta */
    public double[] theta() {
        return stepper.theta().clone();
    }

    /** @return the average log-likelihood over all the data at the current parameters */
    public double logLik() {
        return model.logLik(stepper.theta(), all);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Dataset data() {
        return data;
    }

    public GaussianModel model() {
        return model;
    }

    /** @return the current learning rate (it may have changed since the start) */
    public double lr() {
        return stepper.lr();
    }

    /** Changes the learning rate for the following updates. */
    public void setLr(double lr) {
        stepper.setLr(lr);
    }

    public Optimizer optimizer() {
        return stepper.optimizer();
    }

    /** Switches the optimizer for the following updates (its state starts clear). */
    public void setOptimizer(Optimizer optimizer) {
        stepper.setOptimizer(optimizer);
    }

    public Hyper hyper() {
        return stepper.hyper();
    }

    public void setHyper(Hyper hyper) {
        stepper.setHyper(hyper);
    }

    /**
     * Runs the scenario's {@code steps} updates from the current state, writing row 0 (if at step
     * 0), every {@code every}-th row and the last valid row to the sink.
     *
     * @return true if all updates were valid, false if the run diverged
     */
    public boolean runAll(TrajectorySink sink) {
        long total = scenario.steps();
        long every = scenario.every();
        double[] rep = new double[model.size()];
        if (step == 0) {
            emit(sink, rep);
        }
        while (step < total) {
            if (!advance()) {
                if (step % every != 0) {
                    emit(sink, rep);
                }
                return false;
            }
            if (step % every == 0 || step == total) {
                emit(sink, rep);
            }
        }
        return true;
    }

    private void emit(TrajectorySink sink, double[] rep) {
        model.toReported(stepper.theta(), rep);
        sink.row(step, rep, model.logLik(stepper.theta(), all));
    }
}
