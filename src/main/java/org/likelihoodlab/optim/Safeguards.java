package org.likelihoodlab.optim;

/**
 * The guards any update rule can take (math.md section 9.3): gradient clipping and a backtracking
 * (Armijo) line search.
 *
 * @param clip the largest gradient norm C &gt; 0 the rule sees ({@code g <- g * min(1, C/(||g|| + 1e-6))},
 *     PyTorch's clip_grad_norm_), or 0 for no clipping
 * @param armijo try {@code t = lr, lr/2, ...} (31 steps at most) and take the first that passes the
 *     divergence checks and raises the update's objective by at least {@code 1e-4 t (g . d)}
 */
public record Safeguards(double clip, boolean armijo) {

    /** No clipping, no line search. */
    public static final Safeguards NONE = new Safeguards(0, false);

    public Safeguards {
        if (!(clip >= 0) || !Double.isFinite(clip)) {
            throw new IllegalArgumentException("clip must be a finite number > 0 (or 0 for none), was " + clip);
        }
    }

    /** @return true if the update needs the clipping or line-search path */
    public boolean any() {
        return clip > 0 || armijo;
    }
}
