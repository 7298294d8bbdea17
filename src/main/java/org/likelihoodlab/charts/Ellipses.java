package org.likelihoodlab.charts;

import java.awt.geom.Path2D;

/** Covariance ellipses of 2x2 positive definite matrices, from the closed-form eigen-decomposition. */
public final class Ellipses {

    private Ellipses() {
    }

    /**
     * @return {lambda1, lambda2, angle}: the eigenvalues (lambda1 &ge; lambda2) of
     *     [[s11, s12], [s12, s22]] and the angle (radians) of lambda1's eigenvector to the x axis
     */
    public static double[] eigen(double s11, double s12, double s22) {
        // the smaller eigenvalue as det / larger (Eigen2): mean - root cancels for a badly scaled Sigma
        double[] eig = org.likelihoodlab.math.Eigen2.of(s11, s12, s22);
        double angle = 0.5 * Math.atan2(2 * s12, s11 - s22);
        return new double[] {eig[0], eig[1], angle};
    }

    /**
     * The ellipse {x : (x - mu)' Sigma^-1 (x - mu) = k^2}: semi-axes k*sqrt(lambda_i) along the
     * eigenvectors.
     *
     * @param k how many standard deviations (1 or 2)
     * @return a closed path, or {@code null} if Sigma is not positive definite
     */
    public static Path2D.Double path(double mu1, double mu2, double s11, double s12, double s22, double k,
            int points) {
        double[] e = eigen(s11, s12, s22);
        if (!(e[1] > 0) || !Double.isFinite(e[0])) {
            return null;
        }
        double a = k * Math.sqrt(e[0]);
        double b = k * Math.sqrt(e[1]);
        double cos = Math.cos(e[2]);
        double sin = Math.sin(e[2]);
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i <= points; i++) {
            double t = 2 * Math.PI * i / points;
            double u = a * Math.cos(t);
            double v = b * Math.sin(t);
            double x = mu1 + u * cos - v * sin;
            double y = mu2 + u * sin + v * cos;
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
