package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.math.Surfaces;

/** Marching squares, ellipses and the surface grid against closed forms. */
class GeometryTest {

    static List<double[]> points(Path2D p) {
        List<double[]> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = p.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
                out.add(new double[] {c[0], c[1]});
            }
        }
        return out;
    }

    @Test
    void contoursOfACircularBowlAreCircles() {
        int n = 201;
        double[] v = new double[n * n];
        double x0 = -2;
        double d = 4.0 / (n - 1);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double x = x0 + i * d;
                double y = x0 + j * d;
                v[j * n + i] = x * x + y * y;
            }
        }
        for (double r : new double[] {0.5, 1, 1.7}) {
            List<double[]> pts = points(MarchingSquares.contour(v, n, n, x0, d, x0, d, r * r));
            assertTrue(pts.size() > 50);
            for (double[] p : pts) {
                // linear interpolation of a quadratic: error below d^2
                assertEquals(r, Math.hypot(p[0], p[1]), d * d + 1e-12);
            }
        }
    }

    @Test
    void contoursOfAPlaneAreStraightLines() {
        int nx = 30;
        int ny = 20;
        double[] v = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                v[j * nx + i] = 2 * i + 3 * j;   // level set 2x + 3y = c, exact under linear interpolation
            }
        }
        List<double[]> pts = points(MarchingSquares.contour(v, nx, ny, 0, 1, 0, 1, 30.5));
        assertTrue(pts.size() > 10);
        for (double[] p : pts) {
            assertEquals(30.5, 2 * p[0] + 3 * p[1], 1e-9);
        }
    }

    @Test
    void nanCellsAreSkippedAndFlatGridsGiveNothing() {
        double[] v = {Double.NaN, 1, 2, 3};
        assertTrue(points(MarchingSquares.contour(v, 2, 2, 0, 1, 0, 1, 1.5)).isEmpty());
        double[] flat = new double[16];
        assertTrue(points(MarchingSquares.contour(flat, 4, 4, 0, 1, 0, 1, 0.5)).isEmpty());
    }

    @Test
    void ellipseAxesMatchTheEigenDecomposition() {
        double[][] sigmas = {{1, 0.6, 0.8}, {2, -0.9, 1}, {0.3, 0, 1.5}, {1, 0, 1}};
        for (double[] s : sigmas) {
            EigenDecomposition ed = new EigenDecomposition(new Array2DRowRealMatrix(new double[][] {{s[0], s[1]},
                {s[1], s[2]}}));
            double[] e = Ellipses.eigen(s[0], s[1], s[2]);
            double l1 = Math.max(ed.getRealEigenvalue(0), ed.getRealEigenvalue(1));
            double l2 = Math.min(ed.getRealEigenvalue(0), ed.getRealEigenvalue(1));
            assertEquals(l1, e[0], 1e-12);
            assertEquals(l2, e[1], 1e-12);
            // every point of the 2-sigma ellipse has Mahalanobis distance 2, the farthest is 2 sqrt(l1)
            double det = s[0] * s[2] - s[1] * s[1];
            double far = 0;
            for (double[] p : points(Ellipses.path(1, -1, s[0], s[1], s[2], 2, 360))) {
                double x = p[0] - 1;
                double y = p[1] + 1;
                double m = (s[2] * x * x - 2 * s[1] * x * y + s[0] * y * y) / det;
                assertEquals(4, m, 1e-9);
                far = Math.max(far, Math.hypot(x, y));
            }
            assertEquals(2 * Math.sqrt(l1), far, 1e-3);
        }
        assertNull(Ellipses.path(0, 0, 1, 2, 1, 1, 36), "not positive definite: no ellipse");
    }

    @Test
    void surfaceMaximumCellIsAtTheMle() {
        Dataset a = TestData.a();
        double[] mle = a.mle();
        for (Surfaces.Scale scale : Surfaces.Scale.values()) {
            double q0 = scale.of(0.2);
            double q1 = scale.of(1.5);
            int nx = 400;
            int ny = 400;
            double[] g = Surfaces.grid1(a.moments(), scale, 0, 4, q0, q1, nx, ny);
            int best = 0;
            for (int k = 1; k < g.length; k++) {
                if (g[k] > g[best]) {
                    best = k;
                }
            }
            double mu = 0 + (best % nx + 0.5) * 4.0 / nx;
            double q = q0 + (best / nx + 0.5) * (q1 - q0) / ny;
            assertEquals(mle[0], mu, 4.0 / nx, scale + " mu");
            assertEquals(scale.of(mle[1]), q, (q1 - q0) / ny, scale + " scale");
            // and a cell's value is the reported log-likelihood there
            double sigma = scale.sigma(q);
            double expected = -0.5 * Math.log(2 * Math.PI) - Math.log(sigma)
                    - (a.moments()[1] + (mle[0] - mu) * (mle[0] - mu)) / (2 * sigma * sigma);
            assertEquals(expected, g[best], 1e-12);
        }
    }

    @Test
    void twoDimensionalMeanSurfacePeaksAtTheSampleMean() {
        Dataset c = TestData.c();
        double[] m = c.moments();
        int n = 300;
        double[] g = Surfaces.grid2(m, 1, 0.5, 1, -1, 3, -3, 1, n, n);
        int best = 0;
        for (int k = 1; k < g.length; k++) {
            if (g[k] > g[best]) {
                best = k;
            }
        }
        assertEquals(m[0], -1 + (best % n + 0.5) * 4.0 / n, 4.0 / n);
        assertEquals(m[1], -3 + (best / n + 0.5) * 4.0 / n, 4.0 / n);
    }
}
