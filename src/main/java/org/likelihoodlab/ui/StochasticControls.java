package org.likelihoodlab.ui;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Sampling;

/**
 * The stochastic settings of the left panel (math.md 9.1-9.4), built in code: the mini-batch size
 * on a logarithmic slider from 1 to n, the sample order and its seed, the learning-rate schedule
 * ({@link ScheduleControls}), the warm-up and Polyak-Ruppert averaging; and lr_k under the base α.
 * Each control edits one property of {@link LabSettings}; a value the scenario refuses snaps back
 * with the message in the status line.
 */
final class StochasticControls {

    private final LabModel model;
    private final StringProperty message;
    private final Slider batchSlider = new Slider(0, 3, 1);
    private final Label batchValue = new Label();
    private boolean syncing;

    private StochasticControls(LabModel model, StringProperty message) {
        this.model = model;
        this.message = message;
    }

    /**
     * Builds the pane and puts it after the "Model and optimizer" pane of the panel, and lr_k
     * beside the learning-rate field.
     *
     * @param message where field messages go (the panel's field message)
     */
    static TitledPane install(LabModel model, javafx.scene.layout.VBox panel, TextField lrField, StringProperty message) {
        StochasticControls c = new StochasticControls(model, message);
        TitledPane pane = c.pane();
        int at = panel.getChildren().size();
        for (int i = 0; i < panel.getChildren().size(); i++) {
            if (panel.getChildren().get(i) instanceof TitledPane t && t.getText().startsWith("Model")) {
                at = i + 1;
            }
        }
        panel.getChildren().add(at, pane);
        // lr_k goes on its own line under the alpha field: beside it the field would be squeezed
        javafx.scene.Parent row = lrField.getParent();
        javafx.scene.layout.VBox group = (javafx.scene.layout.VBox) row.getParent();
        group.getChildren().add(group.getChildren().indexOf(row) + 1, c.lrNow());
        group.getChildren().add(group.getChildren().indexOf(row) + 2, c.lrChart());
        return pane;
    }

    private TitledPane pane() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(5);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(first);

        batchSlider.setId("batchSlider");
        batchSlider.setTooltip(new Tooltip("Mini-batch size B, logarithmic from 1 to n"));
        batchSlider.setPrefWidth(130);
        batchValue.setId("batchSliderValue");
        batchValue.setMinWidth(48);
        bindBatchSlider();
        g.addRow(0, new Label("B"), batchSlider, batchValue);

        ComboBox<Sampling> sampling = new ComboBox<>();
        sampling.setId("samplingChoice");
        sampling.getItems().setAll(Sampling.values());
        sampling.setConverter(Converters.of(StochasticControls::samplingLabel));
        sampling.valueProperty().bindBidirectional(model.sampling);
        sampling.setTooltip(new Tooltip("Where each update's points come from: the file's order cycled, "
                + "shuffled epochs, draws with replacement, or fresh draws from the true distribution"));
        g.add(new Label("Sample order"), 0, 1);
        g.add(sampling, 1, 1, 2, 1);

        TextField seed = new TextField();
        seed.setId("samplingSeedField");
        seed.setPrefColumnCount(7);
        seed.setPromptText("data's seed");
        seed.setTooltip(new Tooltip("SplitMix64 seed of the sample order (empty: the data's seed, 0 for a file)"));
        textField(seed, model.samplingSeed);
        g.addRow(2, new Label("Order seed"), seed);

        ScheduleControls schedule = new ScheduleControls(model, message);
        g.add(new Label("Schedule"), 0, 3);
        g.add(schedule.choice(), 1, 3, 2, 1);
        g.add(schedule.parameters(), 0, 4, 3, 1);

        TextField warmup = Fields.longField("warmupField", "Warm-up W", model.warmup, 0, message,
                "Warm-up: lrₖ is scaled by min(1, k/W) for the first W updates (0: none)");
        g.addRow(5, new Label("Warm-up W"), warmup);

        CheckBox average = new CheckBox("Average after B\u2080 =");
        average.setId("averageCheck");
        average.setTooltip(new Tooltip("Polyak–Ruppert: the running mean of the iterates after B₀ updates, "
                + "drawn dashed; the run itself is unchanged"));
        average.selectedProperty().bindBidirectional(model.averageOn);
        TextField from = Fields.longField("averageFromField", "Averaging B\u2080", model.averageFrom, 0, message,
                "Burn-in B₀: the updates before the average starts");
        from.setPrefColumnCount(6);
        from.disableProperty().bind(model.averageOn.not());
        HBox avgRow = new HBox(6, average, from);
        avgRow.setAlignment(Pos.CENTER_LEFT);
        g.add(avgRow, 0, 6, 3, 1);

