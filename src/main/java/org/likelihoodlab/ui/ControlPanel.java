package org.likelihoodlab.ui;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/**
 * The controller of the left panel, {@code ControlPanel.fxml} (run controls, learning rate, true
 * distribution, model and start): binds its controls to the view model. The layout is the FXML's.
 */
final class ControlPanel {

    /** The speed slider's right end (its max in the FXML): flat out. */
    static final double SPEED_MAX = 5.5;

    /** The message under the learning rate (invalid input). */
    final StringProperty lrMessage = new SimpleStringProperty("");
    /** The message for other fields. */
    final StringProperty fieldMessage = new SimpleStringProperty("");
    private LabModel model;
    private boolean syncingLr;

    @FXML Button playButton;
    @FXML Slider lrSlider;
    @FXML TextField lrField;
    @FXML Slider speedSlider;
    @FXML private VBox controlPanel;
    @FXML private Button stepButton;
    @FXML private Label speedLabel;
    @FXML private TextField stepsField;
    @FXML private Label boundLabel;
    @FXML private Label lrMessageLabel;
    @FXML private Slider trueMu1, trueSigma1, trueMu2, trueSigma2, trueRho;
    @FXML private Label trueMu1Value, trueSigma1Value, trueMu2Value, trueSigma2Value, trueRhoValue;
    @FXML private TextField nField, seedField;
    @FXML private Label dataLabel;
    @FXML private ComboBox<Integer> dimChoice;
    @FXML private ComboBox<Mode> modeChoice;
    @FXML private Label batchLabel;
    @FXML private TextField batchField;
    @FXML private ComboBox<Parameterization> paramChoice;
    @FXML private ComboBox<Optimizer> optimizerChoice;
    @FXML private ComboBox<UpdateOrder> orderChoice;
    @FXML private CheckBox typoCheck;
    @FXML private CheckBox clipCheck;
    @FXML private TextField clipField;
    @FXML private CheckBox armijoCheck;
    @FXML private GridPane hyperGrid;
    @FXML private TextField betaField, beta1Field, beta2Field, rhoField, epsField;
    @FXML private TextField initMu1, initSigma1, initMu2, initSigma2, initRho;
    @FXML private Label fieldMessageLabel;

    /** Binds every control to the model; called once, after the FXML is loaded. */
    void bind(LabModel model) {
        this.model = model;
        bindRun();
        bindLearningRate();
        bindTruth();
        bindModel();
        bindStart();
        StochasticControls.install(model, controlPanel, lrField, fieldMessage);
    }

    // ---- run ---- //

    @FXML
    private void playOrPause() {
        Snapshot s = model.snapshot();
        if (s != null && s.state() == RunState.RUNNING) {
            model.pause();
        } else {
            model.play();
        }
    }

    @FXML
    private void step() {
        model.stepOnce();
    }

    @FXML
    private void reset() {
        model.reset();
    }

    private void bindRun() {
        // one play button drives every run of the race: it plays while any run can move (from its real
        // end, whatever step the timeline shows)
        model.liveSnapshotsProperty().addListener((obs, a, list) -> {
            boolean running = list.stream().anyMatch(s -> s.state() == RunState.RUNNING);
            playButton.setText(running ? "\u25ae\u25ae Pause" : "\u25b6 Play");
            boolean canRun = list.stream().anyMatch(s -> s.state() != RunState.DIVERGED && s.state() != RunState.FINISHED);
            playButton.setDisable(!canRun);
            stepButton.setDisable(!canRun);
        });
        speedSlider.valueProperty().addListener((obs, a, b) -> {
            double sps = speedOf(b.doubleValue());
            long rounded = Math.round(sps);
            speedLabel.setText(sps == RunWorker.FLAT_OUT ? "flat out" : rounded + (rounded == 1 ? " step/s" : " steps/s"));
            model.setSpeed(sps);
        });
        Fields.longField(stepsField, "Steps", model.steps, 0, fieldMessage);
    }

    /** Slider position to steps per second: 10^v, flat out at the right end. */
    static double speedOf(double v) {
        return v >= SPEED_MAX - 0.05 ? RunWorker.FLAT_OUT : Math.pow(10, v);
    }

