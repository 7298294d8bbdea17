package org.likelihoodlab.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * {@code bench-ui}: the window flat out for N seconds, four live charts redrawing, then the
 * figures: frames per second (median and 1st percentile, from the frame-to-frame times of the
 * AnimationTimer), chart redraws per second, the longest frame gap, optimizer steps per second,
 * and the peak heap; with a competing load, the same again while busy threads share the CPU.
 * The startup probe ({@code bench-ui --startup}) is here too: the window says when it is shown
 * and when its first chart pixels have been on screen, and the launcher times those lines.
 */
final class UiBenchmark {

    private UiBenchmark() {
    }

    /**
     * The startup probe: prints {@link LabApp#PROBE_SHOWN} when the stage is shown and
     * {@link LabApp#PROBE_CHARTS} at the first frame after chart pixels went into the images (the
     * previous pulse rendered them), then exits.
     */
    static void probeStartup(javafx.stage.Stage stage, LabWindow window) {
        stage.setOnShown(e -> {
            System.out.println(LabApp.PROBE_SHOWN);
            System.out.flush();
        });
        javafx.animation.AnimationTimer wait = new javafx.animation.AnimationTimer() {
            private boolean drawn;

            @Override
            public void handle(long now) {
                if (drawn) {
                    stop();
                    System.out.println(LabApp.PROBE_CHARTS);
                    System.out.flush();
                    Platform.exit();
                } else {
                    drawn = window.charts().shownVersion() >= 0;
                }
            }
        };
        wait.start();
    }

    static void run(LabWindow window, int seconds) {
        run(window, seconds, 0);
    }

    /** @param load busy threads for a second measurement (0: measure once, alone) */
    static void run(LabWindow window, int seconds, int load) {
        // the preset's data load in the background: start once its first run is on screen
        Timeline ready = new Timeline();
        ready.getKeyFrames().add(new KeyFrame(Duration.millis(50), e -> {
            if (window.model().snapshot() != null && !window.model().isLoading()) {
                ready.stop();
                measure(window, seconds, load);
            }
        }));
        ready.setCycleCount(Timeline.INDEFINITE);
        ready.play();
    }

    private static void measure(LabWindow window, int seconds, int load) {
        LabModel model = window.model();
        for (RaceRun r : java.util.List.copyOf(model.roster().runs())) {   // every run of a race, without a step limit
            model.select(r);
            model.steps.set(Long.MAX_VALUE / 4);
        }
        window.controlsForTest().speedSlider.setValue(ControlPanel.SPEED_MAX);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        // give the run a second to get going, then measure (alone, then under load if asked)
        Timeline warm = new Timeline(new KeyFrame(Duration.seconds(1), e -> measureOnce(window, seconds, 0, () -> {
            if (load <= 0) {
                dragTruth(window);
                return;
            }
            Load busy = new Load(load);
            Timeline settle = new Timeline(new KeyFrame(Duration.seconds(1), e2 -> measureOnce(window, seconds, load,
                    () -> {
                        busy.stop();
                        dragTruth(window);
                    })));
            settle.play();
        })));
        warm.play();
    }

    private static void measureOnce(LabWindow window, int seconds, int load, Runnable then) {
        LabModel model = window.model();
        int f0 = window.loop().frames();
        long c0 = window.charts().painter().frames();
        long s0 = model.snapshot().step();
        long t0 = System.nanoTime();
        Timeline done = new Timeline(new KeyFrame(Duration.seconds(seconds), e2 -> {
            int f1 = window.loop().frames();
            long s1 = model.snapshot().step();
            long t1 = System.nanoTime();
            long c1 = window.charts().painter().frames();
            report(window, f0, f1, s1 - s0, t1 - t0, c1 - c0, load);
            then.run();
        }));
        done.play();
    }

    /** Busy threads that compete for the CPU with the window (as other programs would). */
    private static final class Load {
        private volatile boolean stop;
        private static volatile double sink;

        Load(int threads) {
            for (int i = 0; i < threads; i++) {
                Thread t = new Thread(() -> {
                    double x = 1;
                    while (!stop) {
                        for (int k = 0; k < 100_000; k++) {
                            x = x * 1.0000001 + 1e-9;
                        }
                        sink = x;
                    }
                }, "bench-load-" + i);
                t.setDaemon(true);
                t.start();
            }
        }

        void stop() {
            stop = true;
        }
    }

    /**
     * The second figure: the true mean moved every frame for 3 s at n = 10^7, as a slider drag does
     * (each move resamples 10^7 points in the background); the longest gap between frames says
     * whether the FX thread ever stalled.
     */
    private static void dragTruth(LabWindow window) {
        dragTruth(window, true, () -> {
            window.controlsForTest().speedSlider.setValue(LabWindow.DEFAULT_SPEED_EXP);
            dragTruth(window, false, () -> dragStart(window, Platform::exit));
        });
    }

