package org.likelihoodlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.likelihoodlab.charts.Figures;
import org.likelihoodlab.charts.StabilityMapFigure;
import org.likelihoodlab.experiment.MapAxis;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.StabilityMap;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.Datasets;

/**
 * The stability map tab: the run on screen at every point of two settings, in the background on
 * all cores with a progress bar and Cancel, drawn row by row as the rows arrive, with the
 * closed-form boundaries over it; hovering a cell gives its numbers, clicking it runs it in the
 * window; the map exports as PNG, SVG, PDF or the {@code sweep2} CSV. The chart zooms and pans
 * ({@link ChartView}); its context menu saves what it shows. The axis rows are
 * {@link StabilityMapInputs}, the hover and click on a cell {@link StabilityMapCells}.
 */
final class StabilityPane extends VBox {

    private final LabModel model;
    private final StabilityMapFigure figure = new StabilityMapFigure();
    private final ChartView view = new ChartView("stabilityChart", figure.chart());
    private final ProgressBar progress = new ProgressBar(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final Label hover = new Label(" ");
    private final StabilityMapInputs inputs;
    private final ComboBox<StabilityMapFigure.ColourBy> colourBy = new ComboBox<>(FXCollections.observableArrayList(
            StabilityMapFigure.ColourBy.values()));
    private final Button run = new Button("Run map");
    private final ConcurrentLinkedQueue<List<StabilityMap.Cell>> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final List<StabilityMap.Cell> cells = new ArrayList<>();
    private org.likelihoodlab.charts.ChartStyle style = org.likelihoodlab.charts.ChartStyle.DEFAULT;
    /** The domain axis the style was last applied to (the figure makes new axes for new map axes). */
    private Object styledAxis;
    /** What the map on screen was made of (null before the first). */
    private StabilityMapInputs.Made made;
    private TaskExecutor.Handle handle;
    private long generation;
    private long lastDraw;
    /** Partial maps are drawn at most this often. */
    private static final long DRAW_EVERY_NANOS = 250_000_000L;

    StabilityPane(LabModel model) {
        this.model = model;
        setId("stabilityPane");
        setSpacing(4);
        setPadding(new Insets(4));
        inputs = new StabilityMapInputs(model, message, this::preview);
        colourBy.setId("mapColourBy");
        colourBy.setValue(StabilityMapFigure.ColourBy.OUTCOME);
        colourBy.setTooltip(new Tooltip("Colour the cells by outcome, by the steps a converged run took, or by the "
                + "final distance to the MLE"));
        colourBy.valueProperty().addListener((o, a, b) -> show());
        run.setId("runMap");
        run.setTooltip(new Tooltip("Run the current settings at every cell of the map (all cores)"));
        run.setOnAction(e -> start());
        progress.setId("mapProgress");
        progress.setPrefWidth(140);
        MenuButton export = new MenuButton("Export");
        export.setId("mapExport");
        for (Figures.Format f : Figures.Format.values()) {
            MenuItem m = new MenuItem(f.name() + "\u2026");
            m.setOnAction(e -> chooseAndExport(f.name().toLowerCase(Locale.ROOT)));
            export.getItems().add(m);
        }
        MenuItem csv = new MenuItem("CSV (as sweep2)\u2026");
        csv.setOnAction(e -> chooseAndExport("csv"));
        export.getItems().add(csv);
        HBox actions = new HBox(8, new Label("colour"), colourBy, run, progress, export);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label msg = new Label();
        msg.setId("mapMessage");
        msg.textProperty().bind(message);
        hover.setId("mapHover");
        view.setMinSize(200, 150);
        VBox.setVgrow(view, Priority.ALWAYS);
        new StabilityMapCells(model, view, figure, hover, () -> made);
        new ChartViewMenu(view, model, "stability-map");
        Label hint = new Label("Hover a cell for its numbers; click it to run it in the window, Shift+click to add it to the race; "
                + "wheel: zoom, drag: pan, double-click: fit. Lines: the bounds of "
                + "math.md (solid: local at the MLE; dotted: local at the start; dashed: where the scale can reach 0).");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(inputs.xAxis, inputs.yAxis, actions, msg, view, hover, hint);
        preview();
    }

    /**
     * Before the first map: the chart already has the map's axes and the theory's bounds, with no
     * cells, and the message says what Run map will do (an empty 0..1 frame would look broken).
     */
    private void preview() {
        Snapshot shown = model.snapshot();
        if (made != null || handle != null || shown == null) {
            return;
        }
        try {
            StabilityMapInputs.Made m = inputs.read(shown);
            figure.show(m.x(), m.y(), List.of(), colourBy.getValue(), m.curves(),
                    StabilityMapFigure.title(m.scenario(), colourBy.getValue()));
            restyle();
            message.set(String.format(Locale.ROOT, "Run map runs %d \u00d7 %d runs of %d steps; the lines are the "
                    + "theory's bounds, drawn already", m.x().count(), m.y().count(), m.scenario().steps()));
        } catch (IllegalArgumentException e) {
            message.set("cannot run the map: " + e.getMessage());
        }
    }

    StabilityMapFigure figure() {
        return figure;
    }

    boolean isRunning() {
        return handle != null;
    }

    void setStyle(org.likelihoodlab.charts.ChartStyle s) {
        style = s;
        restyle();
    }

    ChartView view() {
        return view;
    }

    private void restyle() {
        style.apply(figure.chart());
        styledAxis = figure.chart().getXYPlot().getDomainAxis();
    }

    /** Starts the map of the run on screen in the background; while it runs the button cancels it. */
    void start() {
        if (handle != null) {
            handle.cancel();
            generation++;
            message.set("map cancelled after " + cells.size() + " cells");
            finish();
            return;
        }
        Snapshot shown = model.snapshot();
        if (shown == null) {
            return;
        }
        try {
            made = inputs.read(shown);
        } catch (IllegalArgumentException e) {
            message.set("cannot run the map: " + e.getMessage());
            return;
        }
        Scenario s = made.scenario();
        MapAxis x = made.x();
        MapAxis y = made.y();
        boolean nAxis = x.setting() == MapAxis.Setting.N || y.setting() == MapAxis.Setting.N;
        var data = shown.data();
        view.zoom().forget();
        cells.clear();
        arrived.clear();
        long gen = ++generation;
        int total = x.count() * y.count();
        run.setText("Cancel");
        progress.setProgress(0);
        message.set(String.format(Locale.ROOT, "running %d \u00d7 %d runs of %d steps\u2026", x.count(), y.count(),
                s.steps()));
        show();
        long started = System.nanoTime();
        handle = model.executor().submit("Stability map", p -> StabilityMap.run(s, sc -> nAxis ? Datasets.load(sc.data(),
                sc.dim()) : data, x, y, Runtime.getRuntime().availableProcessors(), row -> {
                    arrived.add(row);
                    if (drainScheduled.compareAndSet(false, true)) {
                        Platform.runLater(() -> drain(gen, total));
                    }
                }), all -> {
                    if (gen != generation) {
                        return;
                    }
                    arrived.clear();
                    cells.clear();
                    cells.addAll(all);
                    long conv = all.stream().filter(c -> c.status() == org.likelihoodlab.experiment.Outcome.CONVERGED)
                            .count();
                    long div = all.stream().filter(c -> c.status() == org.likelihoodlab.experiment.Outcome.DIVERGED)
                            .count();
                    message.set(String.format(Locale.ROOT, "%d converged, %d diverged of %d (%.1f s)", conv, div,
                            all.size(), (System.nanoTime() - started) / 1e9));
                    finish();
                }, e -> {
                    message.set("map failed: " + e.getMessage());
                    finish();
                });
    }

    /** Puts the rows that arrived on screen (at most once a pulse, however fast they come). */
    private void drain(long gen, int total) {
        drainScheduled.set(false);
        if (gen != generation) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < DRAW_EVERY_NANOS) {
            // drawing a large chart costs the FX thread (and Xvfb) a core; the next row tries again
            // and the finished map is drawn in full anyway
            return;
        }
        lastDraw = now;
        List<StabilityMap.Cell> row;
        while ((row = arrived.poll()) != null) {
            cells.addAll(row);
        }
        progress.setProgress((double) cells.size() / total);
        show();
    }

