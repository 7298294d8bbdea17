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
    private final int lrSeries;
    private final int avgSeries;
    private final double[] avg;
    private final double[] avgTheta;
    private final double[] moments;

    /** @param buckets the decimation capacity (even) */
    public TrajectoryRecorder(Run run, int buckets) {
        this.run = run;
        int d = run.scenario().dim();
        Scenario s = run.scenario();
        this.trajectory = new DecimatedTrajectory(Columns.count(s), buckets);
        this.rep = new double[d == 1 ? 2 : 5];
        this.row = new double[Columns.count(s)];
        this.lrSeries = Columns.lr(s);
        this.avgSeries = Columns.averaged(s, 0);
        this.avg = avgSeries < 0 ? null : new double[rep.length];
        this.avgTheta = avgSeries < 0 ? null : new double[rep.length];
        this.moments = avgSeries < 0 ? null : run.data().moments();
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
        if (lrSeries >= 0) {
            // row 0 shows the rate the first update will use
            Scenario s = run.scenario();
            row[lrSeries] = run.step() == 0 ? s.schedule().lr(1, run.lr(), s.warmup()) : run.lrNow();
        }
        if (avg != null) {
            run.averaged(avg);
            System.arraycopy(avg, 0, row, avgSeries, avg.length);
            run.model().toTheta(avg, avgTheta);
            row[avgSeries + avg.length] = run.model().logLik(avgTheta, moments);
        }
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