    private static void dragTruth(LabWindow window, boolean flatOut, Runnable then) {
        LabModel model = window.model();
        if (model.dim.get() != 1) {
            model.dim.set(1);
        }
        model.n.set(10_000_000);
        Timeline wait = new Timeline();
        wait.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            if (model.isLoading() || model.snapshot() == null || model.snapshot().data().n() != 10_000_000) {
                return;
            }
            wait.stop();
            int f0 = window.loop().frames();
            long t0 = System.nanoTime();
            model.fxWork().reset();
            Timeline drag = new Timeline(new KeyFrame(Duration.millis(16), e2 -> model.trueMu1.set(
                    Math.round((model.trueMu1.get() + 0.01) * 100) / 100.0)));
            drag.setCycleCount(180);
            drag.setOnFinished(e3 -> {
                int f1 = window.loop().frames();
                System.out.printf(java.util.Locale.ROOT, "true-mean drag at n = 10^7 for %.1f s, the run %s: %d "
                        + "frames, longest frame gap %.1f ms, longest piece of our FX-thread work %.1f ms%n",
                        (System.nanoTime() - t0) * 1e-9, flatOut ? "flat out" : "at 20 steps/s", f1 - f0,
                        window.loop().longestGap(f0, f1) / 1e6, model.fxWork().max() / 1e6);
                then.run();
            });
            drag.play();
        }));
        wait.setCycleCount(Timeline.INDEFINITE);
        wait.play();
    }

    /**
     * The third figure: the surface's start point dragged for 2 s with the run past 2000 steps, so
     * each move computes and draws a 2000-step path; the FX-thread time per move against a frame.
     */
    private static void dragStart(LabWindow window, Runnable then) {
        LabModel model = window.model();
        window.charts().getSelectionModel().select(1);
        javafx.scene.control.Slider speed = window.controlsForTest().speedSlider;
        speed.setValue(speed.getMax());   // flat out: past 2000 steps at once
        long[] worst = {0};
        long[] total = {0};
        int[] points = {0};
        int moves = 120;
        Timeline wait = new Timeline();
        wait.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            Snapshot s = model.snapshot();
            if (s == null || s.step() < org.likelihoodlab.experiment.StartPreview.MAX_STEPS
                    || window.charts().cell(org.likelihoodlab.charts.ChartSlot.SURFACE).geometry() == null) {
                return;
            }
            wait.stop();
            double mu = s.reported()[0];
            double sigma = s.reported()[1];
            int f0 = window.loop().frames();
            Timeline drag = new Timeline(new KeyFrame(Duration.millis(16), e2 -> {
                long t = System.nanoTime();
                double k = points[0] % 40 / 40.0;
                points[0]++;
                window.charts().touch().previewStart(mu - 1 + k, sigma * (1.5 + k));
                long dt = System.nanoTime() - t;
                worst[0] = Math.max(worst[0], dt);
                total[0] += dt;
            }));
            drag.setCycleCount(moves);
            drag.setOnFinished(e3 -> {
                int f1 = window.loop().frames();
                System.out.printf(java.util.Locale.ROOT, "start-point drag on the surface, %d moves of a %d-step "
                        + "path: %.2f ms a move on average, longest %.2f ms (a frame is 16.7 ms); longest frame gap "
                        + "%.1f ms%n", moves, org.likelihoodlab.experiment.StartPreview.MAX_STEPS,
                        total[0] / 1e6 / moves, worst[0] / 1e6, window.loop().longestGap(f0, f1) / 1e6);
                then.run();
            });
            drag.play();
        }));
        wait.setCycleCount(Timeline.INDEFINITE);
        wait.play();
    }

    private static void report(LabWindow window, int f0, int f1, long steps, long nanos, long chartFrames, int load) {
        int count = f1 - f0 - 1;
        double[] fps = new double[Math.max(count, 1)];
        for (int i = 0; i < count; i++) {
            long dt = window.loop().frameTime(f0 + i + 1) - window.loop().frameTime(f0 + i);
            fps[i] = dt > 0 ? 1e9 / dt : 0;
        }
        Arrays.sort(fps);
        double median = fps[fps.length / 2];
        double p1 = fps[(int) Math.floor(fps.length * 0.01)];
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        Snapshot s = window.model().snapshot();
        System.out.printf(java.util.Locale.ROOT, "bench-ui: %d frames in %.1f s with 4 live charts, %s%n", count + 1,
                nanos * 1e-9, load == 0 ? "no competing load" : load + " busy threads competing for the "
                + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.printf(java.util.Locale.ROOT, "frames per second: median %.1f, 1st percentile %.1f; longest frame "
                + "gap %.1f ms%n", median, p1, window.loop().longestGap(f0, f1) / 1e6);
        System.out.printf(java.util.Locale.ROOT, "chart redraws: %.1f per second (all four charts, drawn off the FX "
                + "thread)%n", chartFrames / (nanos * 1e-9));
        System.out.printf(java.util.Locale.ROOT, "optimizer: %.3g steps/s (%d steps, now at step %d, %s)%n",
                steps / (nanos * 1e-9), steps, s.step(), StatusBar.stateText(s));
        System.out.printf(java.util.Locale.ROOT, "peak heap: %.1f MB (max %.0f MB)%n", peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }
}
