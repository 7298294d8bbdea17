package org.likelihoodlab.math;

/**
 * The exact Hessian of the average log-likelihood in the run's own 1-D coordinates, for Newton's
 * method (math.md section 9.3): with rbar = m - mu and S = c + rbar^2 of the update's points,
 * <pre>
 *   mu-sigma:    H_mumu = -1/s^2,  H_muq = -2 rbar/s^3,  H_qq = 1/s^2 - 3S/s^4
 *   mu-variance: H_mumu = -1/v,    H_muq = -rbar/v^2,   H_qq = 1/(2v^2) - S/v^3
 *   mu-logsigma: H_mumu = -1/e^2,  H_muq = -2 rbar/e^2, H_qq = -2S/e^2   (e = exp(q))
 * </pre>
 */
public final class Hessian {

    private Hessian() {
    }

    /**
     * @param h output {@code (H_mumu, H_muq, H_qq)}
     * @throws IllegalArgumentException for a 2-D model (Newton is 1-D only)
     */
    public static void of(GaussianModel model, double[] theta, double[] moments, double[] h) {
        double rbar = moments[0] - theta[0];
        double sS = moments[1] + rbar * rbar;
        if (model instanceof MuSigma) {
            double s = theta[1];
            double s2 = s * s;
            h[0] = -1 / s2;
            h[1] = -2 * rbar / (s2 * s);
            h[2] = 1 / s2 - 3 * sS / (s2 * s2);
        } else if (model instanceof MuVariance) {
            double v = theta[1];
            h[0] = -1 / v;
            h[1] = -rbar / (v * v);
            h[2] = 1 / (2 * v * v) - sS / (v * v * v);
        } else if (model instanceof MuLogSigma) {
            double e = Math.exp(theta[1]);
            double e2 = e * e;
            h[0] = -1 / e2;
            h[1] = -2 * rbar / e2;
            h[2] = -2 * sS / e2;
        } else {
            throw new IllegalArgumentException("newton is 1-D only");
        }
    }

    /** @return true if H = (H_mumu, H_muq, H_qq) is negative definite (H_mumu &lt; 0 and det &gt; 0) */
    public static boolean negativeDefinite(double[] h) {
        return h[0] < 0 && h[0] * h[2] - h[1] * h[1] > 0;
    }
}
