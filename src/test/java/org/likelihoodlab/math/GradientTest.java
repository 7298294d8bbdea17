package org.likelihoodlab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.likelihoodlab.TestData;

/**
 * Every parameterization's gradient against central finite differences of its own objective,
 * for the whole data set (batch) and for single samples (online).
 */
class GradientTest {

    static double[][] states(Parameterization p, Random rnd) {
        double[][] out = new double[12][];
        for (int k = 0; k < out.length; k++) {
            double[] reported = p.dim() == 1
                    ? new double[] {rnd.nextGaussian() * 2, 0.2 + 2 * rnd.nextDouble()}
                    : randomPd(rnd);
            double[] theta = new double[p.model().size()];
            p.model().toTheta(reported, theta);
            out[k] = theta;
        }
        return out;
    }

    static double[] randomPd(Random rnd) {
        double s1 = 0.4 + rnd.nextDouble() * 1.5;
        double s2 = 0.4 + rnd.nextDouble() * 1.5;
        double rho = -0.8 + 1.6 * rnd.nextDouble();
        return new double[] {rnd.nextGaussian(), rnd.nextGaussian(), s1 * s1, rho * s1 * s2, s2 * s2};
    }

    /**
     * The true partial derivatives from the model's gradient: for mean-cov the off-diagonal
     * entry s12 occupies two places in Sigma, so d l / d s12 = 2 * G12 (math.md section 3).
     */
    static double[] truePartials(Parameterization p, double[] g) {
        double[] t = g.clone();
        if (p == Parameterization.MEAN_COV) {
            t[3] = 2 * g[3];
        }
        return t;
    }

    static double fd(GaussianModel m, double[] theta, double[] mom, int i) {
        double h = 1e-5 * Math.max(1, Math.abs(theta[i]));
        double[] a = theta.clone();
        double[] b = theta.clone();
        a[i] += h;
        b[i] -= h;
        return (m.logLik(a, mom) - m.logLik(b, mom)) / (2 * h);
    }

    static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(1e-2, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) / scale < 1e-6,
                what + ": finite difference " + expected + " vs analytic " + actual);
    }

    @ParameterizedTest
    @EnumSource(Parameterization.class)
    void batchGradientMatchesFiniteDifferences(Parameterization p) {
        GaussianModel m = p.model();
        double[] mom = (p.dim() == 1 ? TestData.a() : TestData.c()).moments();
        Random rnd = new Random(1);
        for (double[] theta : states(p, rnd)) {
            double[] g = new double[m.size()];
            m.gradient(theta, mom, g);
            double[] t = truePartials(p, g);
            for (int i = 0; i < m.size(); i++) {
                assertClose(fd(m, theta, mom, i), t[i], p + " batch d/dtheta" + i);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Parameterization.class)
    void singleSampleGradientMatchesFiniteDifferences(Parameterization p) {
        GaussianModel m = p.model();
        Random rnd = new Random(2);
        for (double[] theta : states(p, rnd)) {
            double[] mom = p.dim() == 1 ? new double[] {rnd.nextGaussian() * 2, 0}
                    : new double[] {rnd.nextGaussian(), rnd.nextGaussian(), 0, 0, 0};
            double[] g = new double[m.size()];
            m.gradient(theta, mom, g);
            double[] t = truePartials(p, g);
            for (int i = 0; i < m.size(); i++) {
                assertClose(fd(m, theta, mom, i), t[i], p + " one sample d/dtheta" + i);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Parameterization.class)
    void logLikOfOneSampleIsTheLogDensity(Parameterization p) {
        GaussianModel m = p.model();
        double[] theta = new double[m.size()];
        if (p.dim() == 1) {
            m.toTheta(new double[] {0.5, 1.7}, theta);
            double x = -0.3;
            double expected = -0.5 * Math.log(2 * Math.PI) - Math.log(1.7) - (x - 0.5) * (x - 0.5) / (2 * 1.7 * 1.7);
            assertEquals(expected, m.logLik(theta, new double[] {x, 0}), 1e-14);
        } else {
            m.toTheta(new double[] {0.5, -1, 2, 0.6, 1}, theta);
            double r1 = 1.5;
            double r2 = 0.5;
            double det = 2 * 1 - 0.36;
            double quad = (1 * r1 * r1 - 2 * 0.6 * r1 * r2 + 2 * r2 * r2) / det;
            double expected = -Math.log(2 * Math.PI) - 0.5 * Math.log(det) - 0.5 * quad;
            assertEquals(expected, m.logLik(theta, new double[] {2, -0.5, 0, 0, 0}), 1e-13);
        }
    }

    @ParameterizedTest
    @EnumSource(Parameterization.class)
    void thetaRoundTripsTheReportedParameters(Parameterization p) {
        GaussianModel m = p.model();
        double[] reported = p.dim() == 1 ? new double[] {-1.5, 0.7} : new double[] {1, 2, 1.3, -0.4, 0.6};
        double[] theta = new double[m.size()];
        double[] back = new double[m.size()];
        m.toTheta(reported, theta);
        m.toReported(theta, back);
        for (int i = 0; i < reported.length; i++) {
            assertEquals(reported[i], back[i], 1e-14);
        }
    }
}
