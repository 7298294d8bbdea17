package org.likelihoodlab.ui;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.likelihoodlab.experiment.Schedule;
import org.likelihoodlab.experiment.SettingException;

/**
 * The learning-rate schedule's controls (math.md 9.2): a choice of the schedule and fields for its
 * parameters (TAU; K and GAMMA; T and FLOOR), over the schedule's text in {@link LabSettings}
 * ({@code inv:2000}). A new kind starts with parameters fitted to the run's length; a parameter
 * the scenario refuses puts the old schedule back, and these controls show it.
 */
final class ScheduleControls {

    private final LabModel model;
    private final StringProperty message;
    private final ComboBox<Schedule.Kind> kind = new ComboBox<>();
    private final TextField scheduleA = new TextField();
    private final TextField scheduleB = new TextField();
    private final Label labelA = new Label();
    private final Label labelB = new Label();
    private boolean syncing;

    ScheduleControls(LabModel model, StringProperty message) {
        this.model = model;
        this.message = message;
        kind.setId("scheduleChoice");
        kind.getItems().setAll(Schedule.Kind.values());
        kind.setConverter(Converters.of(ScheduleControls::kindLabel));
        kind.setTooltip(new Tooltip("lr\u2096 = \u03b1\u00b7f(k): constant, 1/(1 + t/\u03c4), 1/\u221a(1 + t/\u03c4), "
                + "\u03b3^\u230at/K\u230b, or a cosine to a floor"));
        scheduleA.setId("scheduleA");
        scheduleB.setId("scheduleB");
        scheduleA.setPrefColumnCount(6);
        scheduleB.setPrefColumnCount(5);
        bindSchedule();
    }

    /** @return the choice of schedule */
    ComboBox<Schedule.Kind> choice() {
        return kind;
    }

    /** @return the row of parameter fields */
    HBox parameters() {
        HBox params = new HBox(6, labelA, scheduleA, labelB, scheduleB);
        params.setAlignment(Pos.CENTER_LEFT);
        return params;
    }

    private void bindSchedule() {
        show(model.schedule.get());
        model.schedule.addListener((o, a, b) -> show(b));
        kind.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && a != b) {
                model.schedule.set(defaults(b));
            }
        });
        for (TextField f : new TextField[] {scheduleA, scheduleB}) {
            f.setOnAction(e -> commitSchedule());
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    commitSchedule();
                }
            });
        }
    }

    private void commitSchedule() {
        if (syncing || kind.getValue() == null) {
            return;
        }
        String a = scheduleA.getText().strip();
        String b = scheduleB.getText().strip();
        String text;
        switch (kind.getValue()) {
            case INV:
                text = "inv:" + a;
                break;
            case INVSQRT:
                text = "invsqrt:" + a;
                break;
            case STEP:
                text = "step:" + a + ":" + b;
                break;
            case COSINE:
                text = "cosine:" + a + (b.isEmpty() ? "" : ":" + b);
                break;
            default:
                text = "const";
        }
        if (!text.equals(model.schedule.get())) {
            message.set("");
            model.schedule.set(text);
        }
    }

    /** Shows a schedule in the choice and its parameter fields. */
    private void show(String text) {
        Schedule s;
        try {
            s = Schedule.parse(text);
        } catch (SettingException e) {
            return;   // refused: the settings put the old schedule back, and this shows it
        }
        syncing = true;
        kind.setValue(s.kind());
        String[] parts = s.toString().split(":");
        boolean hasA = s.kind() != Schedule.Kind.CONST;
        boolean hasB = s.kind() == Schedule.Kind.STEP || s.kind() == Schedule.Kind.COSINE;
        labelA.setText(s.kind() == Schedule.Kind.STEP ? "K =" : s.kind() == Schedule.Kind.COSINE ? "T =" : "\u03c4 =");
        labelB.setText(s.kind() == Schedule.Kind.STEP ? "\u03b3 =" : "floor =");
        scheduleA.setText(hasA ? parts[1] : "");
        scheduleB.setText(hasB ? (parts.length > 2 ? parts[2] : "0") : "");
        for (Node n : new Node[] {labelA, scheduleA}) {
            n.setVisible(hasA);
            n.setManaged(hasA);
        }
        for (Node n : new Node[] {labelB, scheduleB}) {
            n.setVisible(hasB);
            n.setManaged(hasB);
        }
        scheduleA.setTooltip(new Tooltip(s.kind() == Schedule.Kind.STEP ? "K: the updates between steps down (whole, ≥ 1)"
                : s.kind() == Schedule.Kind.COSINE ? "T: the updates of the cosine (whole, ≥ 1)"
                : "τ: the updates at which lrₖ has fallen to α/2 (inv) or α/√2 (invsqrt); > 0"));
        scheduleB.setTooltip(new Tooltip(s.kind() == Schedule.Kind.STEP ? "γ: the factor at each step down, in (0, 1]"
                : "floor: the rate the cosine ends at, 0 ≤ floor ≤ α"));
        syncing = false;
    }

    /** A fresh schedule of a kind, with parameters fitted to the run's length. */
    private String defaults(Schedule.Kind k) {
        long steps = Math.max(1, model.steps.get());
        switch (k) {
            case INV:
                return "inv:" + Math.max(1, steps / 10);
            case INVSQRT:
                return "invsqrt:" + Math.max(1, steps / 10);
            case STEP:
                return "step:" + Math.max(1, steps / 4) + ":0.5";
            case COSINE:
                return "cosine:" + steps;
            default:
                return "const";
        }
    }


    private static String kindLabel(Schedule.Kind k) {
        switch (k) {
            case INV:
                return "1/t: α/(1 + t/τ)";
            case INVSQRT:
                return "1/√t: α/√(1 + t/τ)";
            case STEP:
                return "step: α·γ^⌊t/K⌋";
            case COSINE:
                return "cosine to a floor over T";
            default:
                return "constant α";
        }
    }

}
