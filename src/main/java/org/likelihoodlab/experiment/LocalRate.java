package org.likelihoodlab.experiment;

import org.likelihoodlab.math.Hessian;
import org.likelihoodlab.optim.Optimizer;

/**
 * How fast a run closes in on the MLE once it is near: the factor by which the distance shrinks
 * per update of the linearized map at the MLE (math.md section 6). For batch gd in 1-D the Hessian
 * at the MLE is diagonal (r̄ = 0), with eigenvalues h_i, so the factor is max_i |1 + α h_i|
 * (both update orders: the off-diagonal blocks vanish); natural gradient's is |1 − α|. Other
 * optimizers (momentum, adaptive steps) and 2-D runs have no such single number here.
 */
public final class LocalRate {

    private LocalRate() {
    }

    /** @return the factor per update, or NaN where there is no closed form for the run */
    public static double atMle(Scenario s, Dataset data) {
        if (s.dim() != 1 || s.mode() != Mode.BATCH || s.bug() != org.likelihoodlab.optim.Bug.NONE) {
            return Double.NaN;
        }
        if (s.optimizer() == Optimizer.NATURAL) {
            return Math.abs(1 - s.lr());
        }
        if (s.optimizer() != Optimizer.GD || s.guards().any()) {
            return Double.NaN;
        }
        double[] theta = new double[2];
        s.param().model().toTheta(data.mle(), theta);
        double[] h = new double[3];
        Hessian.of(s.param().model(), theta, data.moments(), h);
        return Math.max(Math.abs(1 + s.lr() * h[0]), Math.abs(1 + s.lr() * h[2]));
    }
}
