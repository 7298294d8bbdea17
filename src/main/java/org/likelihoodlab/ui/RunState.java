package org.likelihoodlab.ui;

/** Where the live run stands, as the status line shows it. */
public enum RunState {
    PAUSED("paused"),
    RUNNING("running"),
    CONVERGED("converged"),
    FINISHED("finished"),
    DIVERGED("diverged");

    private final String text;

    RunState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
