package org.likelihoodlab.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.likelihoodlab.charts.Figures;

/**
 * Every export of the window as a background job: the figure is built and encoded, or the run
 * replayed from its plan, off the FX thread, and the status line says how it went. Each export
 * returns a future that completes (on the FX thread) with true if the file was written.
 */
final class ExportJobs {

    /** Something that writes one file. */
    interface Write {
        void to(Path file) throws IOException;
    }

    private final LabModel model;

    /** The user's zoom of each chart on screen: an exported chart shows what the window shows. */
    private java.util.function.Function<org.likelihoodlab.charts.ChartSlot, org.likelihoodlab.charts.Zoom> zooms =
            slot -> null;

    void zoomOf(java.util.function.Function<org.likelihoodlab.charts.ChartSlot, org.likelihoodlab.charts.Zoom> f) {
        zooms = f;
    }

    ExportJobs(LabModel model) {
        this.model = model;
    }

    /** Runs an export in the background; a failure leaves any old file as it was. */
    CompletableFuture<Boolean> export(Path file, Write w) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        model.executor().submit("Writing " + file.getFileName(), p -> {
            w.to(file);
            return Boolean.TRUE;
        }, ok -> {
            model.say("Exported " + file.getFileName(), false);
            done.complete(true);
        }, e -> {
            model.say("Export failed: cannot write " + file.getFileName() + " (" + reason(e) + ")", true);
            done.complete(false);
        });
        return done;
    }

    /** @return the race's visible runs as the charts draw them (fewer than two: none) */
    private java.util.List<org.likelihoodlab.charts.RunLine> race() {
        java.util.List<org.likelihoodlab.charts.RunLine> l = model.raceLines();
        return l.size() > 1 ? l : java.util.List.of();
    }

    /** Exports a figure of the run on screen. */
    CompletableFuture<Boolean> figure(Figures.Kind kind, Figures.Format format, double scale, boolean caption,
            Path file) {
        Snapshot s = model.snapshot();
        java.util.List<org.likelihoodlab.charts.RunLine> race = race();
        return s == null ? CompletableFuture.completedFuture(false)
                : export(file, f -> Exporter.figure(s, race, kind, format, scale, caption, f));
    }

    /** Exports one chart. */
    CompletableFuture<Boolean> chart(org.likelihoodlab.charts.ChartSlot slot, Figures.Format format, double scale, Path file) {
        Snapshot s = model.snapshot();
        java.util.List<org.likelihoodlab.charts.RunLine> race = race();
        return s == null ? CompletableFuture.completedFuture(false)
                : export(file, f -> Exporter.chart(s, race, slot, zooms.apply(slot), format, scale, f));
    }

    /**
     * Exports what one chart shows as CSV ({@code series,x,y}): the chart as the window draws it,
     * with the user's zoom, only the points inside its ranges ({@link org.likelihoodlab.charts.ChartCsv}).
     */
    CompletableFuture<Boolean> chartData(org.likelihoodlab.charts.ChartSlot slot, Path file) {
        Snapshot s = model.snapshot();
        java.util.List<org.likelihoodlab.charts.RunLine> race = race();
        org.likelihoodlab.charts.Zoom zoom = zooms.apply(slot);
        return s == null ? CompletableFuture.completedFuture(false) : export(file, f -> {
            byte[] bytes = org.likelihoodlab.charts.ChartCsv.csv(Figures.chart(s.view(), race, slot, zoom).firstChart())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            org.likelihoodlab.io.AtomicFiles.write(f, o -> o.write(bytes));
        });
    }

    /** Exports the trajectory so far as the run command's CSV (a replay of the run's plan). */
    CompletableFuture<Boolean> trajectory(Path file) {
        Snapshot s = model.snapshot();
        return s == null ? CompletableFuture.completedFuture(false) : export(file, f -> Exporter.trajectory(s, f));
    }

    /** Copies one chart, or the dashboard ({@code null}), to the clipboard; the PNG is drawn in the background. */
    CompletableFuture<Boolean> copy(org.likelihoodlab.charts.ChartSlot slot) {
        Snapshot s = model.snapshot();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        if (s == null) {
            done.complete(false);
            return done;
        }
        java.util.List<org.likelihoodlab.charts.RunLine> race = race();
        org.likelihoodlab.charts.Zoom zoom = slot == null ? null : zooms.apply(slot);
        model.executor().submit("Copying", p -> {
            Figures f = slot == null ? Figures.of(s.view(), race, Figures.Kind.DASHBOARD)
                    : Figures.chart(s.view(), race, slot, zoom);
            return f.png(Exporter.WIDTH, Exporter.HEIGHT, 1.5);
        }, png -> {
            ClipboardContent c = new ClipboardContent();
            c.putImage(new Image(new ByteArrayInputStream(png)));
            Clipboard.getSystemClipboard().setContent(c);
            model.say("Copied to the clipboard", false);
            done.complete(true);
        }, e -> {
            model.say("Copy failed: " + reason(e), true);
            done.complete(false);
        });
        return done;
    }

    /**
     * Writes an animated GIF in the background (a replay of the run's plan).
     *
     * @param progress told the frames done, on the writing thread ({@code null} permitted)
     * @param done run on the FX thread when it ended, however ({@code null} permitted)
     * @return the cancel flag
     */
    AtomicBoolean gif(Figures.Kind kind, int frames, int fps, int width, int height, boolean caption, Path file,
            IntConsumer progress, Runnable done) {
        Snapshot s = model.snapshot();
        java.util.List<Exporter.Shown> shown = new java.util.ArrayList<>();
        int selected = 0;
        java.util.List<Snapshot> all = model.snapshotsProperty().get();
        java.util.List<RaceRun> runs = model.roster().runs();
        if (all.size() == runs.size() && runs.size() > 1) {
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i) == model.roster().selected()) {
                    selected = shown.size();
                    shown.add(new Exporter.Shown(all.get(i), runs.get(i).label(), runs.get(i).colour()));
                } else if (runs.get(i).visible.get()) {
                    shown.add(new Exporter.Shown(all.get(i), runs.get(i).label(), runs.get(i).colour()));
                }
            }
        } else {
            shown.add(new Exporter.Shown(s, "", java.awt.Color.BLACK));
        }
        int sel = selected;
        AtomicBoolean cancel = new AtomicBoolean();
        model.executor().submit("Writing " + file.getFileName(), p -> {
            Exporter.gif(shown, sel, kind, frames, fps, width, height, caption, file, cancel, progress);
            return Boolean.TRUE;
        }, ok -> {
            model.say("Exported " + file.getFileName() + " (" + frames + " frames)", false);
            if (done != null) {
                done.run();
            }
        }, e -> {
            if (cancel.get()) {
                model.say("GIF export cancelled", false);
            } else {
                model.say("Export failed: cannot write " + file.getFileName() + " (" + reason(e) + ")", true);
            }
            if (done != null) {
                done.run();
            }
        });
        return cancel;
    }

    static String reason(Throwable e) {
        return e instanceof Exception x ? org.likelihoodlab.io.AtomicFiles.reason(x) : String.valueOf(e);
    }
}
