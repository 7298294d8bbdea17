package org.likelihoodlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.likelihoodlab.TestData;
import org.likelihoodlab.experiment.Convergence;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.math.GaussianModel;
import org.likelihoodlab.math.Hessian;
import org.likelihoodlab.math.Parameterization;

/** Nesterov, AdaGrad, RMSProp, Newton, clipping and the Armijo line search of math.md section 9.3. */
class MoreOptimizersTest {

    static final double[] MOM = StepperTest.MOM;

    static Stepper stepper(Parameterization p, Optimizer o, double lr, UpdateOrder order, Safeguards guards,
            double... init) {
        GaussianModel m = p.model();
        double[] theta = new double[m.size()];
        m.toTheta(init, theta);
        return new Stepper(m, theta, o, Hyper.DEFAULT, lr, order, Bug.NONE, guards);
    }

    static double[] gradient(Parameterization p, double[] theta, double[] mom) {
        double[] g = new double[theta.length];
        p.model().gradient(theta, mom, g);
        return g;
    }

    @Test
    void nesterovAddsTheLookAheadOfTheBuffer() {
        Stepper s = stepper(Parameterization.MU_SIGMA, Optimizer.NESTEROV, 0.05, UpdateOrder.SIMULTANEOUS,
                Safeguards.NONE, 0, 2);
        double[] t0 = s.theta().clone();
        double[] g0 = gradient(Parameterization.MU_SIGMA, t0, MOM);
        s.update(MOM, MOM);
        double[] t1 = s.theta().clone();
        for (int i = 0; i < 2; i++) {
            // buf = g0, d = g0 + 0.9 g0
            assertEquals(t0[i] + 0.05 * (g0[i] + 0.9 * g0[i]), t1[i], 1e-15);
        }
        double[] g1 = gradient(Parameterization.MU_SIGMA, t1, MOM);
        s.update(MOM, MOM);
        for (int i = 0; i < 2; i++) {
            double buf = 0.9 * g0[i] + g1[i];
            assertEquals(t1[i] + 0.05 * (g1[i] + 0.9 * buf), s.theta()[i], 1e-15);
        }
    }

