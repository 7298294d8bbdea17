package org.likelihoodlab.experiment;

import org.likelihoodlab.math.GaussianModel;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.Stepper;

/**
 * The stepping engine: one run of a {@link RunPlan} (a scenario and its live changes) on its
 * data, one update at a time. No threads, no output: observers ({@link RunObserver}) decide what
 * to record, and every consumer (the {@code run}, {@code sweep} and {@code render} commands, the
 * window's worker, the exports, the diagnosis, {@code bench}) goes through {@link #advance()}, so
 * a replay of a plan is the run on screen, bit for bit. Divergence (math.md section 5) is a
 * state, not an exception: {@link #advance()} returns false and the run keeps its last valid
 * parameters.
 */
public final class Run {

    /** Where a run stands. */
    public enum Status { RUNNING, DIVERGED }

    private final Scenario scenario;
    private final java.util.List<RunPlan.Change> log;
    private int nextChange;
    /** Whether the log holds changes not applied yet (the update loop then looks at it). */
    private boolean changesPending;
    private RunPlan plan;
    private final Dataset data;
    private final GaussianModel model;
    private final Stepper stepper;
    private final double[] all;
    private final double[] sample;
    private final double[] previous;
    private final double[] offending;
    private final BatchStream batches;
    private final boolean scheduled;
    private double baseLr;
    private final double[] avg;
    private final double[] rep;
    private long step;
    private String divergence;

    /**
     * @param scenario the settings (its data source is not read; {@code data} is used)
     * @param data the data, of the scenario's dimension
     */
    public Run(Scenario scenario, Dataset data) {
        this(RunPlan.of(scenario), data);
    }

