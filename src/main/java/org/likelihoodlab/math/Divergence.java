package org.likelihoodlab.math;

/** The divergence reasons of math.md section 5, worded exactly as the run command prints them. */
public final class Divergence {
    public static final String NON_FINITE = "non-finite value";
    public static final String SIGMA = "sigma <= 0";
    public static final String VARIANCE = "variance <= 0";
    public static final String NOT_PD = "Sigma not positive definite";

    private Divergence() {
    }

    static boolean finite(double a) {
        return Double.isFinite(a);
    }

    static boolean finite(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b);
    }
}
