package org.likelihoodlab.math;

/**
 * The learning-rate bounds of math.md section 6, evaluated at a state: the local critical
 * learning rate (where gradient ascent stops converging and starts to oscillate) and, for batch
 * gd in (mu, sigma) and (mu, v), the global threshold past which one step can send the scale to
 * zero or below. The curvature used is the Fisher information at the state, which equals minus
 * the Hessian at the MLE, so at the MLE the bounds are exactly those of section 6.
 */
public final class StabilityBounds {

    /**
     * @param local the critical learning rate: below it the run converges near this state
     *     (NaN: no fixed bound, e.g. Adam)
     * @param global where the hard divergence starts (the scale can become &le; 0), NaN if no
     *     such threshold exists for this parameterization and optimizer
     * @param binding which coordinate sets the local bound, e.g. "\u03c3" or "\u03bc"
     * @param formula the bound in words, e.g. "s\u00b2" or "min(2s\u00b2, 4s\u2074)"
     */
    public record Bound(double local, double global, String binding, String formula) {
    }

    private StabilityBounds() {
    }

    /**
     * Bounds for a 1-D state.
     *
     * @param sigma the current sigma (the curvature is evaluated here)
     * @param sAtMu S(mu) = s^2 + (xbar - mu)^2, the second moment about the current mean (for the
     *     global thresholds)
     * @param beta the momentum coefficient (used by momentum only)
     */
    public static Bound oneD(Parameterization p, String optimizer, double sigma, double sAtMu, double beta) {
        double s2 = sigma * sigma;
        double hMu = 1 / s2;
        double hQ;
        String q;
        switch (p) {
            case MU_SIGMA:
                hQ = 2 / s2;
                q = "\u03c3";
                break;
            case MU_VARIANCE:
                hQ = 1 / (2 * s2 * s2);
                q = "\u03c3\u00b2";
                break;
            case MU_LOGSIGMA:
                hQ = 2;
                q = "log \u03c3";
                break;
            default:
                throw new IllegalArgumentException(p + " is not 1-D");
        }
        return combine(optimizer, hMu, hQ, q, beta, globalOneD(p, optimizer, sAtMu), formula1(p));
    }

    private static String formula1(Parameterization p) {
        switch (p) {
            case MU_SIGMA:
                return "min(2\u03c3\u00b2, \u03c3\u00b2) = \u03c3\u00b2";
            case MU_VARIANCE:
                return "min(2\u03c3\u00b2, 4\u03c3\u2074)";
            default:
                return "min(2\u03c3\u00b2, 1)";
        }
    }

    private static double globalOneD(Parameterization p, String optimizer, double sAtMu) {
        if (!"gd".equals(optimizer)) {
            return Double.NaN;
        }
        if (p == Parameterization.MU_SIGMA) {
            return 4 * sAtMu;
        }
        if (p == Parameterization.MU_VARIANCE) {
            return 13.5 * sAtMu * sAtMu;
        }
        return Double.NaN;
    }

    /**
     * Bounds for a 2-D state with covariance Sigma (mean-cov: lr &lt; min(2 l_min, 4 l_min^2);
     * mean-cholesky: lr &lt; min(2 l_min, 2 / l_max(F_chol))).
     */
    public static Bound twoD(Parameterization p, String optimizer, double s11, double s12, double s22, double beta) {
        double lMin = Eigen2.min(s11, s12, s22);
        double hMu = 1 / lMin;
        double hQ;
        String formula;
        if (p == Parameterization.MEAN_COV) {
            hQ = 1 / (2 * lMin * lMin);
            formula = "min(2\u03bb\u2098\u1d62\u2099, 4\u03bb\u2098\u1d62\u2099\u00b2)";
        } else if (p == Parameterization.MEAN_CHOLESKY) {
            double l11 = Math.sqrt(s11);
            double c = s12 / l11;
            double l22sq = s22 - c * c;
            double k = 1 / l22sq;
            // F_chol = [[2 + c^2 k, 0, -c k], [0, 2, 0], [-c k, 0, k]]: largest eigenvalue
            double a = 2 + c * c * k;
            double d = k;
            double b = -c * k;
            double lmax = Math.max(2, Eigen2.max(a, b, d));
            hQ = lmax;
            formula = "min(2\u03bb\u2098\u1d62\u2099, 2/\u03bb\u2098\u2090\u2093(F))";
        } else {
            throw new IllegalArgumentException(p + " is not 2-D");
        }
        return combine(optimizer, hMu, hQ, "\u03a3", beta, Double.NaN, formula);
    }

    /**
     * gd: lr &lt; 2 / h_max; momentum: 2 (1 + beta) / h_max; Nesterov: (2 + 2 beta) / ((1 + 2 beta) h_max);
     * natural and Newton: 2; Adam, AdaGrad, RMSProp: no fixed bound.
     *
     * <p>Nesterov, linearized at the MLE along a direction of curvature h (a = lr h, u = lr buf):
     * e' = (1 - a(1 + beta)) e + beta^2 u, u' = -a e + beta u, with characteristic polynomial
     * lambda^2 - (1 + beta)(1 - a) lambda + beta (1 - a). Jury's conditions hold for a &gt; 0 exactly
     * when 1 + (1 + 2 beta)(1 - a) &gt; 0, that is a &lt; (2 + 2 beta) / (1 + 2 beta) (gd's 2 at beta = 0).
     */
    private static Bound combine(String optimizer, double hMu, double hQ, String q, double beta, double global,
            String formula) {
        double hMax = Math.max(hMu, hQ);
        String binding = hQ >= hMu ? q : "\u03bc";
        switch (optimizer) {
            case "gd":
                return new Bound(2 / hMax, global, binding, formula);
            case "momentum":
                return new Bound(2 * (1 + beta) / hMax, global, binding, "2(1+\u03b2)/h, " + formula + " for gd");
            case "nesterov":
                return new Bound((2 + 2 * beta) / ((1 + 2 * beta) * hMax), global, binding,
                        "(2+2\u03b2)/((1+2\u03b2)h), " + formula + " for gd");
            case "natural":
                return new Bound(2, Double.NaN, "all", "2 (natural gradient)");
            case "newton":
                return new Bound(2, Double.NaN, "all", "2 (Newton, near the MLE)");
            default:
                return new Bound(Double.NaN, Double.NaN, "", "no fixed bound (" + optimizer + " scales each step)");
        }
    }
}
