package org.likelihoodlab.optim;

/**
 * Optimizer hyperparameters: the momentum coefficient and Adam's (beta1, beta2, eps), PyTorch
 * conventions (math.md section 4).
 *
 * @param beta  momentum coefficient, in [0, 1)
 * @param beta1 Adam first-moment decay, in [0, 1)
 * @param beta2 Adam second-moment decay, in [0, 1)
 * @param eps   Adam's denominator guard, added outside the square root, &gt; 0
 */
public record Hyper(double beta, double beta1, double beta2, double eps) {

    /** beta = 0.9; Adam 0.9, 0.999, 1e-8. */
    public static final Hyper DEFAULT = new Hyper(0.9, 0.9, 0.999, 1e-8);

    public Hyper {
        requireUnit("beta", beta);
        requireUnit("beta1", beta1);
        requireUnit("beta2", beta2);
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps must be a finite number > 0, was " + eps);
        }
    }

    private static void requireUnit(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), was " + value);
        }
    }
}
