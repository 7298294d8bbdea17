package org.likelihoodlab.ui;

import java.util.function.DoublePredicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * Text fields for numbers: a value is taken on Enter or when the field loses focus; invalid text
 * is refused with a message naming the field and the rule, the old value is kept and shown again.
 */
final class Fields {

    static final String INVALID = "invalid";

    private Fields() {
    }

    /** Formats a double compactly but exactly enough to type back (up to 6 significant digits). */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return strip(parts[0]) + "e" + Integer.parseInt(parts[1]);
        }
        return strip(s);
    }

    private static String strip(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * @param id the node id
     * @param label how messages name the field
     * @param rule a description of the valid range, e.g. {@code "> 0"}
     */
    static TextField number(String id, String label, DoubleProperty value, DoublePredicate valid, String rule,
            StringProperty message, String tip) {
        TextField f = field(id, tip);
        number(f, label, value, valid, rule, message);
        return f;
    }

    /** Makes a field of the layout (FXML) a number field over the value (the same rules as above). */
    static void number(TextField f, String label, DoubleProperty value, DoublePredicate valid, String rule,
            StringProperty message) {
        f.setText(format(value.get()));
        value.addListener((obs, a, b) -> {
            if (!f.isFocused() || !f.getText().equals(format(b.doubleValue()))) {
                f.setText(format(b.doubleValue()));
                f.getStyleClass().remove(INVALID);
            }
        });
        Runnable commit = () -> {
            String t = f.getText().strip();
            double v;
            try {
                v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                refuse(f, message, label + ": '" + t + "' is not a number; kept " + format(value.get()), value.get());
                return;
            }
            if (!Double.isFinite(v) || !valid.test(v)) {
                refuse(f, message, label + " must be " + rule + " (was " + t + "); kept " + format(value.get()),
                        value.get());
                return;
            }
            f.getStyleClass().remove(INVALID);
            message.set("");
            value.set(v);
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
    }

    /** An integer field over an int property, between min and max. */
    static TextField integer(String id, String label, IntegerProperty value, int min, int max, StringProperty message,
            String tip) {
        TextField f = field(id, tip);
        integer(f, label, value, min, max, message);
        return f;
    }

    /** Makes a field of the layout (FXML) an integer field over an int property, between min and max. */
    static void integer(TextField f, String label, IntegerProperty value, int min, int max, StringProperty message) {
        whole(f, label, value, v -> value.set((int) v), min, max, message);
    }

    /** A whole-number field over a long property, at least min. */
    static TextField longField(String id, String label, LongProperty value, long min, StringProperty message,
            String tip) {
        TextField f = field(id, tip);
        longField(f, label, value, min, message);
        return f;
    }

    /** Makes a field of the layout (FXML) a whole-number field over a long property, at least min. */
    static void longField(TextField f, String label, LongProperty value, long min, StringProperty message) {
        whole(f, label, value, value::set, min, Long.MAX_VALUE, message);
    }

    /** A field made in code: 7 columns wide, with its id and tooltip (an FXML field has them from the FXML). */
    private static TextField field(String id, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(7);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    /** The shared whole-number field: commit on Enter or focus loss, refuse and keep the old value. */
    private static void whole(TextField f, String label, javafx.beans.value.ObservableValue<? extends Number> value,
            java.util.function.LongConsumer set, long min, long max, StringProperty message) {
        f.setText(Long.toString(value.getValue().longValue()));
        value.addListener((obs, a, b) -> f.setText(Long.toString(b.longValue())));
        Runnable commit = () -> {
            String t = f.getText().strip();
            long old = value.getValue().longValue();
            try {
                long v = Long.parseLong(t);
                if (v < min || v > max) {
                    String range = max == Long.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
                    refuse(f, message, label + " must be " + range + " (was " + t + "); kept " + old, old);
                    return;
                }
                f.getStyleClass().remove(INVALID);
                message.set("");
                set.accept(v);
            } catch (NumberFormatException e) {
                refuse(f, message, label + ": '" + t + "' is not a whole number; kept " + old, old);
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
    }

    private static void refuse(TextField f, StringProperty message, String text, Number old) {
        message.set(text);
        if (!f.getStyleClass().contains(INVALID)) {
            f.getStyleClass().add(INVALID);
        }
        f.setText(old instanceof Double d ? format(d) : old.toString());
        f.selectAll();
        tellBeside(f, text);
    }

    /** The key under which a field keeps the tip that says, beside it, why its text was refused. */
    static final String REFUSAL_TIP = "likelihoodlab.refusalTip";

    /**
     * Says beside the field (just under it, for a few seconds) why its text was refused, so the
     * message is seen where the typing was, not at the bottom of a group that may be scrolled away.
     */
    private static void tellBeside(TextField f, String text) {
        javafx.geometry.Bounds b = f.getScene() == null ? null : f.localToScreen(f.getBoundsInLocal());
        if (b == null) {
            return;
        }
        javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) f.getProperties().computeIfAbsent(REFUSAL_TIP,
                k -> {
                    javafx.scene.control.Tooltip t = new javafx.scene.control.Tooltip();
                    t.getStyleClass().add("refusal-tip");
                    t.setAutoHide(true);
                    t.setWrapText(true);
                    t.setMaxWidth(360);
                    return t;
                });
        tip.setText(text);
        tip.show(f, b.getMinX(), b.getMaxY() + 2);
        javafx.animation.PauseTransition hide = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
        hide.setOnFinished(e -> {
            if (text.equals(tip.getText())) {
                tip.hide();
            }
        });
        hide.play();
    }
}
