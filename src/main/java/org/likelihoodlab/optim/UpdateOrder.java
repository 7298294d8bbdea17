package org.likelihoodlab.optim;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Whether an update moves all coordinates from the same point, or first the mean and then the
 * scale from the new mean (math.md section 4).
 */
public enum UpdateOrder {
    SIMULTANEOUS("simultaneous"),
    COORDINATE("coordinate");

    private final String cliName;

    UpdateOrder(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static UpdateOrder byName(String name) {
        return Arrays.stream(values()).filter(o -> o.cliName.equals(name)).findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(UpdateOrder::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