    // ---- learning rate ---- //

    private void bindLearningRate() {
        lrSlider.setValue(Math.log10(model.lr.get()));
        lrSlider.setLabelFormatter(Converters.powersOfTen());
        Fields.number(lrField, "Learning rate", model.lr, v -> v >= 1e-5 && v <= 10, "between 1e-5 and 10",
                lrMessage);
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
        Visibility.message(lrMessageLabel, lrMessage);
        // the stability bands go behind the slider, where the slider is in the layout
        VBox group = (VBox) lrSlider.getParent();
        int at = group.getChildren().indexOf(lrSlider);
        BoundBands bands = new BoundBands(lrSlider, model);
        group.getChildren().add(at, bands);
        boundLabel.textProperty().bind(bands.description());
    }

    static double round3(double v) {
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(v)));
        return Math.round(v * scale) / scale;
    }

    // ---- truth ---- //

    private void bindTruth() {
        truthSlider(trueMu1, trueMu1Value, model.trueMu1);
        truthSlider(trueSigma1, trueSigma1Value, model.trueSigma1);
        truthSlider(trueMu2, trueMu2Value, model.trueMu2);
        truthSlider(trueSigma2, trueSigma2Value, model.trueSigma2);
        truthSlider(trueRho, trueRhoValue, model.trueRho);
        Visibility.rowsWhen(model.dim.isEqualTo(2), trueMu2, trueSigma2, trueRho);
        Fields.integer(nField, "Sample size n", model.n, 2, 10_000_000, fieldMessage);
        Fields.longField(seedField, "Seed", model.seed, Long.MIN_VALUE, fieldMessage);
        dataLabel.textProperty().bind(Bindings.createStringBinding(() -> model.dataFile.get() == null
                ? "Data sampled from the true distribution."
                : "Data from " + model.dataFile.get().getFileName() + "; moving a slider samples instead.",
                model.dataFile));
    }

    @FXML
    private void newData() {
        model.dataFile.set(null);
        model.seed.set(model.seed.get() + 1);
    }

    /** A slider over a value, rounded to 0.01, with the value shown beside it. */
    private static void truthSlider(Slider s, Label shown, DoubleProperty value) {
        double min = s.getMin();
        double max = s.getMax();
        s.setValue(clamp(value.get(), min, max));
        shown.setText(Fields.format(value.get()));
        boolean[] guard = {false};
        s.valueProperty().addListener((obs, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                value.set(Math.round(b.doubleValue() * 100) / 100.0);
                guard[0] = false;
            }
        });
        value.addListener((obs, a, b) -> {
            shown.setText(Fields.format(b.doubleValue()));
            if (!guard[0]) {
                guard[0] = true;
                s.setValue(clamp(b.doubleValue(), min, max));
                guard[0] = false;
            }
        });
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ---- model ---- //

    private void bindModel() {
        dimChoice.getItems().setAll(1, 2);
        dimChoice.setConverter(Converters.of(d -> d + "-D"));
        dimChoice.setValue(model.dim.get());
        dimChoice.valueProperty().addListener((obs, a, b) -> {
            if (b != null) {
                model.dim.set(b);
            }
        });
        model.dim.addListener((obs, a, b) -> dimChoice.setValue(b.intValue()));

        modeChoice.getItems().setAll(Mode.values());
        modeChoice.setConverter(Converters.of(m -> m == Mode.BATCH ? "batch (all points)"
                : m == Mode.ONLINE ? "online (one sample a step)" : "mini-batch"));
        modeChoice.valueProperty().bindBidirectional(model.mode);
        Fields.integer(batchField, "Batch size", model.batchSize, 1, Integer.MAX_VALUE, fieldMessage);
        var mini = model.mode.isEqualTo(Mode.MINIBATCH);
        for (javafx.scene.Node n : new javafx.scene.Node[] {batchLabel, batchField}) {
            n.visibleProperty().bind(mini);
            n.managedProperty().bind(mini);
        }

        paramChoice.setConverter(Converters.of(Parameterization::label));
        Runnable fillParams = () -> {
            Parameterization keep = model.param.get();
            paramChoice.getItems().setAll(Arrays.stream(Parameterization.values())
                    .filter(p -> p.dim() == model.dim.get()).toList());
            paramChoice.setValue(keep.dim() == model.dim.get() ? keep : paramChoice.getItems().get(0));
        };
        fillParams.run();
        model.dim.addListener((obs, a, b) -> fillParams.run());
        paramChoice.valueProperty().addListener((obs, a, b) -> {
            if (b != null) {
                model.param.set(b);
            }
        });
        model.param.addListener((obs, a, b) -> {
            if (paramChoice.getItems().contains(b)) {
                paramChoice.setValue(b);
            }
        });

        optimizerChoice.getItems().setAll(Optimizer.values());
        optimizerChoice.setConverter(Converters.of(Optimizer::label));
        optimizerChoice.valueProperty().bindBidirectional(model.optimizer);

        orderChoice.getItems().setAll(UpdateOrder.values());
        orderChoice.setConverter(Converters.of(o -> o == UpdateOrder.SIMULTANEOUS ? "simultaneous"
                : "coordinate (\u03bc first)"));
        orderChoice.valueProperty().bindBidirectional(model.order);

        typoCheck.selectedProperty().bindBidirectional(model.typo);
        clipCheck.selectedProperty().bindBidirectional(model.clipOn);
        Fields.number(clipField, "Clip norm", model.clip, v -> v > 0 && Double.isFinite(v), "> 0", fieldMessage);
        clipField.disableProperty().bind(model.clipOn.not());
        armijoCheck.selectedProperty().bindBidirectional(model.armijo);

        Fields.number(betaField, "\u03b2", model.beta, v -> v >= 0 && v < 1, "in [0, 1)", fieldMessage);
        Fields.number(beta1Field, "\u03b2\u2081", model.beta1, v -> v >= 0 && v < 1, "in [0, 1)", fieldMessage);
        Fields.number(beta2Field, "\u03b2\u2082", model.beta2, v -> v >= 0 && v < 1, "in [0, 1)", fieldMessage);
        Fields.number(rhoField, "\u03c1", model.rho, v -> v >= 0 && v < 1, "in [0, 1)", fieldMessage);
        Fields.number(epsField, "\u03b5", model.eps, v -> v > 0, "> 0", fieldMessage);
        var momentum = model.optimizer.isEqualTo(Optimizer.MOMENTUM).or(model.optimizer.isEqualTo(Optimizer.NESTEROV));
        var adam = model.optimizer.isEqualTo(Optimizer.ADAM);
        var rms = model.optimizer.isEqualTo(Optimizer.RMSPROP);
        var withEps = adam.or(rms).or(model.optimizer.isEqualTo(Optimizer.ADAGRAD));
        Visibility.rowsWhen(momentum, betaField);
        Visibility.rowsWhen(adam, beta1Field, beta2Field);
        Visibility.rowsWhen(rms, rhoField);
        Visibility.rowsWhen(withEps, epsField);
        // one row that disappears entirely (no empty gap) for the optimizers without settings
        var hasHyper = momentum.or(withEps);
        hyperGrid.visibleProperty().bind(hasHyper);
        hyperGrid.managedProperty().bind(hasHyper);
    }

    // ---- start ---- //

    private void bindStart() {
        Fields.number(initMu1, "Initial \u03bc", model.initMu1, v -> true, "a number", fieldMessage);
        Fields.number(initSigma1, "Initial \u03c3", model.initSigma1, v -> v > 0, "> 0", fieldMessage);
        Fields.number(initMu2, "Initial \u03bc\u2082", model.initMu2, v -> true, "a number", fieldMessage);
        Fields.number(initSigma2, "Initial \u03c3\u2082", model.initSigma2, v -> v > 0, "> 0", fieldMessage);
        Fields.number(initRho, "Initial \u03c1", model.initRho, v -> v > -1 && v < 1, "between -1 and 1",
                fieldMessage);
        Visibility.rowsWhen(model.dim.isEqualTo(2), initMu2, initSigma2, initRho);
        Visibility.message(fieldMessageLabel, fieldMessage);
    }
}
