package org.likelihoodlab.experiment;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.likelihoodlab.math.GaussianModel;

/**
 * The noise ball of constant-lr online and mini-batch gradient ascent, predicted (math.md 9.5):
 * linearized at the MLE, {@code e_{k+1} = A e_k + lr xi_k} with {@code A = I + lr H} (H the
 * Jacobian of the update's gradient at the MLE, in the run's own coordinates) and
 * {@code Cov(xi) = C / B}, C the covariance of the per-point gradients at the MLE over the data
 * (exact for draws with replacement from the data). The stationary covariance P solves the
 * discrete Lyapunov equation {@code P = A P A' + lr^2 C / B}, solved as the linear system
 * {@code (I - A (x) A) vec P = vec(lr^2 C / B)}; reported coordinates get {@code J P J'} with J
 * the Jacobian of the reported parameters. H and C depend only on the data and the
 * parameterization and are computed once; {@link #predict} is then cheap.
 */
public final class NoiseBall {

    /** At most this many points enter C (evenly spaced): the score covariance of 10^7 points costs a second. */
    static final int MAX_POINTS = 200_000;

    private final GaussianModel model;
    private final int size;
    private final double[] thetaStar;
    private final double[][] h;
    private final double[][] c;
    private final double[][] jacobian;

    /** The prediction for one learning rate and batch size, in reported coordinates. */
    public record Prediction(double lr, int batch, double[] sd, double[][] covariance) {
    }

    /** Computes H and C at the data's MLE for the scenario's parameterization. */
    public NoiseBall(Scenario s, Dataset data) {
        this.model = s.param().model();
        this.size = model.size();
        this.thetaStar = new double[size];
        model.toTheta(data.mle(), thetaStar);
        double[] all = data.moments();
        this.h = jacobian((t, out) -> model.gradient(t, all, out));
        this.jacobian = jacobian(model::toReported);
        this.c = scoreCovariance(data);
    }

    /** @return true if the prediction holds for this scenario: gd, constant lr, online or mini-batch, no typo */
    public static boolean applies(Scenario s) {
        return s.mode() != Mode.BATCH && s.optimizer() == org.likelihoodlab.optim.Optimizer.GD
                && s.schedule().kind() == Schedule.Kind.CONST && s.warmup() == 0
                && s.order() == org.likelihoodlab.optim.UpdateOrder.SIMULTANEOUS
                && s.bug() == org.likelihoodlab.optim.Bug.NONE && !s.guards().armijo() && s.guards().clip() == 0;
    }

    /**
     * @param lr the constant learning rate
     * @param batch B, the points of an update
     * @return the stationary covariance and sds in reported coordinates, or {@code null} if A is not
     *     stable at this learning rate (no stationary ball: the run leaves the MLE)
     */
    public Prediction predict(double lr, int batch) {
        double[][] a = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                a[i][j] = (i == j ? 1 : 0) + lr * h[i][j];
            }
        }
        int n2 = size * size;
        double[][] m = new double[n2][n2];
        double[] q = new double[n2];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                int row = i * size + j;
                q[row] = lr * lr * c[i][j] / batch;
                for (int k = 0; k < size; k++) {
                    for (int l = 0; l < size; l++) {
                        // (A P A')_ij = sum_kl A_ik P_kl A_jl
                        m[row][k * size + l] = (row == k * size + l ? 1 : 0) - a[i][k] * a[j][l];
                    }
                }
            }
        }
        if (!stable(a)) {
            return null;
        }
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(m, false));
        if (!lu.getSolver().isNonSingular()) {
            return null;
        }
        RealVector p = lu.getSolver().solve(new ArrayRealVector(q, false));
        double[][] pm = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                pm[i][j] = p.getEntry(i * size + j);
            }
        }
        double[][] rep = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double v = 0;
                for (int k = 0; k < size; k++) {
                    for (int l = 0; l < size; l++) {
                        v += jacobian[i][k] * pm[k][l] * jacobian[j][l];
                    }
                }
                rep[i][j] = v;
            }
        }
        double[] sd = new double[size];
        for (int i = 0; i < size; i++) {
            sd[i] = Math.sqrt(Math.max(0, rep[i][i]));
        }
        return new Prediction(lr, batch, sd, rep);
    }

    /** @return the predicted ball for the scenario's learning rate and batch size, or {@code null} */
    public Prediction predict(Scenario s, int n) {
        return applies(s) ? predict(s.lr(), s.updateSize(n)) : null;
    }

    /** @return H, the Jacobian of the full-data gradient at the MLE (run coordinates; a copy) */
    public double[][] curvature() {
        return copy(h);
    }

    /** @return C, the covariance of the per-point gradients at the MLE (run coordinates; a copy) */
    public double[][] scoreCovariance() {
        return copy(c);
    }

    /** @return true if every eigenvalue of A lies inside the unit circle (a stationary ball exists) */
    private static boolean stable(double[][] a) {
        try {
            org.apache.commons.math3.linear.EigenDecomposition e =
                    new org.apache.commons.math3.linear.EigenDecomposition(new Array2DRowRealMatrix(a, true));
            double[] re = e.getRealEigenvalues();
            double[] im = e.getImagEigenvalues();
            for (int i = 0; i < re.length; i++) {
                if (!(Math.hypot(re[i], im[i]) < 1)) {
                    return false;
                }
            }
            return true;
        } catch (org.apache.commons.math3.exception.MathIllegalStateException e) {
            return false;
        }
    }

    private double[][] scoreCovariance(Dataset data) {
        int n = data.n();
        int stride = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
        double[] mom = new double[data.dim() == 1 ? 2 : 5];
        double[] g = new double[size];
        double[] mean = new double[size];
        double[][] sum = new double[size][size];
        long count = 0;
        for (int i = 0; i < n; i += stride) {
            data.pointMoments(i, mom);
            model.gradient(thetaStar, mom, g);
            for (int a = 0; a < size; a++) {
                mean[a] += g[a];
                for (int b = 0; b < size; b++) {
                    sum[a][b] += g[a] * g[b];
                }
            }
            count++;
        }
        double[][] out = new double[size][size];
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                out[a][b] = sum[a][b] / count - (mean[a] / count) * (mean[b] / count);
            }
        }
        return out;
    }

    private interface VectorMap {
        void apply(double[] in, double[] out);
    }

    /** Central differences with h_i = 1e-6 max(1, |theta_i|) (math.md 9.6) at the MLE. */
    private double[][] jacobian(VectorMap f) {
        double[][] out = new double[size][size];
        double[] plus = new double[size];
        double[] minus = new double[size];
        for (int j = 0; j < size; j++) {
            double step = 1e-6 * Math.max(1, Math.abs(thetaStar[j]));
            double[] t = thetaStar.clone();
            t[j] = thetaStar[j] + step;
            f.apply(t, plus);
            t[j] = thetaStar[j] - step;
            f.apply(t, minus);
            for (int i = 0; i < size; i++) {
                out[i][j] = (plus[i] - minus[i]) / (2 * step);
            }
        }
        return out;
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
