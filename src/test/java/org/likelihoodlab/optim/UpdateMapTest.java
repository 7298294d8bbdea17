package org.likelihoodlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.likelihoodlab.TestData;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.math.Eigen2;
import org.likelihoodlab.math.Hessian;
import org.likelihoodlab.math.Parameterization;

/**
 * The update map of math.md section 9.6: the Jacobian of the engine's update against the closed
 * forms I + lr H (gd) and the heavy-ball / Nesterov block matrices, and its eigenvalues at the MLE
 * against 1 + lr lambda_i(H) and section 6's bounds.
 */
class UpdateMapTest {

    static final Dataset A = TestData.a();

    static double[] theta(Parameterization p, double mu, double sigma) {
        double[] t = new double[2];
        p.model().toTheta(new double[] {mu, sigma}, t);
        return t;
    }

    static UpdateMap.Result map(Parameterization p, Optimizer o, double lr, double beta, double[] theta) {
        Hyper h = new Hyper(beta, 0.9, 0.999, 1e-8, 0.99);
        double[] m = A.moments();
        return UpdateMap.at(p, theta, null, o, h, lr, UpdateOrder.SIMULTANEOUS, Bug.NONE, Safeguards.NONE, m, m);
    }

    static double[] hessian(Parameterization p, double[] theta) {
        double[] h = new double[3];
        Hessian.of(p.model(), theta, A.moments(), h);
        return h;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mu-sigma", "mu-variance", "mu-logsigma"})
    void atTheMleTheGdEigenvaluesAreOnePlusLrTimesTheHessiansEigenvalues(String param) {
        Parameterization p = Parameterization.byName(param);
        double[] mle = A.mle();
        double[] t = theta(p, mle[0], mle[1]);
        double[] h = hessian(p, t);
        double[] lambda = Eigen2.of(h[0], h[1], h[2]);
        for (double lr : new double[] {0.05, 0.2, 0.4}) {
            UpdateMap.Result r = map(p, Optimizer.GD, lr, 0, t);
            double[] expected = {1 + lr * lambda[0], 1 + lr * lambda[1]};
            double[] got = r.eigenvalues().stream().mapToDouble(UpdateMap.Eigenvalue::re).toArray();
            Arrays.sort(expected);
            Arrays.sort(got);
            assertEquals(expected[0], got[0], 1e-6, param + " lr " + lr);
            assertEquals(expected[1], got[1], 1e-6, param + " lr " + lr);
            for (UpdateMap.Eigenvalue e : r.eigenvalues()) {
                assertEquals(0, e.im(), 1e-12);
            }
            // H is diagonal at the MLE: one eigenvalue is the mean's, the other the scale's
            assertEquals(List.of("\u03bc", UpdateMap.scaleName(p)), r.eigenvalues().stream()
                    .sorted((a, b) -> Double.compare(Math.abs(a.re() - (1 + lr * h[0])), Math.abs(b.re() - (1 + lr * h[0]))))
                    .map(UpdateMap.Eigenvalue::direction).toList());
        }
    }

    /** Away from the MLE, the engine's map has Jacobian I + lr H(theta) (H not diagonal there). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"mu-sigma", "mu-variance", "mu-logsigma"})
    void theGdJacobianIsIPlusLrTimesTheHessianAnywhere(String param) {
        Parameterization p = Parameterization.byName(param);
        double[] t = theta(p, 1.2, 0.8);
        double[] h = hessian(p, t);
        double lr = 0.03;
        double[][] j = map(p, Optimizer.GD, lr, 0, t).jacobian();
        double[][] want = {{1 + lr * h[0], lr * h[1]}, {lr * h[1], 1 + lr * h[2]}};
        assertMatrix(want, j, 1e-7);
    }

    /**
     * Heavy ball buf' = beta buf + g, theta' = theta + lr buf': J = [[I + lr H, lr beta I], [H, beta I]];
     * Nesterov d = g + beta buf': J = [[I + lr (1 + beta) H, lr beta^2 I], [H, beta I]].
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"momentum", "nesterov"})
    void theMomentumJacobianOnThetaAndBufIsTheBlockMatrix(String optimizer) {
        Parameterization p = Parameterization.MU_SIGMA;
        double[] t = theta(p, 1.2, 0.8);
        double[] h = hessian(p, t);
        double lr = 0.03;
        double beta = 0.7;
        boolean nesterov = optimizer.equals("nesterov");
        double k = nesterov ? 1 + beta : 1;
        double c = nesterov ? beta * beta : beta;
        double[][] want = {
            {1 + lr * k * h[0], lr * k * h[1], lr * c, 0},
            {lr * k * h[1], 1 + lr * k * h[2], 0, lr * c},
            {h[0], h[1], beta, 0},
            {h[1], h[2], 0, beta}};
        assertMatrix(want, map(p, Optimizer.byName(optimizer), lr, beta, t).jacobian(), 1e-6);
    }

    /** At the MLE the heavy ball's eigenvalues are the roots of z^2 - (1 + beta - lr h) z + beta, h = -lambda_i(H). */
    @Test
    void atTheMleTheHeavyBallEigenvaluesAreTheRootsOfItsCharacteristicPolynomial() {
        Parameterization p = Parameterization.MU_SIGMA;
        double[] mle = A.mle();
        double[] t = theta(p, mle[0], mle[1]);
        double[] h = hessian(p, t);
        double lr = 0.1;
        double beta = 0.9;
        UpdateMap.Result r = map(p, Optimizer.MOMENTUM, lr, beta, t);
        assertEquals(4, r.eigenvalues().size());
        for (double curvature : new double[] {-h[0], -h[2]}) {
            double b = 1 + beta - lr * curvature;
            double disc = b * b - 4 * beta;
            // both roots complex here: modulus sqrt(beta), real part b/2
            assertTrue(disc < 0);
            long found = r.eigenvalues().stream().filter(e -> Math.abs(e.re() - b / 2) < 1e-5
                    && Math.abs(Math.abs(e.im()) - Math.sqrt(-disc) / 2) < 1e-5).count();
            assertEquals(2, found, "the pair for h = " + curvature + " in " + r.eigenvalues());
        }
        assertEquals(Math.sqrt(beta), r.spectralRadius(), 1e-5);
    }

    /** "An eigenvalue leaves the unit circle" is exactly section 6's bound: 0.98 and 1.02 times it. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"mu-sigma, gd", "mu-variance, gd", "mu-logsigma, gd", "mu-sigma, momentum", "mu-sigma, nesterov",
        "mu-variance, natural", "mu-logsigma, newton"})
    void theSpectralRadiusCrossesOneAtTheLocalBound(String param, String optimizer) {
        Parameterization p = Parameterization.byName(param);
        double[] mle = A.mle();
        double s = mle[1];
        double bound = org.likelihoodlab.math.StabilityBounds.oneD(p, optimizer, s, s * s, 0.9).local();
        double[] t = theta(p, mle[0], mle[1]);
        assertTrue(map(p, Optimizer.byName(optimizer), 0.98 * bound, 0.9, t).spectralRadius() < 1);
        assertTrue(map(p, Optimizer.byName(optimizer), 1.02 * bound, 0.9, t).spectralRadius() > 1);
    }

    @Test
    void theTwoDMeanCovEigenvaluesAreSectionSixs() {
        Dataset c = TestData.c();
        double[] m = c.moments();
        double[] t = new double[5];
        Parameterization p = Parameterization.MEAN_COV;
        p.model().toTheta(c.mle(), t);
        double lr = 0.1;
        UpdateMap.Result r = UpdateMap.at(p, t, null, Optimizer.GD, Hyper.DEFAULT, lr, UpdateOrder.SIMULTANEOUS, Bug.NONE,
                Safeguards.NONE, m, m);
        double[] l = Eigen2.of(m[2], m[3], m[4]);
        double[] want = {1 - lr / l[0], 1 - lr / l[1], 1 - lr / (2 * l[0] * l[0]), 1 - lr / (2 * l[0] * l[1]),
            1 - lr / (2 * l[1] * l[1])};
        double[] got = r.eigenvalues().stream().mapToDouble(UpdateMap.Eigenvalue::re).toArray();
        Arrays.sort(want);
        Arrays.sort(got);
        for (int i = 0; i < 5; i++) {
            assertEquals(want[i], got[i], 1e-6);
        }
    }

    @Test
    void adaptiveRulesHaveNoFixedMap() {
        double[] mle = A.mle();
        for (Optimizer o : new Optimizer[] {Optimizer.ADAM, Optimizer.ADAGRAD, Optimizer.RMSPROP}) {
            UpdateMap.Result r = map(Parameterization.MU_SIGMA, o, 0.1, 0.9, theta(Parameterization.MU_SIGMA, mle[0],
                    mle[1]));
            assertFalse(r.fixed());
            assertTrue(Double.isNaN(r.spectralRadius()));
        }
    }

    static void assertMatrix(double[][] want, double[][] got, double tol) {
        assertEquals(want.length, got.length);
        for (int i = 0; i < want.length; i++) {
            for (int k = 0; k < want.length; k++) {
                assertEquals(want[i][k], got[i][k], tol * Math.max(1, Math.abs(want[i][k])), "J[" + i + "][" + k + "]");
            }
        }
    }
}