        BooleanBinding stochastic = model.mode.isNotEqualTo(Mode.BATCH);
        Visibility.rowsWhen(model.mode.isEqualTo(Mode.MINIBATCH), batchSlider);
        Visibility.rowsWhen(stochastic, sampling, seed);
        TitledPane pane = new TitledPane("Sample order, schedule, averaging", g);
        pane.setId("stochasticPane");
        pane.setAnimated(false);
        return pane;
    }

    /** The small chart of lr_k against step, while the run has a schedule. */
    private ScheduleSparkline lrChart() {
        ScheduleSparkline chart = new ScheduleSparkline();
        model.snapshotProperty().addListener((obs, a, s) -> {
            boolean on = s != null && s.stochastic() != null && s.stochastic().scheduled();
            chart.setVisible(on);
            chart.setManaged(on);
            if (on) {
                chart.show(s.scenario(), s.step());
            }
        });
        chart.setVisible(false);
        chart.setManaged(false);
        return chart;
    }

    /** lr_k of the last update beside the base α, while the run has a schedule. */
    private Label lrNow() {
        Label l = new Label();
        l.setId("lrNowLabel");
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        model.snapshotProperty().addListener((obs, a, s) -> {
            boolean on = s != null && s.stochastic() != null && s.stochastic().scheduled();
            l.setVisible(on);
            l.setManaged(on);
            if (on) {
                l.setText("lr\u2096 = " + Fields.format(s.stochastic().lrNow()) + " at step " + s.step() + " (schedule "
                        + s.scenario().schedule() + (s.scenario().warmup() > 0 ? ", warm-up " + s.scenario().warmup() : "")
                        + ")");
            }
        });
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }

    // ---- batch size ---- //

    private void bindBatchSlider() {
        Runnable range = () -> {
            int n = currentN();
            syncing = true;
            batchSlider.setMax(Math.log10(Math.max(2, n)));
            batchSlider.setValue(Math.log10(Math.max(1, Math.min(n, model.batchSize.get()))));
            syncing = false;
        };
        range.run();
        model.n.addListener((o, a, b) -> range.run());
        model.snapshotProperty().addListener((o, a, b) -> {
            if (b != null && (a == null || a.data() != b.data())) {
                range.run();
            }
        });
        batchValue.setText(Integer.toString(model.batchSize.get()));
        model.batchSize.addListener((o, a, b) -> {
            batchValue.setText(Integer.toString(b.intValue()));
            if (!syncing) {
                syncing = true;
                batchSlider.setValue(Math.log10(b.intValue()));
                syncing = false;
            }
        });
        batchSlider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                int v = (int) Math.max(1, Math.min(currentN(), Math.round(Math.pow(10, b.doubleValue()))));
                batchValue.setText(Integer.toString(v));
                if (!batchSlider.isValueChanging()) {
                    model.batchSize.set(v);
                }
                syncing = false;
            }
        });
        // dragging shows B; the run restarts once, when the knob is let go
        batchSlider.valueChangingProperty().addListener((o, was, is) -> {
            if (!is) {
                model.batchSize.set((int) Math.max(1, Math.min(currentN(),
                        Math.round(Math.pow(10, batchSlider.getValue())))));
            }
        });
    }

    private int currentN() {
        if (model.toScenario() != null && model.toScenario().data() instanceof DataSource.Sampled d) {
            return d.n();
        }
        Snapshot s = model.snapshot();
        return s != null ? s.data().n() : model.n.get();
    }

    /** A text field over a string property: taken on Enter or focus loss. */
    private static void textField(TextField f, StringProperty value) {
        f.setText(value.get());
        value.addListener((o, a, b) -> f.setText(b));
        Runnable commit = () -> value.set(f.getText().strip());
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
    }

    private static String samplingLabel(Sampling s) {
        switch (s) {
            case SHUFFLE:
                return "shuffled epochs";
            case REPLACE:
                return "with replacement";
            case STREAM:
                return "fresh draws from the truth";
            default:
                return "file order, cycled";
        }
    }

}
