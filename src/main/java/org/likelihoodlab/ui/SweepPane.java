package org.likelihoodlab.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ui.RectangleEdge;
import org.likelihoodlab.charts.SweepFigure;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Diagnosis;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.Sweep;
import org.likelihoodlab.experiment.Outcome;

/**
 * The sweep view: the current settings at K log-spaced learning rates, run in the background on
 * all cores with a progress bar; the chart marks the outcomes, the diverged region and the bound;
 * clicking a point runs that learning rate in the window.
 */
final class SweepPane extends VBox {

    private final LabModel model;
    private final SweepFigure figure = new SweepFigure();
    private final ImageView view = new ImageView();
    private final Pane cell = new Pane(view);
    private final ProgressBar progress = new ProgressBar(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty from = new SimpleDoubleProperty(0.001);
    private final DoubleProperty to = new SimpleDoubleProperty(3);
    private final IntegerProperty count = new SimpleIntegerProperty(40);
    /** Sampling seeds per learning rate (stochastic runs; 1: one run each, the plain sweep). */
    private final IntegerProperty repeats = new SimpleIntegerProperty(1);
    private final org.likelihoodlab.charts.RepeatedSweepFigure repeatedFigure =
            new org.likelihoodlab.charts.RepeatedSweepFigure();
    /** Which figure the last sweep filled. */
    private boolean showingRepeated;
    private final Button run = new Button("Run sweep");
    private ChartRenderingInfo info = new ChartRenderingInfo();
    private boolean running;
    private TaskExecutor.Handle handle;

    SweepPane(LabModel model) {
        this.model = model;
        setId("sweepPane");
        setSpacing(4);
        setPadding(new Insets(4));
        TextField fromField = Fields.number("sweepFrom", "Sweep from", from, v -> v > 0, "> 0", message,
                "Smallest learning rate of the sweep");
        TextField toField = Fields.number("sweepTo", "Sweep to", to, v -> v > 0, "> 0", message,
                "Largest learning rate of the sweep");
        TextField countField = Fields.integer("sweepCount", "Runs", count, 2, 2000, message,
                "Number of learning rates, log-spaced, both ends included");
        run.setId("runSweep");
        run.setTooltip(new Tooltip("Run the current settings at every learning rate (all cores)"));
        run.setOnAction(e -> start());
        progress.setId("sweepProgress");
        progress.setPrefWidth(160);
        Label msg = new Label();
        msg.setId("sweepMessage");
        msg.textProperty().bind(message);
        TextField repeatsField = Fields.integer("sweepRepeats", "Seeds", repeats, 1, 1000, message,
                "Stochastic runs: sampling seeds per learning rate; the plot shows the median and the 10\u201390 % band "
                + "of the final error");
        repeatsField.setPrefColumnCount(3);
        HBox bar = new HBox(8, new Label("\u03b1 from"), fromField, new Label("to"), toField, new Label("runs"),
                countField, new Label("seeds"), repeatsField, run, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (var n : bar.getChildren()) {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        fromField.setPrefColumnCount(5);
        toField.setPrefColumnCount(5);
        countField.setPrefColumnCount(4);
        cell.setId("sweepChart");
        cell.setMinSize(200, 150);
        VBox.setVgrow(cell, Priority.ALWAYS);
        getChildren().addAll(bar, msg, cell);
        cell.widthProperty().addListener((o, a, b) -> redraw());
        cell.heightProperty().addListener((o, a, b) -> redraw());
        cell.setOnMouseClicked(e -> pick(e.getX()));
        Label hint = new Label("Click a point to run that learning rate. The run uses the current settings and Steps.");
        hint.getStyleClass().add("hint");
        getChildren().add(hint);
    }

    SweepFigure figure() {
        return figure;
    }

    private org.likelihoodlab.charts.ChartStyle style = org.likelihoodlab.charts.ChartStyle.DEFAULT;

    void setStyle(org.likelihoodlab.charts.ChartStyle s) {
        style = s;
        redraw();
    }

    boolean isRunning() {
        return running;
    }

    /**
     * Starts the sweep of the run on screen (its current settings and its data) in the background;
     * while it runs the button cancels it.
     */
    void start() {
        if (running) {
            if (handle != null) {
                handle.cancel();
            }
            message.set("sweep cancelled");
            finish();
            return;
        }
        if (!(to.get() >= from.get())) {
            message.set("'to' must be at least 'from'");
            return;
        }
        Snapshot shown = model.snapshot();
        if (shown == null) {
            return;
        }
        Scenario s = shown.scenario();
        Dataset d = shown.data();
        if (repeats.get() > 1) {
            try {
                org.likelihoodlab.experiment.RepeatedSweep.check(s, repeats.get());
            } catch (IllegalArgumentException e) {
                message.set("seeds: " + e.getMessage().replaceFirst("^repeats: ", ""));
                return;
            }
            startRepeated(s, d);
            return;
        }
        running = true;
        run.setText("Cancel");
        progress.setProgress(0);
        message.set("running " + count.get() + " runs of " + s.steps() + " steps\u2026");
        double[] lrs = Sweep.learningRates(from.get(), to.get(), count.get());
        int k = count.get();
        handle = model.executor().submit("Learning-rate sweep", p -> {
            List<Sweep.Point> pts = Sweep.run(s, d, lrs, Runtime.getRuntime().availableProcessors(), done -> {
                p.update(done, k);
                Platform.runLater(() -> progress.setProgress((double) done / k));
            });
            return pts;
        }, pts -> {
            double bound = Diagnosis.boundAtMle(s, d).local();
            String label = "bound " + Diagnosis.boundAtMle(s, d).formula() + " = " + Fields.format(
                    ControlPanel.round3(bound));
            figure.show(pts, bound, label);
            showingRepeated = false;
            long div = pts.stream().filter(p -> p.status() == Outcome.DIVERGED).count();
            long conv = pts.stream().filter(p -> p.status() == Outcome.CONVERGED).count();
            message.set(conv + " converged, " + div + " diverged of " + pts.size());
            finish();
        }, e -> {
            message.set("sweep failed: " + e.getMessage());
            finish();
        });
    }

    /** The sweep over R sampling seeds per learning rate (a stochastic run), in the background. */
    private void startRepeated(Scenario s, Dataset d) {
        running = true;
        run.setText("Cancel");
        progress.setProgress(0);
        int r = repeats.get();
        int total = count.get() * r;
        message.set("running " + total + " runs (" + r + " seeds each) of " + s.steps() + " steps\u2026");
        double[] lrs = Sweep.learningRates(from.get(), to.get(), count.get());
        handle = model.executor().submit("Learning-rate sweep", p -> org.likelihoodlab.experiment.RepeatedSweep.run(s,
                d, lrs, r, Runtime.getRuntime().availableProcessors(), done -> {
                    p.update(done, total);
                    Platform.runLater(() -> progress.setProgress((double) done / total));
                }), pts -> {
                    double bound = Diagnosis.boundAtMle(s, d).local();
                    repeatedFigure.show(pts, bound, "bound " + Diagnosis.boundAtMle(s, d).formula() + " = "
                            + Fields.format(ControlPanel.round3(bound)));
                    showingRepeated = true;
                    long div = pts.stream().filter(p -> p.diverged() > 0).count();
                    message.set(pts.size() + " learning rates \u00d7 " + r + " seeds; " + div + " with a seed that diverged");
                    finish();
                }, e -> {
                    message.set("sweep failed: " + e.getMessage());
                    finish();
                });
    }

    org.likelihoodlab.charts.RepeatedSweepFigure repeatedFigure() {
        return repeatedFigure;
    }

    private void finish() {
        running = false;
        handle = null;
        run.setText("Run sweep");
        progress.setProgress(1);
        redraw();
    }

    private void redraw() {
        int w = (int) cell.getWidth();
        int h = (int) cell.getHeight();
        if (w < 10 || h < 10) {
            return;
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        info = new ChartRenderingInfo();
        org.jfree.chart.JFreeChart shown = showingRepeated ? repeatedFigure.chart() : figure.chart();
        style.apply(shown);
        shown.draw(g, new Rectangle2D.Double(0, 0, w, h), info);
        g.dispose();
        view.setImage(SwingFXUtils.toFXImage(img, null));
    }

    /** Runs the sweep point nearest to a click at x (in the chart's pixels). */
    void pick(double x) {
        if (showingRepeated) {
            pickRepeated(x);
            return;
        }
        List<Sweep.Point> pts = figure.points();
        if (pts.isEmpty() || info.getPlotInfo() == null) {
            return;
        }
        double lr = figure.chart().getXYPlot().getDomainAxis().java2DToValue(x, info.getPlotInfo().getDataArea(),
                RectangleEdge.BOTTOM);
        Sweep.Point best = pts.get(0);
        for (Sweep.Point p : pts) {
            if (Math.abs(Math.log(p.lr() / lr)) < Math.abs(Math.log(best.lr() / lr))) {
                best = p;
            }
        }
        pickPoint(best);
    }

    private void pickRepeated(double x) {
        var pts = repeatedFigure.points();
        if (pts.isEmpty() || info.getPlotInfo() == null) {
            return;
        }
        double lr = repeatedFigure.chart().getXYPlot().getDomainAxis().java2DToValue(x,
                info.getPlotInfo().getDataArea(), RectangleEdge.BOTTOM);
        var best = pts.get(0);
        for (var p : pts) {
            if (Math.abs(Math.log(p.lr() / lr)) < Math.abs(Math.log(best.lr() / lr))) {
                best = p;
            }
        }
        Scenario s = model.toScenario();
        model.apply(s.toBuilder().lr(best.lr()).name("Sweep point: \u03b1 = " + Fields.format(ControlPanel.round3(
                best.lr())) + " (median error " + Fields.format(best.median()) + ")").build());
    }

    /** Loads the run of one sweep point. */
    void pickPoint(Sweep.Point p) {
        Scenario s = model.toScenario();
        model.apply(s.toBuilder().lr(p.lr()).name("Sweep point: \u03b1 = " + Fields.format(ControlPanel.round3(p.lr()))
                + " (" + p.status().cliName() + ")").build());
    }
}
