package org.likelihoodlab.charts;

import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.likelihoodlab.math.Surfaces;

/**
 * A log-likelihood surface as a height field for a 3-D view, in scene units and free of any
 * toolkit: the vertices of a square grid over a region of the plane (x right, z away from the
 * viewer, y down as in JavaFX, so a higher value is a more negative y), texture coordinates whose
 * u is the height (a viridis strip matches the heatmap), contour segments and paths lifted onto
 * the surface. Values come from {@link Surfaces} in closed form: O(1) a vertex.
 */
public final class HeightField {

    /** Mesh cells per side. */
    public static final int CELLS = 120;
    /** The width and depth of the field in scene units. */
    public static final double SIZE = 400;
    /** The height of the top above the floor in scene units. */
    public static final double HEIGHT = 180;
    /** Colours on the texture strip the u coordinates index. */
    public static final int STRIP = 256;
    /** Contour levels, spaced as on the heatmap (denser near the top). */
    public static final int LEVELS = 16;

    /** A surface's values over a grid of cell centres, as {@link Surfaces} computes them. */
    @FunctionalInterface
    public interface Grid {
        /** @return values[j * nx + i] at the centres of an nx-by-ny grid over [x0, x1] x [y0, y1] */
        double[] values(double x0, double x1, double y0, double y1, int nx, int ny);
    }

    private final Grid grid;
    private final double[] range;
    private final double[] values;
    private final double bottom;
    private final double top;

    private HeightField(Grid grid, double[] range, boolean heatmapFloor) {
        this.grid = grid;
        this.range = range.clone();
        double dx = (range[1] - range[0]) / CELLS;
        double dy = (range[3] - range[2]) / CELLS;
        // one cell more, shifted half a cell: the centres are the vertices, the first at (x0, y0)
        values = grid.values(range[0] - dx / 2, range[1] + dx / 2, range[2] - dy / 2, range[3] + dy / 2, CELLS + 1,
                CELLS + 1);
        double[] c = heatmapFloor ? SurfaceFigure.colourRange(values) : minMax(values);
        bottom = c[0];
        top = c[1];
    }

    /**
     * ℓ(μ, σ) of 1-D data over {mu0, mu1, sigma0, sigma1}, coloured and floored as the heatmap
     * ({@link SurfaceFigure#colourRange}).
     */
    public static HeightField of1d(double[] moments, double[] range) {
        return new HeightField((x0, x1, y0, y1, nx, ny) -> Surfaces.grid1(moments, Surfaces.Scale.SIGMA, x0, x1, y0,
                y1, nx, ny), range, true);
    }

    /** ℓ(μ₁, μ₂) of 2-D data at a fixed Σ over {x0, x1, y0, y1}, from its lowest to its highest value. */
    public static HeightField of2d(double[] moments, double s11, double s12, double s22, double[] range) {
        return new HeightField((x0, x1, y0, y1, nx, ny) -> Surfaces.grid2(moments, s11, s12, s22, x0, x1, y0, y1, nx,
                ny), range, false);
    }

    private static double[] minMax(double[] v) {
        double[] b = bounds(v);
        return b[0] < b[1] ? b : new double[] {b[1] - 1, b[1]};
    }

