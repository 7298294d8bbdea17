package org.likelihoodlab.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.likelihoodlab.charts.SweepFigure;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Diagnosis;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.Sweep;
import org.likelihoodlab.experiment.Outcome;

/**
 * The sweep view: the current settings at K log-spaced learning rates, run in the background on
 * all cores with a progress bar; the chart marks the outcomes, the diverged region and the bound;
 * clicking a point runs that learning rate in the window. The chart zooms and pans ({@link ChartView});
 * hovering names the nearest run.
 */
final class SweepPane extends VBox {

    private final LabModel model;
    private final SweepFigure figure = new SweepFigure();
    private final ChartView view = new ChartView("sweepChart", figure.chart());
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
        view.setMinSize(200, 150);
        VBox.setVgrow(view, Priority.ALWAYS);
        getChildren().addAll(bar, msg, view);
        view.setOnPick((x, y, shift) -> pick(x));
        view.setHover((x, y) -> describe(x));
        new ChartViewMenu(view, model, "sweep");
        style.apply(figure.chart());
        Label hint = new Label("Click a point to run that learning rate (the current settings and Steps). Wheel: zoom, drag: "
                + "pan, double-click or Ctrl+0: fit; right-click to save the chart or its data.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(hint);
    }

    SweepFigure figure() {
        return figure;
    }

    private org.likelihoodlab.charts.ChartStyle style = org.likelihoodlab.charts.ChartStyle.DEFAULT;

    void setStyle(org.likelihoodlab.charts.ChartStyle s) {
        style = s;
        style.apply(shownChart());
    }

    ChartView view() {
        return view;
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
            view.zoom().forget();
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
                    view.zoom().forget();
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

    private org.jfree.chart.JFreeChart shownChart() {
        return showingRepeated ? repeatedFigure.chart() : figure.chart();
    }

    /** Shows the figure the last sweep filled, styled. */
    private void redraw() {
        org.jfree.chart.JFreeChart shown = shownChart();
        style.apply(shown);
        view.setChart(shown);
    }

    /** @return the index of the learning rate nearest to lr (on the log scale), or -1 if there is none */
    private static int nearest(double[] lrs, double lr) {
        int best = -1;
        for (int i = 0; i < lrs.length; i++) {
            if (best < 0 || Math.abs(Math.log(lrs[i] / lr)) < Math.abs(Math.log(lrs[best] / lr))) {
                best = i;
            }
        }
        return best;
    }

    /** @return the hover text of the run nearest to the learning rate lr, or null */
    String describe(double lr) {
        if (showingRepeated) {
            var pts = repeatedFigure.points();
            int i = nearest(pts.stream().mapToDouble(org.likelihoodlab.experiment.RepeatedSweep.Point::lr).toArray(), lr);
            if (i < 0) {
                return null;
            }
            var p = pts.get(i);
            return "\u03b1 = " + Fields.format(p.lr()) + "\nmedian error " + Fields.format(p.median()) + " (10\u201390 %: "
                    + Fields.format(p.p10()) + " \u2013 " + Fields.format(p.p90()) + ")\n" + p.diverged() + " of "
                    + p.repeats() + " seeds diverged";
        }
        List<Sweep.Point> pts = figure.points();
        int i = nearest(pts.stream().mapToDouble(Sweep.Point::lr).toArray(), lr);
        if (i < 0) {
            return null;
        }
        Sweep.Point p = pts.get(i);
        return "\u03b1 = " + Fields.format(p.lr()) + "\nfinal \u2113 = " + (Double.isFinite(p.finalLogLik())
                ? Fields.format(p.finalLogLik()) : "\u2014") + "\n" + p.status().cliName()
                + (p.status() == Outcome.DIVERGED && p.divergedStep() > 0 ? " at step " + p.divergedStep() : "");
    }

    /** Runs the sweep point nearest to the learning rate lr (where the chart was clicked). */
    void pick(double lr) {
        if (showingRepeated) {
            pickRepeated(lr);
            return;
        }
        List<Sweep.Point> pts = figure.points();
        int i = nearest(pts.stream().mapToDouble(Sweep.Point::lr).toArray(), lr);
        if (i >= 0) {
            pickPoint(pts.get(i));
        }
    }

    private void pickRepeated(double lr) {
        var pts = repeatedFigure.points();
        int i = nearest(pts.stream().mapToDouble(org.likelihoodlab.experiment.RepeatedSweep.Point::lr).toArray(), lr);
        if (i < 0) {
            return;
        }
        var best = pts.get(i);
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
