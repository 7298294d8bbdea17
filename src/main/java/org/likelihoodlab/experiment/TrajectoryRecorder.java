package org.likelihoodlab.experiment;

/**
 * Records a run's rows into a {@link DecimatedTrajectory} for drawing. Row layout: 1-D
 * (mu, sigma, loglik); 2-D (mu1, mu2, s11, s12, s22, rho, loglik).
 */
public final class TrajectoryRecorder {

    private final Run run;
    private final DecimatedTrajectory trajectory;
    private final double[] rep;
    private final double[] row;

    /** @param buckets the decimation capacity (even) */
    public TrajectoryRecorder(Run run, int buckets) {
        this.run = run;
        int d = run.scenario().dim();
        this.trajectory = new DecimatedTrajectory(d == 1 ? 3 : 7, buckets);
        this.rep = new double[d == 1 ? 2 : 5];
        this.row = new double[d == 1 ? 3 : 7];
    }

    /** Records the run's current state as the row of its current step. */
    public void record() {
        run.reported(rep);
        if (rep.length == 2) {
            row[0] = rep[0];
            row[1] = rep[1];
            row[2] = run.logLik();
        } else {
            System.arraycopy(rep, 0, row, 0, 5);
            row[5] = rep[3] / Math.sqrt(rep[2] * rep[4]);
            row[6] = run.logLik();
        }
        trajectory.add(run.step(), row);
    }

    /** Runs the scenario's steps from the current state, recording every step; false if it diverged. */
    public boolean runAll() {
        if (trajectory.lastStep() < 0) {
            record();
        }
        while (run.step() < run.scenario().steps()) {
            if (!run.advance()) {
                return false;
            }
            record();
        }
        return true;
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