    /** @return {lowest, highest} of the values that are not NaN (+inf, -inf when there are none) */
    static double[] bounds(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double a : v) {
            if (!Double.isNaN(a)) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
            }
        }
        return new double[] {lo, hi};
    }

    /** @return false if the surface is undefined everywhere (a Σ that is not positive definite) */
    public boolean defined() {
        return Double.isFinite(top);
    }

    /** @return {x0, x1, y0, y1}, the region shown */
    public double[] range() {
        return range.clone();
    }

    /** @return the value at the floor (the darkest colour) */
    public double bottom() {
        return bottom;
    }

    /** @return the highest value on the grid */
    public double top() {
        return top;
    }

    /** @return the value at vertex (i, j), i along x and j along y, each 0..{@link #CELLS} */
    public double vertexValue(int i, int j) {
        return values[j * (CELLS + 1) + i];
    }

    /** @return the values at the vertices, vertex (i, j) at index j * (CELLS + 1) + i */
    public double[] vertexValues() {
        return values.clone();
    }

    /** @return the surface's value at a point, in closed form (NaN where it is undefined) */
    public double value(double x, double y) {
        double e = 1e-9 * Math.max(1, Math.abs(x));
        double f = 1e-9 * Math.max(1, Math.abs(y));
        return grid.values(x - e, x + e, y - f, y + f, 1, 1)[0];
    }

    /** @return the scene x of a data x */
    public double sceneX(double x) {
        return SIZE * ((x - range[0]) / (range[1] - range[0]) - 0.5);
    }

    /** @return the scene z of a data y */
    public double sceneZ(double y) {
        return SIZE * ((y - range[2]) / (range[3] - range[2]) - 0.5);
    }

    /** @return the scene y of a value: 0 at the floor, -{@link #HEIGHT} at the top; below the floor stays on it */
    public double sceneY(double value) {
        return -HEIGHT * fraction(value);
    }

    /** @return where a value lies between the floor (0) and the top (1), clamped; NaN gives 0 */
    public double fraction(double value) {
        double t = (value - bottom) / (top - bottom);
        return t > 0 ? Math.min(t, 1) : 0;
    }

    /** @return the vertices, {x, y, z} each, vertex (i, j) at index j * (CELLS + 1) + i */
    public float[] points() {
        int n = CELLS + 1;
        float[] p = new float[3 * n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = 3 * (j * n + i);
                p[k] = (float) (SIZE * ((double) i / CELLS - 0.5));
                p[k + 1] = (float) sceneY(vertexValue(i, j));
                p[k + 2] = (float) (SIZE * ((double) j / CELLS - 0.5));
            }
        }
        return p;
    }

    /**
     * @return u on a strip of {@value #STRIP} colours for a height fraction: the centres of its
     *     first and last pixels at 0 and 1, so a filtering renderer never blends the two ends
     */
    public static double texU(double fraction) {
        return (0.5 + (STRIP - 1) * fraction) / STRIP;
    }

    /** @return texture coordinates {u, v} per vertex: u from the height ({@link #texU}), v one half (a 1-pixel-high strip) */
    public float[] texCoords() {
        int n = CELLS + 1;
        float[] t = new float[2 * n * n];
        for (int k = 0; k < n * n; k++) {
            t[2 * k] = (float) texU(fraction(values[k]));
            t[2 * k + 1] = 0.5f;
        }
        return t;
    }

    /**
     * @return two triangles a cell, as JavaFX's {point, texCoord} index pairs (the same index for
     *     both)
     */
    public int[] faces() {
        int n = CELLS + 1;
        int[] f = new int[CELLS * CELLS * 12];
        int k = 0;
        for (int j = 0; j < CELLS; j++) {
            for (int i = 0; i < CELLS; i++) {
                int a = j * n + i;
                int b = a + 1;
                int c = a + n + 1;
                int d = a + n;
                for (int v : new int[] {a, d, c, a, c, b}) {
                    f[k++] = v;
                    f[k++] = v;
                }
            }
        }
        return f;
    }

    /** @return the contour levels drawn on the surface, as on the heatmap: top - (top - bottom) f² */
    public double[] levels() {
        double[] l = new double[LEVELS - 1];
        for (int k = 1; k < LEVELS; k++) {
            double f = (double) k / LEVELS;
            l[k - 1] = top - (top - bottom) * f * f;
        }
        return l;
    }

    /** @return the contour lines as segments {x0, y0, z0, x1, y1, z1} in scene units, lying on the surface */
    public List<double[]> contours() {
        List<double[]> out = new ArrayList<>();
        double dx = (range[1] - range[0]) / CELLS;
        double dy = (range[3] - range[2]) / CELLS;
        double[] c = new double[6];
        for (double level : levels()) {
            PathIterator it = MarchingSquares.contour(values, CELLS + 1, CELLS + 1, range[0], dx, range[2], dy, level)
                    .getPathIterator(null);
            double[] from = null;
            for (; !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                double[] p = {sceneX(c[0]), sceneY(level), sceneZ(c[1])};
                if (type == PathIterator.SEG_LINETO && from != null) {
                    out.add(new double[] {from[0], from[1], from[2], p[0], p[1], p[2]});
                }
                from = p;
            }
        }
        return out;
    }

    /**
     * A path lifted onto the surface: its points (at most {@code maxPoints} of them, evenly
     * chosen, the first and last kept) in scene units at the surface's height there, each segment
     * cut into pieces about a cell long so that it follows the curvature. Points where the
     * surface is undefined (sigma &le; 0 after a divergence) are left out.
     *
     * @return {x, y, z} per point
     */
    public List<double[]> lift(double[] xs, double[] ys, int maxPoints) {
        List<double[]> kept = new ArrayList<>();
        int n = xs.length;
        int stride = Math.max(1, (n + maxPoints - 1) / Math.max(1, maxPoints));
        for (int i = 0; i < n; i += stride) {
            keep(kept, xs[i], ys[i]);
        }
        if (n > 0 && (n - 1) % stride != 0) {
            keep(kept, xs[n - 1], ys[n - 1]);
        }
        List<double[]> out = new ArrayList<>();
        double cell = SIZE / CELLS;
        for (int k = 0; k < kept.size(); k++) {
            double[] b = kept.get(k);
            if (k > 0) {
                double[] a = kept.get(k - 1);
                double len = Math.hypot(sceneX(b[0]) - sceneX(a[0]), sceneZ(b[1]) - sceneZ(a[1]));
                int pieces = (int) Math.min(8, Math.ceil(len / cell));
                for (int p = 1; p < pieces; p++) {
                    double t = (double) p / pieces;
                    out.add(onSurface(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])));
                }
            }
            out.add(onSurface(b[0], b[1]));
        }
        return out;
    }

    private void keep(List<double[]> kept, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y) && !Double.isNaN(value(x, y))) {
            kept.add(new double[] {x, y});
        }
    }

    /** @return the scene point of the surface above a data point */
    public double[] onSurface(double x, double y) {
        return new double[] {sceneX(x), sceneY(value(x, y)), sceneZ(y)};
    }

    /** @return a few round values between lo and hi (inclusive) for tick labels */
    public static double[] ticks(double lo, double hi, int about) {
        double raw = (hi - lo) / Math.max(1, about);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return new double[] {lo};
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        List<Double> t = new ArrayList<>();
        for (double v = Math.ceil(lo / step) * step; v <= hi + 1e-9 * step; v += step) {
            t.add(Math.abs(v) < 1e-12 * step ? 0 : v);
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
