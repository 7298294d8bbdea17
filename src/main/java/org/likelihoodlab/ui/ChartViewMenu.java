package org.likelihoodlab.ui;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.likelihoodlab.charts.ChartCsv;
import org.likelihoodlab.charts.Figures;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.io.AtomicFiles;

/**
 * The context menu of a {@link ChartView}: save the chart as it is shown (zoom included) as PNG
 * (2x), SVG or PDF, copy it, zoom to fit, and export its data: the points the chart shows as CSV
 * ({@link ChartCsv}). Each file is drawn and written in the background from a copy of the chart
 * taken on the FX thread, through {@link ExportJobs} (atomic, never destroys a device or a link);
 * the run's data file is refused as an output.
 */
final class ChartViewMenu {

    private final ChartView view;
    private final LabModel model;
    private final String stem;

    /** @param stem the suggested file name without extension */
    ChartViewMenu(ChartView view, LabModel model, String stem) {
        this.view = view;
        this.model = model;
        this.stem = stem;
        view.menu = this;
        ContextMenu menu = new ContextMenu();
        menu.setId(view.getId() + "Menu");
        for (Figures.Format f : Figures.Format.values()) {
            MenuItem m = new MenuItem("Save as " + f.name() + "\u2026");
            m.setOnAction(e -> choose(f.name(), ext(f), p -> save(f, p)));
            menu.getItems().add(m);
        }
        MenuItem copy = new MenuItem("Copy to clipboard");
        copy.setOnAction(e -> copy());
        MenuItem fit = new MenuItem("Zoom to fit");
        fit.setId(view.getId() + "Fit");
        fit.setOnAction(e -> view.restore());
        MenuItem data = new MenuItem("Export data (CSV)\u2026");
        data.setId(view.getId() + "Csv");
        data.setOnAction(e -> choose("CSV", "csv", this::exportData));
        menu.getItems().addAll(copy, new SeparatorMenuItem(), fit, data);
        view.viewer().setOnContextMenuRequested(e -> {
            menu.show(view.viewer(), e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private static String ext(Figures.Format f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    private interface Target {
        CompletableFuture<Boolean> to(Path p);
    }

    private void choose(String kind, String ext, Target t) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save chart " + (ext.equals("csv") ? "data" : "as " + kind));
        fc.setInitialFileName(stem + "." + ext);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind + " (*." + ext + ")", "*." + ext));
        File f = fc.showSaveDialog(view.getScene() == null ? null : view.getScene().getWindow());
        if (f != null) {
            t.to(f.toPath());
        }
    }

    /** Writes the chart as shown (PNG at 2x), in the background. */
    CompletableFuture<Boolean> save(Figures.Format format, Path file) {
        JFreeChart copy = copyOfChart();
        if (copy == null || refusedAsInput(file)) {
            return CompletableFuture.completedFuture(false);
        }
        return new ExportJobs(model).export(file, f -> {
            byte[] bytes = Figures.single(copy).bytes(format, Exporter.WIDTH, Exporter.HEIGHT * 3 / 4, 2,
                    "Likelihood Lab");
            AtomicFiles.write(f, o -> o.write(bytes));
        });
    }

    /** Writes the points the chart shows (inside its current ranges) as CSV, in the background. */
    CompletableFuture<Boolean> exportData(Path file) {
        JFreeChart copy = copyOfChart();
        if (copy == null || refusedAsInput(file)) {
            return CompletableFuture.completedFuture(false);
        }
        return new ExportJobs(model).export(file, f -> {
            byte[] bytes = ChartCsv.csv(copy).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(f, o -> o.write(bytes));
        });
    }

    /** Copies the chart as shown to the clipboard; the PNG is drawn in the background. */
    CompletableFuture<Boolean> copy() {
        JFreeChart copy = copyOfChart();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        if (copy == null) {
            done.complete(false);
            return done;
        }
        model.executor().submit("Copying", p -> Figures.single(copy).png(Exporter.WIDTH, Exporter.HEIGHT * 3 / 4, 1.5),
                png -> {
                    ClipboardContent c = new ClipboardContent();
                    c.putImage(new Image(new ByteArrayInputStream(png)));
                    Clipboard.getSystemClipboard().setContent(c);
                    model.say("Copied to the clipboard", false);
                    done.complete(true);
                }, e -> {
                    model.say("Copy failed: " + ExportJobs.reason(e), true);
                    done.complete(false);
                });
        return done;
    }

    /**
     * @return a copy of the chart for a background thread (the one on screen keeps changing and is
     *     listened to by the viewer), or null with a message if it cannot be copied
     */
    private JFreeChart copyOfChart() {
        try {
            JFreeChart c = (JFreeChart) view.chart().clone();
            if (c.getPlot() instanceof XYPlot p) {
                // the copy shares datasets it need not listen to once drawn
                for (int i = 0; i < p.getDatasetCount(); i++) {
                    if (p.getDataset(i) != null) {
                        p.getDataset(i).removeChangeListener(p);
                    }
                }
            }
            return c;
        } catch (CloneNotSupportedException e) {
            model.say("Export failed: this chart cannot be copied (" + e.getMessage() + ")", true);
            return null;
        }
    }

    /** @return true (after saying so) if the file is the run's data file */
    private boolean refusedAsInput(Path out) {
        Snapshot s = model.snapshot();
        if (s != null && s.scenario().data() instanceof DataSource.FromFile f && same(out, f.file())) {
            model.say("Not exported: " + out.getFileName() + " is the run's data file; choose another file", true);
            return true;
        }
        return false;
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
