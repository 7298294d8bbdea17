package org.likelihoodlab.optim;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The update rules of math.md sections 4 and 9.3. */
public enum Optimizer {
    GD("gd", "Gradient ascent"),
    MOMENTUM("momentum", "Momentum (heavy ball)"),
    ADAM("adam", "Adam"),
    NATURAL("natural", "Natural gradient (Fisher scoring)"),
    NESTEROV("nesterov", "Nesterov momentum"),
    ADAGRAD("adagrad", "AdaGrad"),
    RMSPROP("rmsprop", "RMSProp"),
    NEWTON("newton", "Newton (exact Hessian, 1-D)");

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

    /** @return true for the rules that rescale each coordinate by its own gradient history (no fixed step map) */
    public boolean adaptive() {
        return this == ADAM || this == ADAGRAD || this == RMSPROP;
    }

    /** @return true for the rules with a momentum buffer (a map on (theta, buf)) */
    public boolean hasMomentum() {
        return this == MOMENTUM || this == NESTEROV;
    }

    /** @return the default eps of the rule (PyTorch): 1e-10 for AdaGrad, 1e-8 otherwise */
    public double defaultEps() {
        return this == ADAGRAD ? 1e-10 : 1e-8;
    }

    @Override
    public String toString() {
        return cliName;
    }
}
