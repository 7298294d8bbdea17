package org.likelihoodlab.experiment;

/**
 * Records a run's rows into a {@link DecimatedTrajectory} for drawing, as an observer of the
 * engine. Row layout: {@link Columns}.
 */
public final class TrajectoryRecorder implements RunObserver {

    private final Run run;
    private final DecimatedTrajectory trajectory;
    private final double[] rep;
    private final double[] row;

    /** @param buckets the decimation capacity (even) */
    public TrajectoryRecorder(Run run, int buckets) {
        this.run = run;
        int d = run.scenario().dim();
        this.trajectory = new DecimatedTrajectory(Columns.count(d), buckets);
        this.rep = new double[d == 1 ? 2 : 5];
        this.row = new double[Columns.count(d)];
    }

    @Override
    public boolean row(Run r) {
        record();
        return true;
    }

    /** Records the run's current state as the row of its current step. */
    public void record() {
        run.reported(rep);
        Columns.fill(rep, run.logLik(), row);
        trajectory.add(run.step(), row);
    }

    /** Runs the plan's steps from the current state, recording every step; false if it diverged. */
    public boolean runAll() {
        if (trajectory.lastStep() < 0) {
            return run.replay(this);
        }
        return run.runTo(run.scenario().steps(), this);
    }

    public DecimatedTrajectory trajectory() {
        return trajectory;
    }

    public Run run() {
        return run;
    }

    /** @return per series {steps, values} arrays: {xs, ys} */
    public double[][][] views() {
        int series = row.length;
        double[][] xs = new double[series][];
        double[][] ys = new double[series][];
        for (int s = 0; s < series; s++) {
            double[][] v = trajectory.view(s);
            xs[s] = v[0];
            ys[s] = v[1];
        }
        return new double[][][] {xs, ys};
    }
}
