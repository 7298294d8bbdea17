package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.likelihoodlab.TestData;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/** Every parameterization and optimizer reaches the closed-form MLE on known data. */
class ConvergenceTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (Parameterization p : Parameterization.values()) {
            for (UpdateOrder order : UpdateOrder.values()) {
                b.add(Arguments.of(p, Optimizer.GD, 0.1, order));
                b.add(Arguments.of(p, Optimizer.MOMENTUM, 0.02, order));
                b.add(Arguments.of(p, Optimizer.NATURAL, 0.5, order));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} {1} lr={2} {3}")
    @MethodSource("cases")
    void batchRunConvergesToTheClosedFormMle(Parameterization p, Optimizer o, double lr, UpdateOrder order) {
        Dataset data = p.dim() == 1 ? TestData.a() : TestData.c();
        double[] init = p.dim() == 1 ? new double[] {0, 1} : new double[] {0, 0, 1, 0, 1};
        Run run = Runs.of(data, p, o, lr, order, Mode.BATCH, init);
        for (int k = 0; k < 20000; k++) {
            assertTrue(run.advance(), "diverged: " + run.divergence());
        }
        double[] mle = data.mle();
        double[] rep = run.reported();
        // the MLE is x-bar and the biased variance / covariance, computed independently here
        double[] values = data.values();
        if (p.dim() == 1) {
            double mean = 0;
            for (double x : values) {
                mean += x / values.length;
            }
            double var = 0;
            for (double x : values) {
                var += (x - mean) * (x - mean) / values.length;
            }
            assertEquals(mean, rep[0], 1e-8);
            assertEquals(Math.sqrt(var), rep[1], 1e-8);
        }
        for (int i = 0; i < mle.length; i++) {
            assertEquals(mle[i], rep[i], 1e-8, "component " + i);
        }
        assertEquals(20000, run.step());
    }

    @ParameterizedTest
    @MethodSource("adamCases")
    void adamSettlesWithinItsStepSizeOfTheMle(Parameterization p) {
        Dataset data = p.dim() == 1 ? TestData.a() : TestData.c();
        double[] init = p.dim() == 1 ? new double[] {0, 1} : new double[] {0, 0, 1, 0, 1};
        Run run = Runs.of(data, p, Optimizer.ADAM, 0.01, UpdateOrder.SIMULTANEOUS, Mode.BATCH, init);
        for (int k = 0; k < 20000; k++) {
            assertTrue(run.advance(), "diverged: " + run.divergence());
        }
        // a constant-lr Adam keeps taking steps of a fraction of lr: it ends within lr/10
        assertTrue(Convergence.distance(run.reported(), data.mle()) < 1e-3,
                "Adam ended " + Convergence.distance(run.reported(), data.mle()) + " from the MLE");
    }

    static Stream<Parameterization> adamCases() {
        return Stream.of(Parameterization.values());
    }
}
