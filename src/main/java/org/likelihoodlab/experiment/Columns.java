package org.likelihoodlab.experiment;

/**
 * The series of a recorded trajectory ({@link TrajectoryRecorder}, {@link DecimatedTrajectory}),
 * by name: charts and exports index them only through these constants. In a {@code rows()} array
 * the step comes first, so series {@code c} is row {@link #inRow(int) c + 1}.
 */
public final class Columns {

    /** 1-D: the mean. */
    public static final int MU = 0;
    /** 1-D: the standard deviation. */
    public static final int SIGMA = 1;
    /** 2-D: the first mean. */
    public static final int MU1 = 0;
    /** 2-D: the second mean. */
    public static final int MU2 = 1;
    /** 2-D: Sigma's entries and the correlation. */
    public static final int S11 = 2;
    public static final int S12 = 3;
    public static final int S22 = 4;
    public static final int RHO = 5;
    /** The average log-likelihood, in 1-D and in 2-D. */
    public static final int LOGLIK_1D = 2;
    public static final int LOGLIK_2D = 6;
    /** In a {@code rows()} array: the steps. */
    public static final int STEP_ROW = 0;

    private Columns() {
    }

    /** @return the number of series: 3 in 1-D (mu, sigma, loglik), 7 in 2-D */
    public static int count(int dim) {
        return dim == 1 ? 3 : 7;
    }

    /**
     * @return the number of series a run of this scenario records: {@link #count(int)}, then the
     *     learning rate lr_k if the run has a schedule, then the averaged iterate's reported
     *     parameters and its log-likelihood if it averages (math.md 9.2, 9.4)
     */
    public static int count(Scenario s) {
        int c = count(s.dim());
        if (scheduled(s)) {
            c++;
        }
        if (s.averaging()) {
            c += (s.dim() == 1 ? 2 : 5) + 1;
        }
        return c;
    }

    /** @return true if the scenario's lr_k changes with k (a schedule other than const, or a warm-up) */
    public static boolean scheduled(Scenario s) {
        return s.schedule().kind() != Schedule.Kind.CONST || s.warmup() > 0;
    }

    /** @return the series of lr_k, or -1 if the run has no schedule */
    public static int lr(Scenario s) {
        return scheduled(s) ? count(s.dim()) : -1;
    }

    /**
     * @param reported the index of a reported parameter (mu, sigma; or mu1, mu2, s11, s12, s22), or
     *     that count for the averaged iterate's log-likelihood
     * @return the series of the averaged iterate's parameter, or -1 if the run does not average
     */
    public static int averaged(Scenario s, int reported) {
        return s.averaging() ? count(s.dim()) + (scheduled(s) ? 1 : 0) + reported : -1;
    }

    /** @return the series of the average log-likelihood */
    public static int logLik(int dim) {
        return dim == 1 ? LOGLIK_1D : LOGLIK_2D;
    }

    /** @return the series of the scale shown first (sigma in 1-D, s11 in 2-D) */
    public static int scale(int dim) {
        return dim == 1 ? SIGMA : S11;
    }

    /** @return the index in a {@code rows()} array (whose index 0 holds the steps) */
    public static int inRow(int series) {
        return series + 1;
    }

    /** Fills one recorded row from the reported parameters and the log-likelihood. */
    static void fill(double[] reported, double logLik, double[] row) {
        if (reported.length == 2) {
            row[MU] = reported[0];
            row[SIGMA] = reported[1];
        } else {
            System.arraycopy(reported, 0, row, 0, 5);
            row[RHO] = reported[3] / Math.sqrt(reported[2] * reported[4]);
        }
        row[logLik(reported.length == 2 ? 1 : 2)] = logLik;
    }
}