    private void finish() {
        handle = null;
        run.setText("Run map");
        progress.setProgress(1);
        show();
        restyle();
    }

    private void show() {
        if (made == null) {
            return;
        }
        // one redraw of the chart on the FX thread (the cells are one image); a zoom stays on
        figure.show(made.x(), made.y(), cells, colourBy.getValue(), made.curves(), StabilityMapFigure.title(
                made.scenario(), colourBy.getValue()));
        if (figure.chart().getXYPlot().getDomainAxis() != styledAxis) {
            restyle();   // new axes (new map settings) take the window's fonts
        }
        view.zoom().keep();
    }

    /** @return where a cell's centre is on the screen (for tests that point at it), or null */
    javafx.geometry.Point2D screenPointOf(StabilityMap.Cell c) {
        return view.screenPointOf(c.x(), c.y());
    }

    private void chooseAndExport(String format) {
        if (made == null) {
            message.set("run a map first");
            return;
        }
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setInitialFileName("stability-map." + format);
        java.io.File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            export(f.toPath(), format);
        }
    }

    /**
     * Writes the map on screen in the background: "png" (2x), "svg", "pdf" (drawn by a figure of its
     * own, the same as {@code render --figure stability-map}) or "csv" (the rows of {@code sweep2}).
     */
    CompletableFuture<Boolean> export(Path file, String format) {
        if (made == null) {
            return CompletableFuture.completedFuture(false);
        }
        StabilityMapInputs.Made m = made;
        List<StabilityMap.Cell> copy = List.copyOf(cells);
        StabilityMapFigure.ColourBy by = colourBy.getValue();
        return new ExportJobs(model).export(file, out -> StabilityMapExport.write(out, format, m.scenario(), m.x(), m.y(),
                copy, by, m.curves()));
    }
}
