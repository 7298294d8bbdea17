package org.likelihoodlab.math;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The five parameterizations of math.md sections 2 and 3, with their command-line names. */
public enum Parameterization {
    MU_SIGMA("mu-sigma", "(\u03bc, \u03c3)", 1, MuSigma::new),
    MU_VARIANCE("mu-variance", "(\u03bc, \u03c3\u00b2)", 1, MuVariance::new),
    MU_LOGSIGMA("mu-logsigma", "(\u03bc, log \u03c3)", 1, MuLogSigma::new),
    MEAN_COV("mean-cov", "(\u03bc, \u03a3)", 2, MeanCov::new),
    MEAN_CHOLESKY("mean-cholesky", "(\u03bc, Cholesky L)", 2, MeanCholesky::new);

    private final String cliName;
    private final String label;
    private final int dim;
    private final java.util.function.Supplier<GaussianModel> factory;

    Parameterization(String cliName, String label, int dim, java.util.function.Supplier<GaussianModel> factory) {
        this.cliName = cliName;
        this.label = label;
        this.dim = dim;
        this.factory = factory;
    }

    /** @return the name used on the command line and in scenario files, e.g. {@code mu-logsigma} */
    public String cliName() {
        return cliName;
    }

    /** @return a short human label with Greek letters, for the window */
    public String label() {
        return label;
    }

    /**
     * @return a new model instance. Models memoize their last exponential, so each run (and each
     *     thread) uses its own instance.
     */
    public GaussianModel model() {
        return factory.get();
    }

    public int dim() {
        return dim;
    }

    /** @return the parameterization with this command-line name, or {@code null} */
    public static Parameterization byName(String name) {
        for (Parameterization p : values()) {
            if (p.cliName.equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** @return the command-line names, comma separated, for error messages */
    public static String names() {
        return Arrays.stream(values()).map(Parameterization::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
