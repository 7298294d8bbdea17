package org.likelihoodlab.experiment;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What each update maximizes (math.md section 1). */
public enum Mode {
    /** The average log-likelihood over all n points; O(1) per update via sufficient statistics. */
    BATCH("batch"),
    /** The log-likelihood of one point a step (B = 1; file order unless another sampling is set). */
    ONLINE("online"),
    /** The average log-likelihood of B points a step (math.md section 9.1). */
    MINIBATCH("minibatch");

    private final String cliName;

    Mode(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Mode byName(String name) {
        return Arrays.stream(values()).filter(m -> m.cliName.equals(name)).findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(Mode::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
