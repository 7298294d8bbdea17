package org.likelihoodlab.ui;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.likelihoodlab.charts.Animation;
import org.likelihoodlab.charts.Figures;
import org.likelihoodlab.experiment.EveryKthRow;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.RunPlan;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.ScenarioJson;
import org.likelihoodlab.io.TrajectoryCsv;

/**
 * Everything the window exports, through the same code as the command line: figures (PNG at a
 * scale, SVG, PDF), the trajectory (the {@code run} CSV), the scenario (JSON), an animated GIF.
 * Every file is written atomically; a failure throws with the reason and leaves the old file.
 */
final class Exporter {

    /** Points of an exported figure: the same default page as {@code render}. */
    static final int WIDTH = 1200;
    static final int HEIGHT = 800;

    private Exporter() {
    }

    /** Writes a figure of the snapshot's run. */
    static void figure(Snapshot s, java.util.List<org.likelihoodlab.charts.RunLine> race, Figures.Kind kind,
            Figures.Format format, double scale, boolean caption, Path out) throws IOException {
        Figures fig = Figures.of(s.view(), race.size() > 1 ? race : java.util.List.of(), kind)
                .captioned(caption ? Figures.caption(s.view()) : null);
        String title = s.scenario().name().isEmpty() ? "Likelihood Lab" : s.scenario().name();
        byte[] bytes = fig.bytes(format, WIDTH, HEIGHT, scale, title);
        AtomicFiles.write(out, o -> o.write(bytes));
    }

    /** Writes one chart of the window. */
    static void chart(Snapshot s, java.util.List<org.likelihoodlab.charts.RunLine> race,
            org.likelihoodlab.charts.ChartSlot slot, org.likelihoodlab.charts.Zoom zoom, Figures.Format format,
            double scale, Path out) throws IOException {
        byte[] bytes = Figures.chart(s.view(), race, slot, zoom).bytes(format, WIDTH, HEIGHT * 3 / 4, scale, "Likelihood Lab");
        AtomicFiles.write(out, o -> o.write(bytes));
    }

    /**
     * Writes the trajectory of the run so far in the {@code run} format: its plan (the scenario
     * and every live change of learning rate, optimizer or hyperparameters at the step it was made)
     * is replayed through the engine from step 0, so the file is the run on screen.
     */
    static void trajectory(Snapshot s, Path out) throws IOException {
        RunPlan plan = replayPlan(s.plan(), s.step());
        Run run = new Run(plan, s.data());
        try (AtomicFiles.Pending p = AtomicFiles.begin(out)) {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p.temp()),
                    StandardCharsets.UTF_8))) {
                run.replay(new EveryKthRow(new TrajectoryCsv(w, plan.scenario().dim(), plan.scenario().averaging()), 1, plan.scenario().steps()));
            }
            p.commit();
        }
    }

    /** @return the plan run to exactly {@code steps} updates, every row kept */
    static RunPlan replayPlan(RunPlan plan, long steps) {
        return new RunPlan(plan.scenario().toBuilder().steps(steps).every(1).build(), plan.changes());
    }

    /** Writes the settings as a scenario file (opening it restores the same run). */
    static void scenario(Scenario s, Path out) throws IOException {
        ScenarioJson.write(s, out);
    }

    /** Writes an animated GIF of the run from step 0 to the snapshot's step (at least one step). */
    static void gif(Snapshot s, Figures.Kind kind, int frames, int fps, int width, int height, Path out,
            AtomicBoolean cancel, IntConsumer progress) throws IOException {
        gif(java.util.List.of(new Shown(s, "", java.awt.Color.BLACK)), 0, kind, frames, fps, width, height, false, out,
                cancel, progress);
    }

    /** A run of the race as exported: its latest snapshot, name and colour. */
    record Shown(Snapshot snapshot, String label, java.awt.Color colour) {
    }

    /**
     * Writes an animated GIF of the race's shown runs, each from step 0 to its snapshot's step,
     * on one timeline.
     */
    static void gif(java.util.List<Shown> runs, int selected, Figures.Kind kind, int frames, int fps, int width,
            int height, boolean caption, Path out, AtomicBoolean cancel, IntConsumer progress) throws IOException {
        java.util.List<Animation.Racer> racers = new java.util.ArrayList<>();
        for (Shown r : runs) {
            Snapshot s = r.snapshot();
            long steps = Math.max(1, s.divergedAt() > 0 ? s.divergedAt() : s.step());
            racers.add(new Animation.Racer(replayPlan(s.plan(), steps), r.label(), r.colour()));
        }
        AtomicFiles.write(out, o -> Animation.writeRace(racers, selected, runs.get(selected).snapshot().data(), kind,
                frames, fps, width, height, caption, o, cancel, progress));
    }
}
