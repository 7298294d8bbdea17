package org.likelihoodlab.math;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.likelihoodlab.TestData;

/**
 * Natural-gradient steps against solving F d = g with the per-sample Fisher matrices of math.md,
 * and those Fisher matrices against minus the Hessian of the average log-likelihood at the MLE
 * (where the two coincide), by finite differences of the gradient.
 */
class NaturalGradientTest {

    /** Per-sample Fisher information in true-partial coordinates (math.md sections 2-3). */
    static double[][] fisher(Parameterization p, double[] theta) {
        switch (p) {
            case MU_SIGMA: {
                double s = theta[1];
                return new double[][] {{1 / (s * s), 0}, {0, 2 / (s * s)}};
            }
            case MU_VARIANCE: {
                double v = theta[1];
                return new double[][] {{1 / v, 0}, {0, 1 / (2 * v * v)}};
            }
            case MU_LOGSIGMA: {
                double sigma = Math.exp(theta[1]);
                return new double[][] {{1 / (sigma * sigma), 0}, {0, 2}};
            }
            case MEAN_COV: {
                double det = theta[2] * theta[4] - theta[3] * theta[3];
                double p11 = theta[4] / det;
                double p12 = -theta[3] / det;
                double p22 = theta[2] / det;
                double[][] f = new double[5][5];
                f[0][0] = p11;
                f[0][1] = p12;
                f[1][0] = p12;
                f[1][1] = p22;
                double[][] q = {
                    {p11 * p11, 2 * p11 * p12, p12 * p12},
                    {2 * p11 * p12, 2 * (p11 * p22 + p12 * p12), 2 * p12 * p22},
                    {p12 * p12, 2 * p12 * p22, p22 * p22}};
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        f[2 + i][2 + j] = 0.5 * q[i][j];
                    }
                }
                return f;
            }
            case MEAN_CHOLESKY: {
                double l11 = Math.exp(theta[2]);
                double l22 = Math.exp(theta[3]);
                double c = theta[4];
                double s11 = l11 * l11;
                double s12 = l11 * c;
                double s22 = c * c + l22 * l22;
                double det = s11 * s22 - s12 * s12;
                double[][] f = new double[5][5];
                f[0][0] = s22 / det;
                f[0][1] = -s12 / det;
                f[1][0] = -s12 / det;
                f[1][1] = s11 / det;
                double k = 1 / (l22 * l22);
                f[2][2] = 2 + c * c * k;
                f[2][4] = -c * k;
                f[4][2] = -c * k;
                f[3][3] = 2;
                f[4][4] = k;
                return f;
            }
            default:
                throw new IllegalArgumentException();
        }
    }

    static double relErr(double[] a, double[] b) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.length; i++) {
            num = Math.max(num, Math.abs(a[i] - b[i]));
            den = Math.max(den, Math.abs(b[i]));
        }
        return num / Math.max(den, 1e-12);
    }

    @ParameterizedTest
    @EnumSource(Parameterization.class)
    void naturalStepSolvesFisherSystem(Parameterization p) {
        GaussianModel m = p.model();
        Random rnd = new Random(3);
        double[] batch = (p.dim() == 1 ? TestData.a() : TestData.c()).moments();
        for (double[] theta : GradientTest.states(p, rnd)) {
            for (double[] mom : new double[][] {batch, p.dim() == 1 ? new double[] {0.7, 0}
                : new double[] {0.7, -0.2, 0, 0, 0}}) {
                double[] g = new double[m.size()];
                double[] d = new double[m.size()];
                m.gradient(theta, mom, g);
                m.naturalDirection(theta, mom, g, d);
                RealMatrix f = new Array2DRowRealMatrix(fisher(p, theta));
                double[] expected = new LUDecomposition(f).getSolver()
                        .solve(new ArrayRealVector(GradientTest.truePartials(p, g))).toArray();
                assertTrue(relErr(d, expected) < 1e-10, p + ": natural step " + java.util.Arrays.toString(d)
                        + " vs solve(F, g) " + java.util.Arrays.toString(expected));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Parameterization.class)
    void fisherIsMinusHessianAtTheMle(Parameterization p) {
        GaussianModel m = p.model();
        double[] mom = (p.dim() == 1 ? TestData.a() : TestData.c()).moments();
        double[] mle = p.dim() == 1 ? new double[] {mom[0], Math.sqrt(mom[1])} : mom.clone();
        double[] theta = new double[m.size()];
        m.toTheta(mle, theta);
        double[][] f = fisher(p, theta);
        int n = m.size();
        for (int j = 0; j < n; j++) {
            double h = 1e-6 * Math.max(1, Math.abs(theta[j]));
            double[] a = theta.clone();
            double[] b = theta.clone();
            a[j] += h;
            b[j] -= h;
            double[] ga = new double[n];
            double[] gb = new double[n];
            m.gradient(a, mom, ga);
            m.gradient(b, mom, gb);
            ga = GradientTest.truePartials(p, ga);
            gb = GradientTest.truePartials(p, gb);
            for (int i = 0; i < n; i++) {
                double hess = (ga[i] - gb[i]) / (2 * h);
                assertTrue(Math.abs(hess + f[i][j]) < 1e-5 * Math.max(1, Math.abs(f[i][j])),
                        p + ": H[" + i + "][" + j + "] = " + hess + " but -F = " + (-f[i][j]));
            }
        }
    }
}
