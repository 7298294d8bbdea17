package org.likelihoodlab.math;

/**
 * The eigenvector of a small real matrix for a known (possibly complex) eigenvalue, by two steps
 * of inverse iteration in complex arithmetic with partial pivoting: the shifted matrix is solved
 * a hair off the eigenvalue, which blows the eigenvector's component up over every other.
 */
public final class EigenVectors {

    private EigenVectors() {
    }

    /**
     * @param a the matrix, n x n (not modified)
     * @param re the eigenvalue's real part
     * @param im its imaginary part
     * @return the eigenvector's components' squared moduli |v_i|^2, normalised to sum 1
     */
    public static double[] weights(double[][] a, double re, double im) {
        int n = a.length;
        double shift = 1e-9 * (1 + Math.hypot(re, im));
        double[] xr = new double[n];
        double[] xi = new double[n];
        for (int i = 0; i < n; i++) {
            xr[i] = 1 + 0.37 * i;
            xi[i] = 0.11 * i;
        }
        for (int iter = 0; iter < 3; iter++) {
            solve(a, re + shift, im, xr, xi);
            normalise(xr, xi);
        }
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = xr[i] * xr[i] + xi[i] * xi[i];
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] = sum > 0 && Double.isFinite(sum) ? w[i] / sum : 1.0 / n;
        }
        return w;
    }

    private static void normalise(double[] xr, double[] xi) {
        double m = 0;
        for (int i = 0; i < xr.length; i++) {
            m = Math.max(m, Math.hypot(xr[i], xi[i]));
        }
        if (m > 0 && Double.isFinite(m)) {
            for (int i = 0; i < xr.length; i++) {
                xr[i] /= m;
                xi[i] /= m;
            }
        }
    }

    /** Solves (A - (sr + i si) I) x = b in place (b in xr, xi), Gaussian elimination with partial pivoting. */
    private static void solve(double[][] a, double sr, double si, double[] xr, double[] xi) {
        int n = a.length;
        double[][] mr = new double[n][n];
        double[][] mi = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mr[i][j] = a[i][j] - (i == j ? sr : 0);
                mi[i][j] = i == j ? -si : 0;
            }
        }
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.hypot(mr[i][k], mi[i][k]) > Math.hypot(mr[p][k], mi[p][k])) {
                    p = i;
                }
            }
            swap(mr, mi, xr, xi, k, p);
            double pr = mr[k][k];
            double pi = mi[k][k];
            double d = pr * pr + pi * pi;
            if (d == 0) {
                pr = 1e-300;
                d = pr * pr;
            }
            for (int i = k + 1; i < n; i++) {
                // f = m[i][k] / m[k][k]
                double fr = (mr[i][k] * pr + mi[i][k] * pi) / d;
                double fi = (mi[i][k] * pr - mr[i][k] * pi) / d;
                for (int j = k; j < n; j++) {
                    mr[i][j] -= fr * mr[k][j] - fi * mi[k][j];
                    mi[i][j] -= fr * mi[k][j] + fi * mr[k][j];
                }
                double br = xr[k];
                double bi = xi[k];
                xr[i] -= fr * br - fi * bi;
                xi[i] -= fr * bi + fi * br;
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            double sr2 = xr[k];
            double si2 = xi[k];
            for (int j = k + 1; j < n; j++) {
                sr2 -= mr[k][j] * xr[j] - mi[k][j] * xi[j];
                si2 -= mr[k][j] * xi[j] + mi[k][j] * xr[j];
            }
            double pr = mr[k][k];
            double pi = mi[k][k];
            double d = pr * pr + pi * pi;
            if (d == 0) {
                pr = 1e-300;
                d = pr * pr;
            }
            xr[k] = (sr2 * pr + si2 * pi) / d;
            xi[k] = (si2 * pr - sr2 * pi) / d;
        }
    }

    private static void swap(double[][] mr, double[][] mi, double[] xr, double[] xi, int a, int b) {
        if (a == b) {
            return;
        }
        double[] t = mr[a];
        mr[a] = mr[b];
        mr[b] = t;
        t = mi[a];
        mi[a] = mi[b];
        mi[b] = t;
        double s = xr[a];
        xr[a] = xr[b];
        xr[b] = s;
        s = xi[a];
        xi[a] = xi[b];
        xi[b] = s;
    }
}
