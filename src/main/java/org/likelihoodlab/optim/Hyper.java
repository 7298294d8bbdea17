package org.likelihoodlab.optim;

/**
 * Optimizer hyperparameters: the momentum coefficient and Adam's (beta1, beta2, eps), PyTorch
 * conventions (math.md section 4).
 *
 * @param beta  momentum coefficient, in [0, 1)
 * @param beta1 Adam first-moment decay, in [0, 1)
 * @param beta2 Adam second-moment decay, in [0, 1)
 * @param eps   the denominator guard of Adam, RMSProp and AdaGrad, added outside the square root, &gt; 0
 * @param rho   RMSProp's decay of the squared gradients, in [0, 1)
 */
public record Hyper(double beta, double beta1, double beta2, double eps, double rho) {

    /** beta = 0.9; Adam 0.9, 0.999, 1e-8; RMSProp rho = 0.99. */
    public static final Hyper DEFAULT = new Hyper(0.9, 0.9, 0.999, 1e-8, 0.99);

    public Hyper {
        requireUnit("beta", beta);
        requireUnit("beta1", beta1);
        requireUnit("beta2", beta2);
        requireUnit("rho", rho);
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps must be a finite number > 0, was " + eps);
        }
    }

    /** The settings with RMSProp's default rho = 0.99. */
    public Hyper(double beta, double beta1, double beta2, double eps) {
        this(beta, beta1, beta2, eps, 0.99);
    }

    /** @return these settings with another eps */
    public Hyper withEps(double e) {
        return new Hyper(beta, beta1, beta2, e, rho);
    }

    /** @return these settings with another rho */
    public Hyper withRho(double r) {
        return new Hyper(beta, beta1, beta2, eps, r);
    }

    private static void requireUnit(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), was " + value);
        }
    }
}
