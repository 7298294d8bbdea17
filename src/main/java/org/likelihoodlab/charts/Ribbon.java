package org.likelihoodlab.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Line segments in 3-D as one triangle mesh (toolkit free): each segment becomes two thin quads
 * crossing along it, one lying flat and one standing up, so a line reads from above and from the
 * side alike, whatever the view. Thousands of contour segments are then one mesh, not thousands
 * of nodes.
 *
 * @param points {x, y, z} per vertex
 * @param faces JavaFX {point, texCoord} index pairs, three a triangle (one texture coordinate, 0)
 */
public record Ribbon(float[] points, int[] faces) {

    /**
     * @param segments {x0, y0, z0, x1, y1, z1} each, in scene units (y down)
     * @param halfWidth half the line's width
     * @param lift how far above the given points (towards -y) the line is drawn, so it is not hidden
     *     in the surface it lies on
     */
    public static Ribbon of(List<double[]> segments, double halfWidth, double lift) {
        float[] p = new float[segments.size() * 8 * 3];
        int[] f = new int[segments.size() * 4 * 6];
        int pk = 0;
        int fk = 0;
        int v = 0;
        for (double[] s : segments) {
            double dx = s[3] - s[0];
            double dz = s[5] - s[2];
            double len = Math.hypot(dx, dz);
            // flat quad: across the segment in the horizontal plane
            double nx = len > 0 ? -dz / len * halfWidth : halfWidth;
            double nz = len > 0 ? dx / len * halfWidth : 0;
            double y0 = s[1] - lift;
            double y1 = s[4] - lift;
            double[][] corners = {
                {s[0] + nx, y0, s[2] + nz}, {s[0] - nx, y0, s[2] - nz}, {s[3] - nx, y1, s[5] - nz}, {s[3] + nx, y1, s[5] + nz},
                // standing quad: the same segment, widened up and down
                {s[0], y0 - halfWidth, s[2]}, {s[0], y0 + halfWidth, s[2]}, {s[3], y1 + halfWidth, s[5]}, {s[3], y1 - halfWidth, s[5]},
            };
            for (double[] c : corners) {
                p[pk++] = (float) c[0];
                p[pk++] = (float) c[1];
                p[pk++] = (float) c[2];
            }
            for (int q = 0; q < 2; q++) {
                int a = v + 4 * q;
                for (int i : new int[] {a, a + 1, a + 2, a, a + 2, a + 3}) {
                    f[fk++] = i;
                    f[fk++] = 0;
                }
            }
            v += 8;
        }
        return new Ribbon(p, f);
    }

    /** @return the segments joining consecutive points of a polyline */
    public static List<double[]> polyline(List<double[]> points) {
        List<double[]> out = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            out.add(new double[] {a[0], a[1], a[2], b[0], b[1], b[2]});
        }
        return out;
    }

    /** @return the number of segments drawn */
    public int segments() {
        return points.length / 24;
    }
}
