package org.likelihoodlab.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/** The left panel: run controls, learning rate, true distribution, model and start, grouped. */
final class ControlPanel extends VBox {

    static final double LR_MIN_EXP = -5;
    static final double LR_MAX_EXP = 1;
    static final double SPEED_MAX = 5.5;

    private final LabModel model;
    /** The message under the learning rate (invalid input). */
    final StringProperty lrMessage = new SimpleStringProperty("");
    /** The message for other fields. */
    final StringProperty fieldMessage = new SimpleStringProperty("");
    private boolean syncingLr;
    Button playButton;
    Slider lrSlider;
    TextField lrField;
    Slider speedSlider;

    ControlPanel(LabModel model) {
        this.model = model;
        setId("controlPanel");
        getStyleClass().add("control-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(runGroup(), lrGroup(), truthGroup(), modelGroup(), startGroup());
    }

    private TitledPane group(String title, Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setCollapsible(true);
        p.setAnimated(false);
        return p;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(5);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        return g;
    }

    // ---- run ---- //

    private Node runGroup() {
        playButton = new Button("\u25b6 Play");
        playButton.setId("playButton");
        playButton.setTooltip(new Tooltip("Play or pause the optimizer (Space)"));
        playButton.setOnAction(e -> {
            Snapshot s = model.snapshot();
            if (s != null && s.state() == RunState.RUNNING) {
                model.pause();
            } else {
                model.play();
            }
        });
        Button step = new Button("Step");
        step.setId("stepButton");
        step.setTooltip(new Tooltip("Exactly one update, then pause"));
        step.setOnAction(e -> model.stepOnce());
        Button reset = new Button("Reset");
        reset.setId("resetButton");
        reset.setTooltip(new Tooltip("Back to step 0 with the same data and settings"));
        reset.setOnAction(e -> model.reset());
        HBox buttons = new HBox(6, playButton, step, reset);
        buttons.setAlignment(Pos.CENTER_LEFT);
        model.snapshotProperty().addListener((obs, a, s) -> {
            boolean running = s != null && s.state() == RunState.RUNNING;
            playButton.setText(running ? "\u25ae\u25ae Pause" : "\u25b6 Play");
            boolean canRun = s != null && s.state() != RunState.DIVERGED && s.state() != RunState.FINISHED;
            playButton.setDisable(!canRun);
            step.setDisable(!canRun);
        });

        speedSlider = new Slider(0, SPEED_MAX, SPEED_MAX);
        speedSlider.setId("speedSlider");
        speedSlider.setTooltip(new Tooltip("From 1 step a second (watch each step) to flat out"));
        Label speedLabel = new Label();
        speedLabel.setId("speedLabel");
        speedLabel.setMinWidth(90);
        speedSlider.valueProperty().addListener((obs, a, b) -> {
            double sps = speedOf(b.doubleValue());
            long rounded = Math.round(sps);
            speedLabel.setText(sps == RunWorker.FLAT_OUT ? "flat out" : rounded + (rounded == 1 ? " step/s" : " steps/s"));
            model.setSpeed(sps);
        });
        speedLabel.setText("flat out");
        HBox speed = new HBox(6, new Label("Speed"), speedSlider, speedLabel);
        HBox.setHgrow(speedSlider, Priority.ALWAYS);
        speed.setAlignment(Pos.CENTER_LEFT);

        TextField stepsField = Fields.longField("stepsField", "Steps", model.steps, 0, fieldMessage,
                "Number of updates the run makes before it stops");
        HBox steps = new HBox(6, new Label("Steps"), stepsField);
        steps.setAlignment(Pos.CENTER_LEFT);
        CheckBox ab = new CheckBox("Compare with B:");
        ab.setId("abToggle");
        ab.setTooltip(new Tooltip("Run B beside A on the same data with one change; one play button runs both"));
        ab.selectedProperty().bindBidirectional(model.compare);
        ComboBox<org.likelihoodlab.experiment.Comparison> abChoice = new ComboBox<>(FXCollections.observableArrayList(
                org.likelihoodlab.experiment.Comparison.values()));
        abChoice.setId("abChoice");
        abChoice.setConverter(converter(org.likelihoodlab.experiment.Comparison::label));
        abChoice.setTooltip(new Tooltip("What run B changes (B is drawn dashed)"));
        abChoice.valueProperty().bindBidirectional(model.comparison);
        abChoice.disableProperty().bind(model.compare.not());
        ab.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        abChoice.setPrefWidth(150);
        abChoice.setMinWidth(80);
        HBox abRow = new HBox(6, ab, abChoice);
        abRow.setAlignment(Pos.CENTER_LEFT);
        return group("Run", new VBox(6, buttons, speed, steps, abRow));
    }

    /** Slider position to steps per second: 10^v, flat out at the right end. */
    static double speedOf(double v) {
        return v >= SPEED_MAX - 0.05 ? RunWorker.FLAT_OUT : Math.pow(10, v);
    }

    // ---- learning rate ---- //

    private Node lrGroup() {
        lrSlider = new Slider(LR_MIN_EXP, LR_MAX_EXP, Math.log10(model.lr.get()));
        lrSlider.setId("lrSlider");
        lrSlider.setShowTickMarks(true);
        lrSlider.setShowTickLabels(true);
        lrSlider.setMajorTickUnit(1);
        lrSlider.setMinorTickCount(0);
        lrSlider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                long e = Math.round(v);
                return e == 0 ? "1" : e == 1 ? "10" : "1e" + e;
            }

            @Override
            public Double fromString(String s) {
                return 0.0;
            }
        });
        lrSlider.setTooltip(new Tooltip("Learning rate \u03b1, logarithmic from 1e-5 to 10"));
        lrField = Fields.number("lrField", "Learning rate", model.lr, v -> v >= 1e-5 && v <= 10, "between 1e-5 and 10",
                lrMessage, "The exact learning rate; type a value and press Enter");
        lrSlider.valueProperty().addListener((obs, a, b) -> {
            if (!syncingLr) {
                syncingLr = true;
                model.lr.set(round3(Math.pow(10, b.doubleValue())));
                syncingLr = false;
            }
        });
        model.lr.addListener((obs, a, b) -> {
            if (!syncingLr) {
                syncingLr = true;
                lrSlider.setValue(Math.log10(b.doubleValue()));
                syncingLr = false;
            }
        });
        Label message = new Label();
        message.setId("lrMessage");
        message.getStyleClass().add("error-message");
        message.setWrapText(true);
        message.textProperty().bind(lrMessage);
        message.managedProperty().bind(lrMessage.isNotEmpty());
        message.visibleProperty().bind(lrMessage.isNotEmpty());
        HBox row = new HBox(6, new Label("\u03b1 ="), lrField);
        row.setAlignment(Pos.CENTER_LEFT);
        BoundBands bands = new BoundBands(lrSlider, model);
        Label boundLabel = new Label();
        boundLabel.setId("boundLabel");
        boundLabel.getStyleClass().add("hint");
        boundLabel.setWrapText(true);
        boundLabel.textProperty().bind(bands.description());
        return group("Learning rate \u03b1", new VBox(4, bands, row, boundLabel, message));
    }

    static double round3(double v) {
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(v)));
        return Math.round(v * scale) / scale;
    }

    // ---- truth ---- //

    private Node truthGroup() {
        GridPane g = grid();
        int r = 0;
        r = sliderRow(g, r, "\u03bc\u2081", "trueMu1", model.trueMu1, -5, 5, "True mean (first coordinate)", false);
        r = sliderRow(g, r, "\u03c3\u2081", "trueSigma1", model.trueSigma1, 0.05, 5, "True standard deviation", false);
        r = sliderRow(g, r, "\u03bc\u2082", "trueMu2", model.trueMu2, -5, 5, "True mean, second coordinate (2-D)", true);
        r = sliderRow(g, r, "\u03c3\u2082", "trueSigma2", model.trueSigma2, 0.05, 5,
                "True standard deviation, second coordinate (2-D)", true);
        r = sliderRow(g, r, "\u03c1", "trueRho", model.trueRho, -0.95, 0.95, "True correlation (2-D)", true);
        TextField nField = Fields.integer("nField", "Sample size n", model.n, 2, 10_000_000, fieldMessage,
                "Number of data points sampled from the true distribution");
        g.addRow(r++, new Label("n"), nField);
        TextField seedField = Fields.longField("seedField", "Seed", model.seed, Long.MIN_VALUE, fieldMessage,
                "Random seed of the sample: the same seed gives the same data");
        Button newData = new Button("New data");
        newData.setId("newDataButton");
        newData.setTooltip(new Tooltip("Draw a fresh sample (a new seed) from the true distribution"));
        newData.setOnAction(e -> {
            model.dataFile.set(null);
            model.seed.set(model.seed.get() + 1);
        });
        g.addRow(r++, new Label("seed"), new HBox(6, seedField, newData));
        Label source = new Label();
        source.setId("dataLabel");
        source.setWrapText(true);
        source.getStyleClass().add("hint");
        source.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.dataFile.get() == null
                ? "Data sampled from the true distribution."
                : "Data from " + model.dataFile.get().getFileName() + "; moving a slider samples instead.",
                model.dataFile));
        g.add(source, 0, r, 3, 1);
        return group("True distribution", g);
    }

    private int sliderRow(GridPane g, int row, String label, String id, DoubleProperty value, double min, double max,
            String tip, boolean twoD) {
        Slider s = new Slider(min, max, clamp(value.get(), min, max));
        s.setId(id);
        s.setTooltip(new Tooltip(tip));
        s.setPrefWidth(130);
        Label v = new Label(Fields.format(value.get()));
        v.setMinWidth(48);
        boolean[] guard = {false};
        s.valueProperty().addListener((obs, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                value.set(Math.round(b.doubleValue() * 100) / 100.0);
                guard[0] = false;
            }
        });
        value.addListener((obs, a, b) -> {
            v.setText(Fields.format(b.doubleValue()));
            if (!guard[0]) {
                guard[0] = true;
                s.setValue(clamp(b.doubleValue(), min, max));
                guard[0] = false;
            }
        });
        Label l = new Label(label);
        g.addRow(row, l, s, v);
        if (twoD) {
            for (Node n : new Node[] {l, s, v}) {
                n.visibleProperty().bind(model.dim.isEqualTo(2));
                n.managedProperty().bind(model.dim.isEqualTo(2));
            }
        }
        return row + 1;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ---- model ---- //

    private Node modelGroup() {
        GridPane g = grid();
        ComboBox<Integer> dim = new ComboBox<>(FXCollections.observableArrayList(1, 2));
        dim.setId("dimChoice");
        dim.setConverter(converter(d -> d + "-D"));
        dim.setTooltip(new Tooltip("One-dimensional data, or correlated 2-D data"));
        dim.setValue(model.dim.get());
        dim.valueProperty().addListener((obs, a, b) -> {
            if (b != null) {
                model.dim.set(b);
            }
        });
        model.dim.addListener((obs, a, b) -> dim.setValue(b.intValue()));

        ComboBox<Mode> mode = new ComboBox<>(FXCollections.observableArrayList(Mode.values()));
        mode.setId("modeChoice");
        mode.setConverter(converter(m -> m == Mode.BATCH ? "batch (all points)" : "online (one sample a step)"));
        mode.setTooltip(new Tooltip("batch: the average log-likelihood of all points; online: one point a step"));
        mode.valueProperty().bindBidirectional(model.mode);

        ComboBox<Parameterization> param = new ComboBox<>();
        param.setId("paramChoice");
        param.setConverter(converter(Parameterization::label));
        param.setTooltip(new Tooltip("The coordinates the optimizer moves in: the same Gaussian, different steps"));
        Runnable fillParams = () -> {
            Parameterization keep = model.param.get();
            param.getItems().setAll(java.util.Arrays.stream(Parameterization.values())
                    .filter(p -> p.dim() == model.dim.get()).toList());
            param.setValue(keep.dim() == model.dim.get() ? keep : param.getItems().get(0));
        };
        fillParams.run();
        model.dim.addListener((obs, a, b) -> fillParams.run());
        param.valueProperty().addListener((obs, a, b) -> {
            if (b != null) {
                model.param.set(b);
            }
        });
        model.param.addListener((obs, a, b) -> {
            if (param.getItems().contains(b)) {
                param.setValue(b);
            }
        });

        ComboBox<Optimizer> opt = new ComboBox<>(FXCollections.observableArrayList(Optimizer.values()));
        opt.setId("optimizerChoice");
        opt.setConverter(converter(Optimizer::label));
        opt.setTooltip(new Tooltip("The update rule; applies at once to the running run"));
        opt.valueProperty().bindBidirectional(model.optimizer);

        ComboBox<UpdateOrder> order = new ComboBox<>(FXCollections.observableArrayList(UpdateOrder.values()));
        order.setId("orderChoice");
        order.setConverter(converter(o -> o == UpdateOrder.SIMULTANEOUS ? "simultaneous" : "coordinate (\u03bc first)"));
        order.setTooltip(new Tooltip("Simultaneous: every coordinate from the same point. Coordinate: move \u03bc, "
                + "then the scale from the new \u03bc"));
        order.valueProperty().bindBidirectional(model.order);

        CheckBox typo = new CheckBox("Typo: \u03a3 = \u03b1\u2207 (replace, not update)");
        typo.setId("typoCheck");
        typo.setTooltip(new Tooltip("The forum question's bug: the scale is replaced by \u03b1 times its gradient "
                + "instead of being moved by it"));
        typo.selectedProperty().bindBidirectional(model.typo);

        int r = 0;
        g.addRow(r++, new Label("Dimension"), dim);
        g.addRow(r++, new Label("Mode"), mode);
        g.addRow(r++, new Label("Coordinates"), param);
        g.addRow(r++, new Label("Optimizer"), opt);
        TextField beta = Fields.number("betaField", "\u03b2", model.beta, v -> v >= 0 && v < 1, "in [0, 1)",
                fieldMessage, "Momentum coefficient \u03b2 (PyTorch convention)");
        TextField beta1 = Fields.number("beta1Field", "\u03b2\u2081", model.beta1, v -> v >= 0 && v < 1, "in [0, 1)",
                fieldMessage, "Adam's first-moment decay \u03b2\u2081");
        TextField beta2 = Fields.number("beta2Field", "\u03b2\u2082", model.beta2, v -> v >= 0 && v < 1, "in [0, 1)",
                fieldMessage, "Adam's second-moment decay \u03b2\u2082");
        TextField eps = Fields.number("epsField", "\u03b5", model.eps, v -> v > 0, "> 0", fieldMessage,
                "Adam's \u03b5, added outside the square root");
        GridPane hyper = grid();
        int h = 0;
        h = optionalRow(hyper, h, "\u03b2", beta, Optimizer.MOMENTUM);
        h = optionalRow(hyper, h, "\u03b2\u2081", beta1, Optimizer.ADAM);
        h = optionalRow(hyper, h, "\u03b2\u2082", beta2, Optimizer.ADAM);
        optionalRow(hyper, h, "\u03b5", eps, Optimizer.ADAM);
        // one row that disappears entirely (no empty gap) for the optimizers without settings
        var hasHyper = model.optimizer.isEqualTo(Optimizer.MOMENTUM).or(model.optimizer.isEqualTo(Optimizer.ADAM));
        hyper.visibleProperty().bind(hasHyper);
        hyper.managedProperty().bind(hasHyper);
        g.add(hyper, 0, r++, 2, 1);
        g.addRow(r++, new Label("Order"), order);
        g.add(typo, 0, r++, 2, 1);
        return group("Model and optimizer", g);
    }

    private int optionalRow(GridPane g, int r, String label, TextField f, Optimizer when) {
        Label l = new Label(label);
        g.addRow(r, l, f);
        for (Node n : new Node[] {l, f}) {
            n.visibleProperty().bind(model.optimizer.isEqualTo(when));
            n.managedProperty().bind(model.optimizer.isEqualTo(when));
        }
        return r + 1;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    // ---- start ---- //

    private Node startGroup() {
        GridPane g = grid();
        int r = 0;
        g.addRow(r++, new Label("\u03bc\u2080"), Fields.number("initMu1", "Initial \u03bc", model.initMu1, v -> true,
                "a number", fieldMessage, "Initial mean (first coordinate)"));
        g.addRow(r++, new Label("\u03c3\u2080"), Fields.number("initSigma1", "Initial \u03c3", model.initSigma1,
                v -> v > 0, "> 0", fieldMessage, "Initial standard deviation (> 0)"));
        Node[][] twoD = {
            {new Label("\u03bc\u2080 (2nd)"), Fields.number("initMu2", "Initial \u03bc\u2082", model.initMu2, v -> true,
                "a number", fieldMessage, "Initial mean, second coordinate")},
            {new Label("\u03c3\u2080 (2nd)"), Fields.number("initSigma2", "Initial \u03c3\u2082", model.initSigma2,
                v -> v > 0, "> 0", fieldMessage, "Initial standard deviation, second coordinate")},
            {new Label("\u03c1\u2080"), Fields.number("initRho", "Initial \u03c1", model.initRho, v -> v > -1 && v < 1,
                "between -1 and 1", fieldMessage, "Initial correlation")}};
        for (Node[] row : twoD) {
            g.addRow(r++, row);
            for (Node n : row) {
                n.visibleProperty().bind(model.dim.isEqualTo(2));
                n.managedProperty().bind(model.dim.isEqualTo(2));
            }
        }
        Label message = new Label();
        message.setId("fieldMessage");
        message.getStyleClass().add("error-message");
        message.setWrapText(true);
        message.textProperty().bind(fieldMessage);
        message.managedProperty().bind(fieldMessage.isNotEmpty());
        message.visibleProperty().bind(fieldMessage.isNotEmpty());
        g.add(message, 0, r, 2, 1);
        return group("Start", g);
    }
}