    @Test
    void adagradAndRmspropDivideByTheirAccumulatedSquares() {
        Stepper a = stepper(Parameterization.MU_VARIANCE, Optimizer.ADAGRAD, 0.1, UpdateOrder.SIMULTANEOUS,
                Safeguards.NONE, 0, 1);
        Stepper r = stepper(Parameterization.MU_VARIANCE, Optimizer.RMSPROP, 0.1, UpdateOrder.SIMULTANEOUS,
                Safeguards.NONE, 0, 1);
        double[] t0 = {0, 1};
        double[] g0 = gradient(Parameterization.MU_VARIANCE, t0, MOM);
        a.update(MOM, MOM);
        r.update(MOM, MOM);
        double[] ta = a.theta().clone();
        double[] tr = r.theta().clone();
        for (int i = 0; i < 2; i++) {
            assertEquals(t0[i] + 0.1 * g0[i] / (Math.abs(g0[i]) + 1e-8), ta[i], 1e-15);
            double v = 0.01 * g0[i] * g0[i];
            assertEquals(t0[i] + 0.1 * g0[i] / (Math.sqrt(v) + 1e-8), tr[i], 1e-15);
            // RMSProp's first step is about lr / sqrt(1 - rho) = 10 lr per coordinate (math.md 9.2)
            assertEquals(1.0, Math.abs(tr[i] - t0[i]), 1e-6);
        }
        double[] ga = gradient(Parameterization.MU_VARIANCE, ta, MOM);
        a.update(MOM, MOM);
        for (int i = 0; i < 2; i++) {
            double sum = g0[i] * g0[i] + ga[i] * ga[i];
            assertEquals(ta[i] + 0.1 * ga[i] / (Math.sqrt(sum) + 1e-8), a.theta()[i], 1e-15);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Parameterization.class, names = {"MU_SIGMA", "MU_VARIANCE", "MU_LOGSIGMA"})
    void newtonsHessianIsTheDerivativeOfTheGradient(Parameterization p) {
        double[][] states = {{0.3, 1.7}, {1.4, 0.6}, {-0.5, 2.5}};
        double[] mom = {1.0, 0.4};
        for (double[] rep : states) {
            GaussianModel m = p.model();
            double[] theta = new double[2];
            m.toTheta(rep, theta);
            double[] h = new double[3];
            Hessian.of(m, theta, mom, h);
            double[][] fd = new double[2][2];
            for (int j = 0; j < 2; j++) {
                double step = 1e-6 * Math.max(1, Math.abs(theta[j]));
                double[] up = theta.clone();
                double[] dn = theta.clone();
                up[j] += step;
                dn[j] -= step;
                double[] gu = gradient(p, up, mom);
                double[] gd = gradient(p, dn, mom);
                for (int i = 0; i < 2; i++) {
                    fd[i][j] = (gu[i] - gd[i]) / (2 * step);
                }
            }
            assertEquals(fd[0][0], h[0], 1e-6 * Math.max(1, Math.abs(h[0])), p + " H_mumu");
            assertEquals(fd[0][1], h[1], 1e-6 * Math.max(1, Math.abs(h[1])), p + " H_muq");
            assertEquals(fd[1][0], h[1], 1e-6 * Math.max(1, Math.abs(h[1])), p + " H_qmu");
            assertEquals(fd[1][1], h[2], 1e-6 * Math.max(1, Math.abs(h[2])), p + " H_qq");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Parameterization.class, names = {"MU_SIGMA", "MU_VARIANCE", "MU_LOGSIGMA"})
    void newtonConvergesQuadraticallyToTheMleWhereHIsNegativeDefinite(Parameterization p) {
        Dataset a = TestData.a();
        double[] mle = a.mle();
        double[] mom = a.moments();
        for (UpdateOrder order : UpdateOrder.values()) {
            // a start inside the region where H < 0 (math.md 9.3): sigma close to s, mu within s of x-bar
            Stepper s = stepper(p, Optimizer.NEWTON, 1, order, Safeguards.NONE, mle[0] + 0.1, mle[1] * 1.1);
            int k = 0;
            double[] rep = new double[2];
            do {
                assertNull(s.update(mom, mom));
                p.model().toReported(s.theta(), rep);
                k++;
            } while (Convergence.distance(rep, mle) > 1e-8 && k < 60);
            assertTrue(k < 30, p + " " + order + ": " + k + " steps");
            assertArrayEquals(mle, rep, 1e-8);
        }
    }

    @Test
    void newtonIsOneDimensionalOnly() {
        GaussianModel m = Parameterization.MEAN_COV.model();
        assertThrows(IllegalArgumentException.class, () -> new Stepper(m, new double[5], Optimizer.NEWTON,
                Hyper.DEFAULT, 1, UpdateOrder.SIMULTANEOUS, Bug.NONE, Safeguards.NONE));
    }

    @ParameterizedTest
    @EnumSource(value = Optimizer.class, names = {"NESTEROV", "ADAGRAD", "RMSPROP"})
    void theNewRulesReachTheMleOnDataA(Optimizer o) {
        Dataset a = TestData.a();
        double[] mom = a.moments();
        double lr = o == Optimizer.NESTEROV ? 0.02 : o == Optimizer.ADAGRAD ? 0.5 : 0.001;
        Stepper s = stepper(Parameterization.MU_LOGSIGMA, o, lr, UpdateOrder.SIMULTANEOUS, Safeguards.NONE, 0, 1);
        for (int k = 0; k < 20000; k++) {
            assertNull(s.update(mom, mom));
        }
        double[] rep = new double[2];
        Parameterization.MU_LOGSIGMA.model().toReported(s.theta(), rep);
        // Nesterov and AdaGrad settle on the MLE; a constant-lr RMSProp keeps steps of about lr
        double tol = o == Optimizer.RMSPROP ? 10 * lr : 1e-8;
        assertArrayEquals(a.mle(), rep, tol, o.toString());
    }

    @Test
    void clippingScalesTheGradientToTheNorm() {
        double[] t0 = {0, 0.5};
        double[] g = gradient(Parameterization.MU_SIGMA, t0, MOM);
        double norm = Math.hypot(g[0], g[1]);
        double c = 0.5;
        assertTrue(norm > c);
        Stepper s = stepper(Parameterization.MU_SIGMA, Optimizer.GD, 0.1, UpdateOrder.SIMULTANEOUS,
                new Safeguards(c, false), 0, 0.5);
        s.update(MOM, MOM);
        double f = Math.min(1, c / (norm + 1e-6));
        assertArrayEquals(new double[] {0.1 * f * g[0], 0.5 + 0.1 * f * g[1]}, s.theta(), 1e-15);
        // a gradient inside the norm is left alone
        Stepper big = stepper(Parameterization.MU_SIGMA, Optimizer.GD, 0.1, UpdateOrder.SIMULTANEOUS,
                new Safeguards(100 * norm, false), 0, 0.5);
        big.update(MOM, MOM);
        assertArrayEquals(new double[] {0.1 * g[0], 0.5 + 0.1 * g[1]}, big.theta(), 0);
    }

    @Test
    void armijoTakesTheFirstHalvingThatRaisesTheObjectiveEnough() {
        Dataset a = TestData.a();
        double[] mom = a.moments();
        GaussianModel m = Parameterization.MU_SIGMA.model();
        double[] t0 = {0, 1};
        double[] g = gradient(Parameterization.MU_SIGMA, t0, mom);
        double lr = 4;
        Stepper s = stepper(Parameterization.MU_SIGMA, Optimizer.GD, lr, UpdateOrder.SIMULTANEOUS,
                new Safeguards(0, true), 0, 1);
        assertNull(s.update(mom, mom));
        double[] t1 = s.theta();
        double t = (t1[0] - t0[0]) / g[0];
        // t is lr / 2^j, and it passes the Armijo test while 2t did not
        double j = Math.log(lr / t) / Math.log(2);
        assertEquals(Math.rint(j), j, 1e-9);
        double obj0 = m.logLik(t0, mom);
        double slope = g[0] * g[0] + g[1] * g[1];
        assertTrue(m.logLik(t1, mom) >= obj0 + 1e-4 * t * slope);
        double[] twice = {t0[0] + 2 * t * g[0], t0[1] + 2 * t * g[1]};
        assertFalse(m.divergence(twice, mom) == null && m.logLik(twice, mom) >= obj0 + 1e-4 * 2 * t * slope);
    }

    @ParameterizedTest
    @EnumSource(UpdateOrder.class)
    void armijoMakesTheBlowUpPresetsConverge(UpdateOrder order) {
        // the batch question at lr = 1 (and 2): sigma <= 0 at step 110 (coordinate) or flung to 1884 (simultaneous)
        Dataset a = TestData.a();
        double[] mom = a.moments();
        for (double lr : new double[] {1, 2}) {
            Stepper s = stepper(Parameterization.MU_SIGMA, Optimizer.GD, lr, order, new Safeguards(0, true), 0, 1);
            for (int k = 0; k < 2000; k++) {
                assertNull(s.update(mom, mom), "an Armijo run never diverges");
            }
            assertArrayEquals(a.mle(), s.theta(), 1e-6, "lr " + lr + " " + order);
        }
    }
}
