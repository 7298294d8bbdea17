package org.likelihoodlab.optim;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The update rules of math.md section 4. */
public enum Optimizer {
    GD("gd", "Gradient ascent"),
    MOMENTUM("momentum", "Momentum (heavy ball)"),
    ADAM("adam", "Adam"),
    NATURAL("natural", "Natural gradient (Fisher scoring)");

    private final String cliName;
    private final String label;

    Optimizer(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    /** @return the optimizer with this command-line name, or {@code null} */
    public static Optimizer byName(String name) {
        return Arrays.stream(values()).filter(o -> o.cliName.equals(name)).findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(Optimizer::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
