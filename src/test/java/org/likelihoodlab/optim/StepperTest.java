package org.likelihoodlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.likelihoodlab.math.GaussianModel;
import org.likelihoodlab.math.Parameterization;

/** The update rules of math.md section 4 on hand-checked numbers. */
class StepperTest {

    /** Batch moments: mean 1, biased variance 0.25. */
    static final double[] MOM = {1.0, 0.25};

    static Stepper stepper(Parameterization p, Optimizer o, double lr, UpdateOrder order, Bug bug, double... init) {
        GaussianModel m = p.model();
        double[] theta = new double[m.size()];
        m.toTheta(init, theta);
        return new Stepper(m, theta, o, Hyper.DEFAULT, lr, order, bug);
    }

    @Test
    void gdStepIsThetaPlusLrTimesGradient() {
        Stepper s = stepper(Parameterization.MU_SIGMA, Optimizer.GD, 0.1, UpdateOrder.SIMULTANEOUS, Bug.NONE, 0, 2);
        // g_mu = (1 - 0)/4 = 0.25; S = 0.25 + 1 = 1.25; g_sigma = 1.25/8 - 1/2 = -0.34375
        assertNull(s.update(MOM, MOM));
        assertArrayEquals(new double[] {0.025, 2 - 0.034375}, s.theta(), 1e-15);
    }

    @Test
    void momentumFirstStepIsGdThenAccumulates() {
        Stepper gd = stepper(Parameterization.MU_VARIANCE, Optimizer.GD, 0.05, UpdateOrder.SIMULTANEOUS, Bug.NONE, 0, 1);
        Stepper mo = stepper(Parameterization.MU_VARIANCE, Optimizer.MOMENTUM, 0.05, UpdateOrder.SIMULTANEOUS,
                Bug.NONE, 0, 1);
        gd.update(MOM, MOM);
        mo.update(MOM, MOM);
        assertArrayEquals(gd.theta(), mo.theta(), 0);
        // second step: buf = 0.9 * g0 + g1
        double[] g0 = new double[2];
        double[] g1 = new double[2];
        GaussianModel m = Parameterization.MU_VARIANCE.model();
        m.gradient(new double[] {0, 1}, MOM, g0);
        double[] t1 = mo.theta().clone();
        m.gradient(t1, MOM, g1);
        mo.update(MOM, MOM);
        for (int i = 0; i < 2; i++) {
            assertEquals(t1[i] + 0.05 * (0.9 * g0[i] + g1[i]), mo.theta()[i], 1e-15);
        }
    }

    @Test
    void adamFirstStepIsAboutLrTimesSignOfGradient() {
        Stepper s = stepper(Parameterization.MU_SIGMA, Optimizer.ADAM, 0.01, UpdateOrder.SIMULTANEOUS, Bug.NONE, 0, 2);
        s.update(MOM, MOM);
        // mhat = g, vhat = g^2 after bias correction: d = g / (|g| + eps)
        double gMu = 0.25;
        double gSigma = -0.34375;
        assertEquals(0.01 * gMu / (Math.abs(gMu) + 1e-8), s.theta()[0], 1e-15);
        assertEquals(2 + 0.01 * gSigma / (Math.abs(gSigma) + 1e-8), s.theta()[1], 1e-15);
    }

    @Test
    void adamSecondStepFollowsPyTorchFormula() {
        Stepper s = stepper(Parameterization.MU_LOGSIGMA, Optimizer.ADAM, 0.1, UpdateOrder.SIMULTANEOUS, Bug.NONE, 0, 2);
        GaussianModel m = Parameterization.MU_LOGSIGMA.model();
        double[] t0 = s.theta().clone();
        double[] g0 = new double[2];
        m.gradient(t0, MOM, g0);
        s.update(MOM, MOM);
        double[] t1 = s.theta().clone();
        double[] g1 = new double[2];
        m.gradient(t1, MOM, g1);
        s.update(MOM, MOM);
        for (int i = 0; i < 2; i++) {
            double mm = 0.9 * (0.1 * g0[i]) + 0.1 * g1[i];
            double vv = 0.999 * (0.001 * g0[i] * g0[i]) + 0.001 * g1[i] * g1[i];
            double mhat = mm / (1 - 0.9 * 0.9);
            double vhat = vv / (1 - Math.pow(0.999, 2));
            assertEquals(t1[i] + 0.1 * mhat / (Math.sqrt(vhat) + 1e-8), s.theta()[i], 1e-14);
        }
    }

    @Test
    void naturalStepAtLrOneJumpsToTheMomentsInVarianceCoordinates() {
        Stepper s = stepper(Parameterization.MU_VARIANCE, Optimizer.NATURAL, 1, UpdateOrder.SIMULTANEOUS, Bug.NONE, -1, 3);
        s.update(MOM, MOM);
        // mu <- mu + rbar = mean; v <- v + (S - v) = S(mu0) = 0.25 + 4
        assertArrayEquals(new double[] {1.0, 4.25}, s.theta(), 1e-14);
    }

