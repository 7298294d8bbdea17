package org.likelihoodlab.experiment;

import java.nio.file.Path;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/** Test helper: a run on given data with the usual settings. */
public final class Runs {
    private Runs() {
    }

    public static Run of(Dataset data, Parameterization p, Optimizer o, double lr, UpdateOrder order, Mode mode,
            double... init) {
        Scenario s = new Scenario.Builder().dim(p.dim()).data(new DataSource.FromFile(Path.of("unused.csv")))
                .mode(mode).param(p).optimizer(o).lr(lr).steps(1_000_000).init(init).order(order).build();
        return new Run(s, data);
    }

    /** Advances until converged (max abs distance of reported parameters to the MLE < tol). */
    public static long stepsToConverge(Run run, double tol, long max) {
        double[] mle = run.data().mle();
        double[] rep = new double[mle.length];
        for (long k = 0; k <= max; k++) {
            run.reported(rep);
            if (Convergence.distance(rep, mle) < tol) {
                return run.step();
            }
            if (!run.advance()) {
                return -1;
            }
        }
        return -1;
    }
}
