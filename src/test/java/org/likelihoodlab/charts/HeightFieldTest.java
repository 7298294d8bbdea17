package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 3-D view's height field against the closed-form log-likelihood. */
class HeightFieldTest {

    /** Data with mean 2 and biased variance 0.25: the MLE is (2, 0.5). */
    private static final double[] MOMENTS = {2, 0.25};
    /** The MLE falls on vertex (60, 60). */
    private static final double[] RANGE = {0.5, 3.5, 0.2, 0.8};
    private static final int N = HeightField.CELLS;

    private static double loglik(double mu, double sigma) {
        return -0.5 * Math.log(2 * Math.PI) - Math.log(sigma) - (0.25 + (2 - mu) * (2 - mu)) / (2 * sigma * sigma);
    }

    private static double mu(int i) {
        return RANGE[0] + i * (RANGE[1] - RANGE[0]) / N;
    }

    private static double sigma(int j) {
        return RANGE[2] + j * (RANGE[3] - RANGE[2]) / N;
    }

    @Test
    void everyVertexSitsAtTheClosedFormLogLikelihoodOfItsPoint() {
        HeightField f = HeightField.of1d(MOMENTS, RANGE);
        float[] p = f.points();
        float[] t = f.texCoords();
        assertEquals(3 * (N + 1) * (N + 1), p.length);
        for (int j = 0; j <= N; j += 7) {
            for (int i = 0; i <= N; i += 5) {
                double l = loglik(mu(i), sigma(j));
                assertEquals(l, f.vertexValue(i, j), 1e-9, "vertex " + i + ", " + j);
                int k = j * (N + 1) + i;
                assertEquals(f.sceneX(mu(i)), p[3 * k], 1e-3);
                assertEquals(f.sceneZ(sigma(j)), p[3 * k + 2], 1e-3);
                double frac = Math.max(0, Math.min(1, (l - f.bottom()) / (f.top() - f.bottom())));
                assertEquals(-HeightField.HEIGHT * frac, p[3 * k + 1], 1e-3, "height of vertex " + i + ", " + j);
                assertEquals(HeightField.texU(frac), t[2 * k], 1e-6, "colour follows the height");
            }
        }
        assertEquals(-HeightField.SIZE / 2, p[0], 1e-4, "the first vertex at the range's corner");
        assertEquals(HeightField.SIZE / 2, p[p.length - 1], 1e-4);
        assertEquals(2 * N * N * 6, f.faces().length, "two triangles a cell");
    }

    @Test
    void theMleIsTheHighestPointAndItsMarkerSitsOnTop() {
        HeightField f = HeightField.of1d(MOMENTS, RANGE);
        assertEquals(loglik(2, 0.5), f.top(), 1e-9, "the top is the MLE's value");
        assertEquals(f.top(), f.vertexValue(60, 60), 1e-12);
        double[] marker = f.onSurface(2, 0.5);
        assertEquals(-HeightField.HEIGHT, marker[1], 1e-9);
        assertEquals(0, marker[0], 1e-9, "in the middle of the range");
        assertEquals(0, marker[2], 1e-9);
        float[] p = f.points();
        for (int k = 1; k < p.length; k += 3) {
            assertTrue(p[k] >= -HeightField.HEIGHT - 1e-4, "no vertex above the MLE");
        }
        // the floor is the heatmap's: its colour range
        double[] colours = SurfaceFigure.colourRange(f.vertexValues());
        assertEquals(colours[0], f.bottom(), 1e-12);
    }

