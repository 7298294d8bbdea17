package org.likelihoodlab.charts;

import java.awt.geom.Path2D;

/**
 * Contour lines of a function sampled on a regular grid, by marching squares with linear
 * interpolation along cell edges. Saddle cells are resolved by the cell's centre value. Cells
 * touching a NaN sample are skipped.
 */
public final class MarchingSquares {

    private MarchingSquares() {
    }

    /**
     * @param values samples at grid points: values[j * nx + i] is at (x0 + i*dx, y0 + j*dy)
     * @param level the contour level
     * @return the contour as unconnected segments (moveTo/lineTo pairs) in data coordinates
     */
    public static Path2D.Double contour(double[] values, int nx, int ny, double x0, double dx, double y0, double dy,
            double level) {
        Path2D.Double path = new Path2D.Double();
        double[] px = new double[4];
        double[] py = new double[4];
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                double a = values[j * nx + i];           // (i, j)
                double b = values[j * nx + i + 1];       // (i+1, j)
                double c = values[(j + 1) * nx + i + 1]; // (i+1, j+1)
                double d = values[(j + 1) * nx + i];     // (i, j+1)
                if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
                    continue;
                }
                int code = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                double x = x0 + i * dx;
                double y = y0 + j * dy;
                // crossing points on the four edges: bottom (a-b), right (b-c), top (d-c), left (a-d)
                int k = 0;
                double[] ex = new double[4];
                double[] ey = new double[4];
                boolean[] has = new boolean[4];
                if ((a > level) != (b > level)) {
                    ex[0] = x + dx * t(a, b, level);
                    ey[0] = y;
                    has[0] = true;
                }
                if ((b > level) != (c > level)) {
                    ex[1] = x + dx;
                    ey[1] = y + dy * t(b, c, level);
                    has[1] = true;
                }
                if ((d > level) != (c > level)) {
                    ex[2] = x + dx * t(d, c, level);
                    ey[2] = y + dy;
                    has[2] = true;
                }
                if ((a > level) != (d > level)) {
                    ex[3] = x;
                    ey[3] = y + dy * t(a, d, level);
                    has[3] = true;
                }
                for (int e = 0; e < 4; e++) {
                    if (has[e]) {
                        px[k] = ex[e];
                        py[k] = ey[e];
                        k++;
                    }
                }
                if (k == 2) {
                    path.moveTo(px[0], py[0]);
                    path.lineTo(px[1], py[1]);
                } else if (k == 4) {
                    // saddle: pair the crossings so that the centre's side stays connected
                    boolean centreAbove = (a + b + c + d) / 4 > level;
                    boolean aAbove = a > level;
                    if (centreAbove == aAbove) {
                        // a and c connected through the centre: cut off corners b and d
                        segment(path, ex, ey, 0, 1);
                        segment(path, ex, ey, 2, 3);
                    } else {
                        segment(path, ex, ey, 0, 3);
                        segment(path, ex, ey, 1, 2);
                    }
                }
            }
        }
        return path;
    }

    private static void segment(Path2D.Double p, double[] ex, double[] ey, int u, int v) {
        p.moveTo(ex[u], ey[u]);
        p.lineTo(ex[v], ey[v]);
    }

    private static double t(double from, double to, double level) {
        return (level - from) / (to - from);
    }
}
