package org.likelihoodlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The status line: step, parameters, log-likelihood, speed and the run's state. */
final class StatusBar extends HBox {

    private final Label values = new Label();
    private final Label state = new Label();
    private final Label message = new Label();

    StatusBar(LabModel model) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setSpacing(16);
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        values.setId("statusLabel");
        state.setId("stateLabel");
        state.getStyleClass().add("state");
        state.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setId("modelMessage");
        message.getStyleClass().add("error-message");
        message.textProperty().bind(model.messageProperty());
        HBox.setHgrow(values, Priority.ALWAYS);
        values.setMaxWidth(Double.MAX_VALUE);
        Label info = new Label();
        info.setId("modelInfo");
        info.textProperty().bind(model.infoProperty());
        getChildren().addAll(state, values, info, message);
        if (model.executor() instanceof FxTaskExecutor fx) {
            getChildren().add(taskProgress(fx));
        }
        model.snapshotProperty().addListener((obs, a, s) -> show(s, model.timeline()));
        // in a race the selected run may be shown at its own end while the timeline moves
        model.timeline().shownProperty().addListener((obs, a, b) -> show(model.snapshot(), model.timeline()));
    }

    private void show(Snapshot s, Timeline timeline) {
        if (s == null) {
            return;
        }
        values.setText(describe(s));
        // at an earlier step of the history the line says which, and that the run is paused
        state.setText(timeline.shownProperty().get() != null ? timeline.viewing()
                + (s.state() == RunState.DIVERGED ? ", " + stateText(s) : outcome(s)) : stateText(s));
        state.getStyleClass().removeAll("diverged", "converged", "running");
        if (s.state() == RunState.DIVERGED) {
            state.getStyleClass().add("diverged");
        } else if (s.state() == RunState.CONVERGED) {
            state.getStyleClass().add("converged");
        } else if (s.state() == RunState.RUNNING) {
            state.getStyleClass().add("running");
        }
    }

    /** A progress bar, the task's title and a Cancel button while background work runs. */
    private static HBox taskProgress(FxTaskExecutor fx) {
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("taskProgress");
        bar.setPrefWidth(120);
        Label title = new Label();
        title.setId("taskTitle");
        javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
        cancel.setId("taskCancel");
        HBox box = new HBox(6, title, bar, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setVisible(false);
        box.setManaged(false);
        fx.activeProperty().addListener((o, a, task) -> {
            bar.progressProperty().unbind();
            title.textProperty().unbind();
            box.setVisible(task != null);
            box.setManaged(task != null);
            if (task != null) {
                bar.progressProperty().bind(task.progressProperty());
                title.textProperty().bind(task.messageProperty());
                cancel.setOnAction(e -> task.cancel(true));
            }
        });
        return box;
    }

    static String stateText(Snapshot s) {
        switch (s.state()) {
            case DIVERGED:
                return "diverged at step " + s.divergedAt() + ": " + s.reason();
            case CONVERGED:
                return "converged at step " + s.convergedAt();
            case FINISHED:
                return "finished " + s.scenario().steps() + " steps" + outcome(s);
            case PAUSED:
                return s.state().text() + outcome(s);
            default:
                return s.state().text();
        }
    }

    /** The classifier's word for a run that is not simply on its way (", oscillating"), or "". */
    private static String outcome(Snapshot s) {
        switch (s.verdict().outcome()) {
            case CONVERGED:
                return ", converged since step " + s.convergedAt();
            case OSCILLATING:
            case CRAWLING:
                return ", " + s.verdict().outcome().cliName();
            default:
                return "";
        }
    }

    static String describe(Snapshot s) {
        double[] p = s.reported();
        StringBuilder b = new StringBuilder();
        b.append("step ").append(s.step()).append("   ");
        if (s.dim() == 1) {
            b.append("\u03bc = ").append(num(p[0])).append("   \u03c3 = ").append(num(p[1]));
        } else {
            b.append("\u03bc = (").append(num(p[0])).append(", ").append(num(p[1])).append(")   \u03a3 = [")
                    .append(num(p[2])).append(", ").append(num(p[3])).append("; ").append(num(p[3])).append(", ")
                    .append(num(p[4])).append("]");
        }
        b.append("   \u2113 = ").append(num(s.logLik()));
        b.append("   \u03b1 = ").append(Fields.format(s.lr()));
        b.append("   ").append(rate(s.stepsPerSecond()));
        b.append(StochasticStatus.describe(s));
        return b.toString();
    }

    static String num(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        return a >= 1e5 || a < 1e-3 ? String.format(java.util.Locale.ROOT, "%.4e", v)
                : String.format(java.util.Locale.ROOT, "%.6f", v);
    }

    static String rate(double sps) {
        if (sps <= 0) {
            return "0 steps/s";
        }
        if (sps >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.1fM steps/s", sps / 1e6);
        }
        if (sps >= 1e4) {
            return String.format(java.util.Locale.ROOT, "%.0fk steps/s", sps / 1e3);
        }
        return String.format(java.util.Locale.ROOT, "%.0f steps/s", sps);
    }
}
