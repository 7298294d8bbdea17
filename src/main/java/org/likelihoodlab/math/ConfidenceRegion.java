package org.likelihoodlab.math;

/**
 * The 95 % confidence regions of (&mu;, &sigma;) for 1-D data with mean x&#772;, biased variance
 * s&sup2; and n points, and the standard errors: the curvature of the average log-likelihood at
 * the MLE that bounds the learning rate (math.md section 6) is the per-sample Fisher information,
 * and the same number sets how wide the region is.
 * <ul>
 * <li>Likelihood ratio: {&theta; : &ell;(&theta;) &ge; &ell;&#770; &minus; q/(2n)} with
 *     q = &chi;&sup2;<sub>2</sub>(0.95) = &minus;2 ln 0.05, for the <em>average</em> log-likelihood
 *     &ell; (2n(&ell;&#770; &minus; &ell;) is the deviance). Its boundary in closed form: for each
 *     &sigma;, (x&#772; &minus; &mu;)&sup2; = 2&sigma;&sup2;(&ell;&#770; + &frac12; log 2&pi; &minus;
 *     q/(2n) + log(1/&sigma;)) &minus; s&sup2;. The same set in every coordinate system.</li>
 * <li>Wald: the ellipse n &Delta;&theta;&prime; F &Delta;&theta; = q with F the per-sample Fisher
 *     information at the MLE in the chosen coordinates ((&mu;, &sigma;): diag(1/s&sup2;, 2/s&sup2;);
 *     (&mu;, v): diag(1/v, 1/(2v&sup2;)); (&mu;, log &sigma;): diag(1/s&sup2;, 2)), so it depends on the
 *     coordinates where the likelihood-ratio region does not.</li>
 * </ul>
 */
public final class ConfidenceRegion {

    /** &chi;&sup2; with 2 degrees of freedom, its 95 % quantile: &minus;2 ln 0.05 = 5.9915. */
    public static final double CHI2_2_95 = -2 * Math.log(0.05);

    /** Points along each half of a boundary. */
    static final int POINTS = 200;

    private ConfidenceRegion() {
    }

    /** @return {SE(&mu;&#770;), SE(&sigma;&#770;)} = {s/&radic;n, s/&radic;(2n)} (from the Fisher information) */
    public static double[] standardErrors(double s2, int n) {
        double s = Math.sqrt(s2);
        return new double[] {s / Math.sqrt(n), s / Math.sqrt(2.0 * n)};
    }

    /**
     * @return the likelihood-ratio region's boundary as a closed polygon {&mu;[], &sigma;[]}
     */
    public static double[][] likelihoodRatio(double xbar, double s2, int n) {
        double s = Math.sqrt(s2);
        double drop = CHI2_2_95 / (2.0 * n);
        // g(sigma) = (x-bar - mu)^2 on the boundary; g(s) = s^2 q/n > 0, and g < 0 far enough either side
        double lo = root(s2, drop, s * 1e-3, s);
        double hi = root(s2, drop, s * 1e3, s);
        double[] mu = new double[2 * POINTS];
        double[] sigma = new double[2 * POINTS];
        for (int i = 0; i < POINTS; i++) {
            double sg = lo * Math.pow(hi / lo, (double) i / (POINTS - 1));
            double w = Math.sqrt(Math.max(0, g(sg, s2, drop)));
            mu[i] = xbar + w;
            sigma[i] = sg;
            mu[2 * POINTS - 1 - i] = xbar - w;
            sigma[2 * POINTS - 1 - i] = sg;
        }
        return new double[][] {mu, sigma};
    }

    /**
     * (x&#772; &minus; &mu;)&sup2; on the boundary at &sigma;: from &minus;log &sigma; &minus; (s&sup2; + d&sup2;)/(2&sigma;&sup2;)
     * = &minus;log s &minus; &frac12; &minus; drop, d&sup2; = 2&sigma;&sup2;(&frac12; + drop &minus; &frac12; log(&sigma;&sup2;/s&sup2;)) &minus; s&sup2;.
     */
    static double g(double sigma, double s2, double drop) {
        return 2 * sigma * sigma * (0.5 + drop - 0.5 * Math.log(sigma * sigma / s2)) - s2;
    }

    /** Bisection between a point where g &lt; 0 (far) and the MLE's &sigma; where g &gt; 0. */
    private static double root(double s2, double drop, double far, double near) {
        double a = far;
        double b = near;
        for (int i = 0; i < 200; i++) {
            double m = Math.sqrt(a * b);
            if (g(m, s2, drop) > 0) {
                b = m;
            } else {
                a = m;
            }
        }
        return 0.5 * (a + b);
    }

    /**
     * @param coordinate the scale coordinate the ellipse is an ellipse in
     * @return the Wald ellipse as a closed polygon {&mu;[], &sigma;[]} (drawn in &sigma;; in the chosen
     *     coordinate it is an ellipse)
     */
    public static double[][] wald(double xbar, double s2, int n, Surfaces.Scale coordinate) {
        double s = Math.sqrt(s2);
        double aMu = s * Math.sqrt(CHI2_2_95 / n);
        double q0;
        double aQ;
        switch (coordinate) {
            case VARIANCE:
                q0 = s2;
                aQ = s2 * Math.sqrt(2 * CHI2_2_95 / n);
                break;
            case LOG_SIGMA:
                q0 = Math.log(s);
                aQ = Math.sqrt(CHI2_2_95 / (2.0 * n));
                break;
            default:
                q0 = s;
                aQ = s * Math.sqrt(CHI2_2_95 / (2.0 * n));
        }
        double[] mu = new double[2 * POINTS];
        double[] sigma = new double[2 * POINTS];
        for (int i = 0; i < 2 * POINTS; i++) {
            double t = 2 * Math.PI * i / (2 * POINTS - 1);
            mu[i] = xbar + aMu * Math.cos(t);
            sigma[i] = coordinate.sigma(q0 + aQ * Math.sin(t));
        }
        return new double[][] {mu, sigma};
    }
}
