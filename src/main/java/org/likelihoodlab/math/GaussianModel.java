package org.likelihoodlab.math;

/**
 * A Gaussian in one parameterization: the map between the internal parameter vector {@code theta}
 * and the reported parameters, the gradient of the objective, the natural-gradient direction and
 * the validity (divergence) check of math.md sections 2, 3 and 5.
 *
 * <p>The data enter only through <em>moments</em>: {@code (mean, variance)} in 1-D and
 * {@code (m1, m2, c11, c12, c22)} in 2-D, where the variance / covariance is the biased one about
 * the mean. A whole data set (batch mode) gives its sample moments; one online sample {@code x}
 * gives {@code (x, 0)}. At the current mean {@code mu} the residual mean is {@code rbar = m - mu}
 * and the second moment {@code S = c + rbar*rbar}, so every call is O(1) whatever n is.
 *
 * <p>All methods are allocation-free; arrays are caller-owned work buffers. An instance may keep
 * a one-entry memo of its last {@code exp} (the gradient of the next update needs the same
 * {@code exp(log sigma)} as the divergence check of this one), so an instance must not be shared
 * between threads: {@link Parameterization#model()} gives a fresh one.
 */
public interface GaussianModel {

    /** @return 1 or 2, the dimension of the data */
    int dim();

    /** @return length of theta: 2 in 1-D, 5 in 2-D */
    default int size() {
        return dim() == 1 ? 2 : 5;
    }

    /** @return number of leading theta components that are the mean (the "mu block") */
    default int muSize() {
        return dim();
    }

    /**
     * Converts an initial state given as reported parameters into theta.
     *
     * @param reported {@code (mu, sigma)} or {@code (mu1, mu2, s11, s12, s22)}, already validated
     * @param theta output, length {@link #size()}
     */
    void toTheta(double[] reported, double[] theta);

    /**
     * Converts theta into reported parameters: {@code (mu, sigma)} with sigma the standard
     * deviation, or {@code (mu1, mu2, s11, s12, s22)}.
     */
    void toReported(double[] theta, double[] reported);

    /** Gradient of the average log-likelihood for the given moments, in theta coordinates. */
    void gradient(double[] theta, double[] moments, double[] g);

    /**
     * One plain gradient-ascent step in place, {@code theta[i] = theta[i] + lr * g[i]} with
     * {@code g} the {@link #gradient} at theta: the same numbers as those two steps, which a
     * parameterization may do in one go (the engine's most common update).
     *
     * @param g output, the gradient at the old theta
     */
    default void ascend(double[] theta, double[] moments, double lr, double[] g) {
        gradient(theta, moments, g);
        for (int i = 0; i < theta.length; i++) {
            theta[i] = theta[i] + lr * g[i];
        }
    }

    /**
     * Natural-gradient direction {@code F(theta)^-1 g} using the closed forms of math.md.
     *
     * @param g the gradient at theta for the same moments (from {@link #gradient})
     */
    void naturalDirection(double[] theta, double[] moments, double[] g, double[] d);

    /**
     * Where the natural step with lr = 1 lands the scale coordinates, for the parameterizations
     * whose natural update is {@code q + lr (T - q)} with a positive (definite) target T (math.md
     * section 6: mu-variance, T = S; mean-cov, T = S). With lr &le; 1 the update is the convex
     * combination {@code (1 - lr) q + lr T}, which stays positive in floating point too, where
     * {@code q + lr (T - q)} can round to 0 from a far start.
     *
     * @param target output: entries {@code muSize()..size()-1} are written
     * @return false if this parameterization has no such form (the target is then not written)
     */
    default boolean naturalTarget(double[] theta, double[] moments, double[] target) {
        return false;
    }

    /** Average log-likelihood at theta of data with the given moments (math.md section 1). */
    double logLik(double[] theta, double[] moments);

    /**
     * The divergence criteria of math.md section 5 for a state reached by an update.
     *
     * @param moments the moments of the whole data set (the reported log-likelihood must be finite)
     * @return {@code null} if the state is valid, otherwise the reason, one of
     *     {@link Divergence#NON_FINITE}, {@link Divergence#SIGMA}, {@link Divergence#VARIANCE},
     *     {@link Divergence#NOT_PD}
     */
    String divergence(double[] theta, double[] moments);
}
