package org.likelihoodlab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.likelihoodlab.charts.MapAxes;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Diagnosis;
import org.likelihoodlab.experiment.MapAxis;

/**
 * One axis of the stability map in the window: which setting, from, to, how many values and log
 * or linear spacing. Choosing a setting fills in a range that suits the run on screen (around the
 * bound for the learning rate, a decade either side of s for &sigma;<sub>0</sub>, ...).
 */
final class MapAxisControls extends HBox {

    final ComboBox<MapAxis.Setting> setting = new ComboBox<>(FXCollections.observableArrayList(MapAxis.Setting.values()));
    final DoubleProperty from = new SimpleDoubleProperty(1e-3);
    final DoubleProperty to = new SimpleDoubleProperty(3);
    final IntegerProperty count = new SimpleIntegerProperty(64);
    final BooleanProperty log = new SimpleBooleanProperty(true);

    /** @param name "x" or "y": the ids are e.g. {@code mapXSetting}, {@code mapXFrom} */
    MapAxisControls(String name, MapAxis.Setting initial, StringProperty message) {
        super(6);
        String p = "map" + name.toUpperCase(java.util.Locale.ROOT);
        setting.setId(p + "Setting");
        setting.setValue(initial);
        setting.setConverter(new StringConverter<>() {
            @Override
            public String toString(MapAxis.Setting s) {
                return s == null ? "" : MapAxes.label(s);
            }

            @Override
            public MapAxis.Setting fromString(String s) {
                return null;
            }
        });
        setting.setTooltip(new Tooltip("The setting this axis varies"));
        TextField f = Fields.number(p + "From", name + " from", from, v -> true, "a number", message,
                "The first value (both ends are included)");
        TextField t = Fields.number(p + "To", name + " to", to, v -> true, "a number", message, "The last value");
        TextField c = Fields.integer(p + "Count", name + " values", count, 2, MapAxis.MAX_COUNT, message,
                "How many values, 2 to " + MapAxis.MAX_COUNT);
        f.setPrefColumnCount(6);
        t.setPrefColumnCount(6);
        c.setPrefColumnCount(3);
        CheckBox l = new CheckBox("log");
        l.setId(p + "Log");
        l.selectedProperty().bindBidirectional(log);
        l.setTooltip(new Tooltip("Space the values evenly in log instead of linearly"));
        Label title = new Label(name);
        title.setMinWidth(12);
        getChildren().addAll(title, setting, new Label("from"), f, new Label("to"), t, new Label("values"), c, l);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** @return the axis, or throws IllegalArgumentException with a message naming what is wrong */
    MapAxis axis() {
        return new MapAxis(setting.getValue(), from.get(), to.get(), count.get(), log.get());
    }

    /** Fills in a range for the chosen setting that suits the run on screen. */
    void suggest(Snapshot shown) {
        if (shown == null) {
            return;
        }
        double[] m = shown.data().moments();
        double s = Math.sqrt(shown.dim() == 1 ? m[1] : Math.min(m[2], m[4]));
        double mean = m[0];
        switch (setting.getValue()) {
            case LR:
                double b = Diagnosis.boundAtMle(shown.scenario(), shown.data()).local();
                double c = Double.isFinite(b) ? b : shown.lr();
                set(c / 200, c * 20, true);
                break;
            case BETA:
            case BETA1:
                set(0, 0.99, false);
                break;
            case BETA2:
                set(0.9, 0.9999, false);
                break;
            case SIGMA0:
                set(s / 10, s * 10, true);
                break;
            case MU0:
                set(mean - 5 * s, mean + 5 * s, false);
                break;
            case BATCH:
                set(1, shown.data().n(), true);
                break;
            default:
                double n = shown.scenario().data() instanceof DataSource.Sampled sd ? sd.n() : shown.data().n();
                set(Math.max(2, n / 100), Math.max(10, n * 10), true);
        }
    }

    /** @return v to three significant digits, whatever its sign (0 stays 0) */
    static double round3(double v) {
        return v == 0 || !Double.isFinite(v) ? v : Math.signum(v) * ControlPanel.round3(Math.abs(v));
    }

    private void set(double a, double b, boolean logSpaced) {
        from.set(round3(a));
        to.set(round3(b));
        log.set(logSpaced);
    }
}
