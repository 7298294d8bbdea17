package org.likelihoodlab.optim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.likelihoodlab.math.EigenVectors;
import org.likelihoodlab.math.Parameterization;

/**
 * The update map at a state, linearised (math.md section 9.6): one update of gd, natural or Newton
 * is a map theta &rarr; Phi(theta), of momentum and Nesterov a map on (theta, buf). Its Jacobian is
 * taken by central differences of the engine's own {@link Stepper} update with
 * {@code h_i = 1e-6 * max(1, |z_i|)}, so it is the map the run makes (order, typo, clipping
 * included); its eigenvalues say which directions shrink (modulus &lt; 1), oscillate (negative real
 * part) or grow (&gt; 1). Adam, AdaGrad and RMSProp change their metric every step: no fixed map.
 */
public final class UpdateMap {

    /**
     * One eigenvalue.
     *
     * @param re real part
     * @param im imaginary part
     * @param muShare the share of the mean coordinates in its eigenvector (|v|&sup2;, theta and buf)
     * @param direction "μ", the scale coordinate's name (e.g. "σ") or "mixed"
     */
    public record Eigenvalue(double re, double im, double muShare, String direction) {
        public double modulus() {
            return Math.hypot(re, im);
        }
    }

    /**
     * The linearised map.
     *
     * @param fixed false for the adaptive rules (no fixed map; the rest is empty)
     * @param jacobian d(next state)/d(state), rows and columns theta then (momentum) buf
     * @param eigenvalues by decreasing modulus
     */
    public record Result(boolean fixed, double[][] jacobian, List<Eigenvalue> eigenvalues) {
        /** @return the largest modulus (NaN without a fixed map) */
        public double spectralRadius() {
            return eigenvalues.isEmpty() ? Double.NaN : eigenvalues.get(0).modulus();
        }
    }

    /** Share above which an eigenvector is called one block's (and below 1 minus it, the other's). */
    static final double PURE = 0.9;

    private UpdateMap() {
    }

    /**
     * @param theta the state in the run's own coordinates
     * @param buf the momentum buffer (momentum and Nesterov; the map does not depend on it without a
     *     line search), {@code null} for zeros
     * @param moments the moments of the update's objective (the whole data in batch mode)
     * @param allMoments the moments of the whole data set
     */
    public static Result at(Parameterization p, double[] theta, double[] buf, Optimizer o, Hyper hyper, double lr,
            UpdateOrder order, Bug bug, Safeguards guards, double[] moments, double[] allMoments) {
        if (o.adaptive()) {
            return new Result(false, new double[0][0], List.of());
        }
        int size = theta.length;
        boolean withBuf = o.hasMomentum();
        int m = withBuf ? 2 * size : size;
        double[] z = new double[m];
        System.arraycopy(theta, 0, z, 0, size);
        if (withBuf && buf != null) {
            System.arraycopy(buf, 0, z, size, size);
        }
        double[][] j = new double[m][m];
        double[] plus = new double[m];
        double[] minus = new double[m];
        for (int c = 0; c < m; c++) {
            double h = 1e-6 * Math.max(1, Math.abs(z[c]));
            double[] zp = z.clone();
            double[] zm = z.clone();
            zp[c] += h;
            zm[c] -= h;
            step(p, zp, size, withBuf, o, hyper, lr, order, bug, guards, moments, allMoments, plus);
            step(p, zm, size, withBuf, o, hyper, lr, order, bug, guards, moments, allMoments, minus);
            for (int r = 0; r < m; r++) {
                j[r][c] = (plus[r] - minus[r]) / (zp[c] - zm[c]);
            }
        }
        return new Result(true, j, eigenvalues(j, p, size));
    }

    /** One engine update from z = (theta, buf); writes the new (theta, buf). */
    private static void step(Parameterization p, double[] z, int size, boolean withBuf, Optimizer o, Hyper hyper,
            double lr, UpdateOrder order, Bug bug, Safeguards guards, double[] moments, double[] allMoments,
            double[] out) {
        double[] theta = new double[size];
        System.arraycopy(z, 0, theta, 0, size);
        Stepper s = new Stepper(p.model(), theta, o, hyper, lr, order, bug, guards);
        if (withBuf) {
            double[] b = new double[size];
            System.arraycopy(z, size, b, 0, size);
            s.setMomentumBuffer(b);
        }
        s.update(moments, allMoments);
        System.arraycopy(s.theta(), 0, out, 0, size);
        if (withBuf) {
            System.arraycopy(s.momentumBuffer(), 0, out, size, size);
        }
    }

    private static List<Eigenvalue> eigenvalues(double[][] j, Parameterization p, int size) {
        for (double[] row : j) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return List.of();
                }
            }
        }
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(j, false));
        double[] re = e.getRealEigenvalues();
        double[] im = e.getImagEigenvalues();
        int muSize = p.dim();
        List<Eigenvalue> out = new ArrayList<>();
        for (int k = 0; k < re.length; k++) {
            double[] w = EigenVectors.weights(j, re[k], im[k]);
            double mu = 0;
            for (int i = 0; i < w.length; i++) {
                if (i % size < muSize) {
                    mu += w[i];
                }
            }
            String dir = mu >= PURE ? "\u03bc" : mu <= 1 - PURE ? scaleName(p) : "mixed";
            out.add(new Eigenvalue(re[k], im[k], mu, dir));
        }
        out.sort(Comparator.comparingDouble(Eigenvalue::modulus).reversed());
        return out;
    }

    /** @return the name of the scale coordinates: σ, σ², log σ, Σ or L (Cholesky) */
    public static String scaleName(Parameterization p) {
        switch (p) {
            case MU_SIGMA:
                return "\u03c3";
            case MU_VARIANCE:
                return "\u03c3\u00b2";
            case MU_LOGSIGMA:
                return "log \u03c3";
            case MEAN_COV:
                return "\u03a3";
            default:
                return "L";
        }
    }
}