    @Test
    void naturalStepWithLrAtMostOneNeverRoundsTheScaleToZeroFromAFarStart() {
        // v0 = 1e18: v + (S - v) rounds to 0 ("variance <= 0"); the convex form (1 - lr) v + lr S is S
        Stepper s = stepper(Parameterization.MU_VARIANCE, Optimizer.NATURAL, 1, UpdateOrder.SIMULTANEOUS, Bug.NONE, 0, 1e9);
        assertNull(s.update(MOM, MOM));
        assertArrayEquals(new double[] {1.0, 1.25}, s.theta(), 1e-15);
        for (UpdateOrder order : UpdateOrder.values()) {
            Stepper half = stepper(Parameterization.MU_VARIANCE, Optimizer.NATURAL, 0.999, order, Bug.NONE, 0, 1e9);
            for (int k = 0; k < 20; k++) {
                assertNull(half.update(MOM, MOM), order + " step " + k);
            }
        }
        // 2-D: Sigma0 = 1e18 I, lr = 1 lands on S = C + rbar rbar' (positive definite)
        double[] mom2 = {1, 2, 0.5, 0.1, 0.4};
        Stepper c = stepper(Parameterization.MEAN_COV, Optimizer.NATURAL, 1, UpdateOrder.SIMULTANEOUS, Bug.NONE,
                0, 0, 1e18, 0, 1e18);
        assertNull(c.update(mom2, mom2));
        assertArrayEquals(new double[] {1, 2, 1.5, 2.1, 4.4}, c.theta(), 1e-12);
    }

    @Test
    void coordinateOrderMovesTheScaleFromTheNewMean() {
        // mu-sigma from (0, 0.5), lr 0.25: lr / sigma^2 = 1 puts mu exactly on the mean first,
        // so the sigma step sees S = 0.25 and sigma is already at the MLE 0.5: it stays.
        Stepper c = stepper(Parameterization.MU_SIGMA, Optimizer.GD, 0.25, UpdateOrder.COORDINATE, Bug.NONE, 0, 0.5);
        c.update(MOM, MOM);
        assertArrayEquals(new double[] {1.0, 0.5}, c.theta(), 1e-15);
        // simultaneous order uses S(mu0) = 1.25 and throws sigma up: 0.5 + 0.25*(1.25/0.125 - 2) = 2.5
        Stepper s = stepper(Parameterization.MU_SIGMA, Optimizer.GD, 0.25, UpdateOrder.SIMULTANEOUS, Bug.NONE, 0, 0.5);
        s.update(MOM, MOM);
        assertArrayEquals(new double[] {1.0, 2.5}, s.theta(), 1e-15);
    }

    @Test
    void assignBugReplacesTheScaleButUpdatesTheMean() {
        Stepper s = stepper(Parameterization.MU_VARIANCE, Optimizer.GD, 0.002, UpdateOrder.SIMULTANEOUS, Bug.ASSIGN, 0, 1);
        double x = 0.5;
        double[] sample = {x, 0};
        s.update(sample, MOM);
        // v1 = lr * (r^2/(2 v^2) - 1/(2 v)) = 0.001 (r^2 - 1); mu1 = lr * r / v
        assertEquals(0.002 * 0.5, s.theta()[0], 1e-16);
        assertEquals(0.001 * (0.25 - 1), s.theta()[1], 1e-16);
    }

    @Test
    void divergenceReasonsFollowTheParameterization() {
        Stepper v = stepper(Parameterization.MU_VARIANCE, Optimizer.GD, 0.002, UpdateOrder.SIMULTANEOUS, Bug.ASSIGN, 0, 1);
        assertEquals("variance <= 0", v.update(new double[] {0.5, 0}, MOM));
        Stepper s = stepper(Parameterization.MU_SIGMA, Optimizer.GD, 10, UpdateOrder.SIMULTANEOUS, Bug.NONE, 1, 2);
        // at mu = mean, S = 0.25: sigma' = 2 + 10*(0.25/8 - 0.5) = -2.6875
        assertEquals("sigma <= 0", s.update(MOM, MOM));
        Stepper l = stepper(Parameterization.MU_LOGSIGMA, Optimizer.GD, 1000, UpdateOrder.SIMULTANEOUS, Bug.NONE, 1, 1);
        // log sigma' = 0 + 1000*(0.25 - 1) = -750: exp underflows to 0
        assertEquals("sigma <= 0", l.update(MOM, MOM));
        Stepper o = stepper(Parameterization.MU_LOGSIGMA, Optimizer.GD, 100, UpdateOrder.SIMULTANEOUS, Bug.NONE, 1, 0.1);
        // log sigma' = log 0.1 + 100*(25 - 1) = 2397.7: exp overflows
        assertEquals("non-finite value", o.update(MOM, MOM));
        double[] mom2 = {0, 0, 1, 0, 1};
        Stepper c = stepper(Parameterization.MEAN_COV, Optimizer.GD, 0.002, UpdateOrder.SIMULTANEOUS, Bug.ASSIGN,
                0, 0, 1, 0, 1);
        assertEquals("Sigma not positive definite", c.update(new double[] {0.3, -0.2, 0, 0, 0}, mom2));
    }

    @Test
    void switchingOptimizerClearsItsStateButLrChangesApplyLive() {
        Stepper s = stepper(Parameterization.MU_SIGMA, Optimizer.MOMENTUM, 0.1, UpdateOrder.SIMULTANEOUS, Bug.NONE, 0, 2);
        s.update(MOM, MOM);
        s.setOptimizer(Optimizer.GD);
        s.setOptimizer(Optimizer.MOMENTUM);
        double[] t = s.theta().clone();
        double[] g = new double[2];
        Parameterization.MU_SIGMA.model().gradient(t, MOM, g);
        s.setLr(0.05);
        s.update(MOM, MOM);
        assertArrayEquals(new double[] {t[0] + 0.05 * g[0], t[1] + 0.05 * g[1]}, s.theta(), 1e-15);
    }
}
