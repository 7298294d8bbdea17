package org.likelihoodlab.experiment;

/**
 * A run setting has a bad value. {@link #setting()} is the name shared by the scenario file field
 * and the command-line option ({@code lr} is {@code "lr"} in JSON and {@code --lr} on the command
 * line), so each front end can say where the value came from.
 */
public final class SettingException extends IllegalArgumentException {
    private final String setting;
    private final String problem;

    /**
     * @param setting the setting's name, e.g. {@code "lr"}
     * @param problem what is wrong, e.g. {@code "must be > 0 (was -1.0)"}
     */
    public SettingException(String setting, String problem) {
        super(setting + ": " + problem);
        this.setting = setting;
        this.problem = problem;
    }

    public String setting() {
        return setting;
    }

    public String problem() {
        return problem;
    }
}
