package org.likelihoodlab.optim;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A deliberate mistake in the update, kept as an explicit rule so that the classic broken run can
 * be reproduced and explained.
 */
public enum Bug {
    /** The correct update {@code q <- q + lr*d}. */
    NONE("none"),
    /**
     * The forum question's typo {@code Sigma = lr*grad}: the scale coordinates are replaced by
     * {@code lr*d} instead of being updated; the mean is still updated correctly.
     */
    ASSIGN("assign");

    private final String cliName;

    Bug(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Bug byName(String name) {
        return Arrays.stream(values()).filter(b -> b.cliName.equals(name)).findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(Bug::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