    /**
     * A run that replays a plan: each live change takes effect at the step it was made.
     *
     * @param plan the scenario and its live changes (the data source is not read; {@code data} is used)
     * @param data the data, of the scenario's dimension
     */
    public Run(RunPlan plan, Dataset data) {
        Scenario scenario = plan.scenario();
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
                scenario.order(), scenario.bug(), scenario.guards());
        this.all = data.moments();
        this.sample = new double[all.length];
        this.previous = theta0.clone();
        this.offending = new double[theta0.length];
        this.batches = scenario.mode() == Mode.BATCH ? null : new BatchStream(data, scenario.updateSize(data.n()),
                scenario.sampling(), scenario.effectiveSamplingSeed(), scenario.data() instanceof DataSource.Sampled sd
                ? sd.truth() : null);
        this.scheduled = scenario.schedule().kind() != Schedule.Kind.CONST || scenario.warmup() > 0;
        this.baseLr = scenario.lr();
        this.rep = new double[model.size()];
        this.avg = scenario.averaging() ? new double[model.size()] : null;
        if (avg != null) {
            model.toReported(theta0, avg);
        }
        this.log = new java.util.ArrayList<>(plan.changes());
        this.plan = plan;
        applyDueChanges();
    }

    /** Applies the plan's changes made at or before the current step, in order. */
    private void applyDueChanges() {
        while (nextChange < log.size() && log.get(nextChange).step() <= step) {
            LiveSettings s = log.get(nextChange++).settings();
            baseLr = s.lr();
            stepper.setLr(s.lr());
            stepper.setOptimizer(s.optimizer());
            stepper.setHyper(s.hyper());
        }
        changesPending = nextChange < log.size();
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
        // two or five numbers: a plain loop, where System.arraycopy would call a copy stub
        for (int i = 0; i < theta.length; i++) {
            previous[i] = theta[i];
        }
        double[] moments;
        if (batches != null) {
            batches.next(sample);   // the points of update k (math.md 9.1)
            moments = sample;
        } else {
            moments = all;
        }
        if (scheduled) {
            stepper.setLr(scenario.schedule().lr(step + 1, baseLr, scenario.warmup()));
        }
        String reason = stepper.update(moments, all);
        if (reason != null) {
            divergence = reason;
            System.arraycopy(theta, 0, offending, 0, theta.length);
            System.arraycopy(previous, 0, theta, 0, theta.length);
            return false;
        }
        step++;
        if (avg != null) {
            average();
        }
        if (changesPending && nextChange < log.size()) {
            applyDueChanges();
        }
        return true;
    }

    /** Polyak-Ruppert (math.md 9.4) in reported coordinates: avg_k = avg_{k-1} + (state_k - avg_{k-1})/(k - B0 + 1). */
    private void average() {
        model.toReported(stepper.theta(), rep);
        long b0 = scenario.average();
        if (step <= b0) {
            System.arraycopy(rep, 0, avg, 0, rep.length);
            return;
        }
        double w = step - b0 + 1;
        for (int i = 0; i < rep.length; i++) {
            avg[i] = avg[i] + (rep[i] - avg[i]) / w;
        }
    }

    /** @return true if the run keeps an averaged iterate */
    public boolean averaging() {
        return avg != null;
    }

    /** Writes the averaged iterate (reported coordinates) into {@code out}; only while {@link #averaging()}. */
    public void averaged(double[] out) {
        System.arraycopy(avg, 0, out, 0, avg.length);
    }

    /** @return the average log-likelihood over all the data at the averaged iterate (NaN if it is not a valid state) */
    public double averagedLogLik() {
        double[] theta = new double[model.size()];
        model.toTheta(avg, theta);
        return model.logLik(theta, all);
    }

    /**
     * Runs to update {@code target}, telling the observer each new row; stops early at a
     * divergence or when the observer says so, and then tells it {@link RunObserver#end}.
     *
     * @return false if the run has diverged
     */
    public boolean runTo(long target, RunObserver observer) {
        while (step < target) {
            if (!advance()) {
                break;
            }
            if (!observer.row(this)) {
                break;
            }
        }
        observer.end(this);
        return divergence == null;
    }

    /**
     * Tells the observer the current row (row 0 for a fresh run), then runs to the plan's step
     * count as {@link #runTo} does.
     *
     * @return false if the run has diverged
     */
    public boolean replay(RunObserver observer) {
        if (!observer.row(this)) {
            observer.end(this);
            return divergence == null;
        }
        return runTo(scenario.steps(), observer);
    }

    /**
     * A live change: from the next update on, these settings apply. It is recorded in the plan at
     * the current step, so a replay of {@link #plan()} makes the same change at the same step. A run
     * that has diverged ignores it.
     */
    public void change(LiveSettings settings) {
        if (divergence != null || settings.equals(liveSettings())) {
            return;   // a diverged run is over: its settings stay those it diverged with
        }
        log.add(new RunPlan.Change(step, settings));
        plan = null;
        applyDueChanges();
    }

    /** @return the plan this run is the replay of: its scenario and every live change so far */
    public RunPlan plan() {
        if (plan == null) {
            plan = new RunPlan(scenario, log);
        }
        return plan;
    }

    /** @return the learning rate, optimizer and hyperparameters in force now */
    public LiveSettings liveSettings() {
        return new LiveSettings(baseLr, stepper.optimizer(), stepper.hyper());
    }

    /** @return the learning rate of the last update, lr_k of the schedule (the base lr without one) */
    public double lrNow() {
        return stepper.lr();
    }

    /** @return the scenario with the settings in force now (what the diagnosis and the bounds reason about) */
    public Scenario current() {
        return liveSettings().applyTo(scenario);
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

    /** @return the scenario the run started with (see {@link #current()} for the settings now) */
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
        return baseLr;
    }


    public Optimizer optimizer() {
        return stepper.optimizer();
    }


    public Hyper hyper() {
        return stepper.hyper();
    }


    /**
     * Runs the plan's {@code steps} updates from row 0, writing row 0, every {@code every}-th
     * row and the last valid row to the sink (the {@code run} command's contract).
     *
     * @return true if all updates were valid, false if the run diverged
     */
    public boolean runAll(TrajectorySink sink) {
        return replay(new EveryKthRow(sink, scenario.every(), scenario.steps()));
    }
}