    @Test
    void aPathIsLiftedOntoTheSurfaceAndDecimated() {
        HeightField f = HeightField.of1d(MOMENTS, RANGE);
        int n = 10_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            double s = (double) k / (n - 1);
            xs[k] = 0.8 + 1.2 * s;
            ys[k] = 0.75 - 0.25 * s * s;
        }
        List<double[]> pts = f.lift(xs, ys, 300);
        int kept = pts.size();
        assertTrue(kept <= 301, "decimated: " + kept);
        // a long segment is cut into pieces about a cell long, each on the surface
        assertEquals(9, f.lift(new double[] {0.8, 2.0}, new double[] {0.75, 0.5}, 300).size());
        pts.addAll(f.lift(new double[] {0.8, 2.0}, new double[] {0.75, 0.5}, 300));
        for (double[] q : pts) {
            double mu = RANGE[0] + (q[0] / HeightField.SIZE + 0.5) * (RANGE[1] - RANGE[0]);
            double sigma = RANGE[2] + (q[2] / HeightField.SIZE + 0.5) * (RANGE[3] - RANGE[2]);
            assertEquals(f.sceneY(loglik(mu, sigma)), q[1], 1e-6, "on the surface at " + mu + ", " + sigma);
        }
        double[] first = pts.get(0);
        double[] last = pts.get(kept - 1);
        assertEquals(f.sceneX(0.8), first[0], 1e-9, "the start kept");
        assertEquals(f.sceneX(2.0), last[0], 1e-9, "the current point kept");
        assertEquals(f.sceneZ(0.5), last[2], 1e-9);
    }

    @Test
    void pointsWhereSigmaIsNotPositiveAreLeftOut() {
        HeightField f = HeightField.of1d(MOMENTS, RANGE);
        List<double[]> pts = f.lift(new double[] {1, 1.5, 2}, new double[] {0.5, -0.2, Double.NaN}, 300);
        assertEquals(1, pts.size());
    }

    @Test
    void contoursLieOnTheSurfaceAtTheirLevel() {
        HeightField f = HeightField.of1d(MOMENTS, RANGE);
        List<double[]> segments = f.contours();
        assertFalse(segments.isEmpty());
        java.util.Set<Double> heights = new java.util.HashSet<>();
        for (double l : f.levels()) {
            heights.add(f.sceneY(l));
        }
        for (double[] s : segments) {
            assertTrue(heights.contains(s[1]) && s[1] == s[4], "at one level's height");
            double mu = RANGE[0] + (s[0] / HeightField.SIZE + 0.5) * (RANGE[1] - RANGE[0]);
            double sigma = RANGE[2] + (s[2] / HeightField.SIZE + 0.5) * (RANGE[3] - RANGE[2]);
            // linear interpolation within a cell: close to the closed form's height there
            assertEquals(f.sceneY(loglik(mu, sigma)), s[1], 1.0);
        }
    }

    @Test
    void theMeanSurfaceIsTheBivariateLogLikelihoodAtTheGivenSigma() {
        // moments (m1, m2, c11, c12, c22) and Sigma = [[1, 0.3], [0.3, 0.5]]
        double[] m = {1, -1, 0.8, 0.2, 0.6};
        double s11 = 1;
        double s12 = 0.3;
        double s22 = 0.5;
        double[] range = {-1, 3, -3, 1};
        HeightField f = HeightField.of2d(m, s11, s12, s22, range);
        double det = s11 * s22 - s12 * s12;
        double p11 = s22 / det;
        double p12 = -s12 / det;
        double p22 = s11 / det;
        for (int j = 0; j <= N; j += 30) {
            for (int i = 0; i <= N; i += 30) {
                double x = range[0] + i * 4.0 / N;
                double y = range[2] + j * 4.0 / N;
                double r1 = m[0] - x;
                double r2 = m[1] - y;
                double l = -Math.log(2 * Math.PI) - 0.5 * Math.log(det)
                        - 0.5 * (p11 * (m[2] + r1 * r1) + 2 * p12 * (m[3] + r1 * r2) + p22 * (m[4] + r2 * r2));
                assertEquals(l, f.vertexValue(i, j), 1e-9);
            }
        }
        assertEquals(f.vertexValue(60, 60), f.top(), 1e-12, "the mean's MLE (1, -1) is the top");
        assertFalse(HeightField.of2d(m, 1, 2, 1, range).defined(), "a Sigma that is not positive definite");
    }

    @Test
    void ribbonsAndTexturesAreWellFormed() {
        Ribbon r = Ribbon.of(List.of(new double[] {0, 0, 0, 10, 0, 0}, new double[] {0, -5, 0, 0, -5, 10}), 1, 0.5);
        assertEquals(2, r.segments());
        for (int k = 0; k < r.faces().length; k += 2) {
            assertTrue(r.faces()[k] < r.points().length / 3);
        }
        assertEquals(-0.5f, r.points()[1], 1e-6, "lifted");
        assertEquals(0.5 / HeightField.STRIP, HeightField.texU(0), 1e-12, "the floor at the first pixel's centre");
        assertEquals(1 - 0.5 / HeightField.STRIP, HeightField.texU(1), 1e-12);
        assertEquals(List.of(0.0, 0.5, 1.0, 1.5), java.util.Arrays.stream(HeightField.ticks(-0.1, 1.6, 4)).boxed().toList());
    }
}
