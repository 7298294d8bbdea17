package org.likelihoodlab.math;

/**
 * The axes of a covariance ellipse {x : (x - m)' Σ⁻¹ (x - m) = k²} as handles a user can drag:
 * the end of each axis is m + k √λᵢ uᵢ, with λᵢ, uᵢ Σ's eigenpairs. Moving one end to a point p
 * makes that axis point along p - m with half-length |p - m| and keeps the other axis at right
 * angles with its length, so the new Σ = (|p - m|/k)² u u' + λⱼ v v' is positive definite by
 * construction (the half-length is kept at least a millionth of the other's).
 */
public final class EllipseAxes {

    private EllipseAxes() {
    }

    /**
     * @param k the ellipse's radius in standard deviations (1 for the 1σ ellipse)
     * @return {{x, y} of the major axis' end, {x, y} of the minor axis' end}, or {@code null} if
     *     Σ is not positive definite
     */
    public static double[][] ends(double m1, double m2, double s11, double s12, double s22, double k) {
        double[] l = Eigen2.of(s11, s12, s22);
        if (!(l[1] > 0) || !(s11 > 0)) {
            return null;
        }
        double[] u = direction(s11, s12, s22, l[0]);
        double a = k * Math.sqrt(l[0]);
        double b = k * Math.sqrt(l[1]);
        return new double[][] {{m1 + a * u[0], m2 + a * u[1]}, {m1 - b * u[1], m2 + b * u[0]}};
    }

    /**
     * @param axis 0 for the major axis' end, 1 for the minor's
     * @return the new {s11, s12, s22} with that axis' end at (px, py), or {@code null} if Σ is not
     *     positive definite or p is the centre
     */
    public static double[] withEnd(double m1, double m2, double s11, double s12, double s22, double k, int axis,
            double px, double py) {
        double[] l = Eigen2.of(s11, s12, s22);
        if (!(l[1] > 0) || !(s11 > 0)) {
            return null;
        }
        double dx = px - m1;
        double dy = py - m2;
        double len = Math.hypot(dx, dy);
        if (!(len > 0) || !Double.isFinite(len)) {
            return null;
        }
        double other = l[axis == 0 ? 1 : 0];
        double lambda = Math.max((len / k) * (len / k), 1e-12 * other);
        double ux = dx / len;
        double uy = dy / len;
        // Σ = λ u u' + other v v' with v = (-uy, ux)
        return new double[] {lambda * ux * ux + other * uy * uy, (lambda - other) * ux * uy,
            lambda * uy * uy + other * ux * ux};
    }

    /** A unit eigenvector of Σ for eigenvalue {@code lambda}. */
    static double[] direction(double s11, double s12, double s22, double lambda) {
        // (Σ - λI) u = 0: u ∝ (s12, λ - s11) or (λ - s22, s12), the better conditioned one
        double ax = s12;
        double ay = lambda - s11;
        double bx = lambda - s22;
        double by = s12;
        double na = Math.hypot(ax, ay);
        double nb = Math.hypot(bx, by);
        if (na == 0 && nb == 0) {
            return new double[] {1, 0};
        }
        return na >= nb ? new double[] {ax / na, ay / na} : new double[] {bx / nb, by / nb};
    }
}
