package org.likelihoodlab.experiment;

import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/** The one thing run B changes from run A in an A/B comparison. */
public enum Comparison {
    TYPO("typo toggled"),
    LOG_SCALE("log \u03c3 / Cholesky"),
    NATURAL("natural gradient (\u03b1 = 0.5)"),
    ADAM("Adam (same \u03b1)"),
    ORDER("the other update order"),
    HALF_LR("half the learning rate");

    private final String label;

    Comparison(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @return scenario B: A with this one change (same data, same start) */
    public Scenario apply(Scenario a) {
        Scenario.Builder b = a.toBuilder().name("B: " + label).explanation("");
        switch (this) {
            case TYPO:
                return b.bug(a.bug() == Bug.ASSIGN ? Bug.NONE : Bug.ASSIGN).build();
            case LOG_SCALE:
                if (a.dim() == 1) {
                    return b.param(a.param() == Parameterization.MU_LOGSIGMA ? Parameterization.MU_SIGMA
                            : Parameterization.MU_LOGSIGMA).build();
                }
                return b.param(a.param() == Parameterization.MEAN_CHOLESKY ? Parameterization.MEAN_COV
                        : Parameterization.MEAN_CHOLESKY).build();
            case NATURAL:
                return b.optimizer(Optimizer.NATURAL).lr(0.5).build();
            case ADAM:
                return b.optimizer(Optimizer.ADAM).build();
            case ORDER:
                return b.order(a.order() == UpdateOrder.SIMULTANEOUS ? UpdateOrder.COORDINATE : UpdateOrder.SIMULTANEOUS)
                        .build();
            default:
                return b.lr(a.lr() / 2).build();
        }
    }
}
