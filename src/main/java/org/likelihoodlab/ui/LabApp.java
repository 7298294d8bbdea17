package org.likelihoodlab.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window, opened by {@code java -jar likelihood-lab.jar} with no command. */
public final class LabApp extends Application {

    /** Every window title starts with this. */
    public static final String TITLE = "Likelihood Lab";

    /**
     * System property: when set, the window prints {@value #PROBE_SHOWN} when it is shown and
     * {@value #PROBE_CHARTS} once the first chart pixels have been on screen for a frame, then
     * closes ({@code bench-ui --startup} times these lines from outside).
     */
    public static final String STARTUP_PROBE = "likelihoodlab.startupProbe";
    /** Printed by the startup probe when the window is shown (mapped). */
    public static final String PROBE_SHOWN = "startup-probe: window shown";
    /** Printed by the startup probe after the first frame with chart pixels. */
    public static final String PROBE_CHARTS = "startup-probe: charts on screen";

    private static volatile int benchSeconds;
    private static volatile String benchPreset;
    private static volatile int benchLoad;

    private LabWindow window;

    /** Opens the window (blocks until it closes); called by the launcher by name. */
    public static void open(String scenarioFile) {
        drawWithoutDisplay();
        WarmUp.start();
        Application.launch(LabApp.class, scenarioFile == null ? new String[0] : new String[] {scenarioFile});
    }

    /**
     * Runs the window flat out for some seconds on a preset with no step limit, then prints the
     * frame rate, the optimizer's speed and the peak heap, and exits. Called by {@code bench-ui}.
     */
    public static void benchUi(int seconds, String preset) {
        benchUi(seconds, preset, 0);
    }

    /**
     * As {@link #benchUi(int, String)}; with {@code load > 0} the figures are measured twice in
     * the same process, first alone and then while {@code load} busy threads compete for the CPU.
     */
    public static void benchUi(int seconds, String preset, int load) {
        benchSeconds = seconds;
        benchPreset = preset;
        benchLoad = load;
        drawWithoutDisplay();
        WarmUp.start();
        Application.launch(LabApp.class);
    }

    /**
     * The window draws its charts with Java2D into images and shows them through JavaFX: AWT never
     * needs the display. Headless, AWT opens no X connection of its own. Otherwise the warm-up's
     * first Java2D drawing sets up AWT's X11 graphics environment on one thread while the JavaFX
     * toolkit sets up GTK on another, two users of Xlib starting at once. Two starts in about 120
     * hung in native start-up before the FX thread ran (one went on when the process got a signal);
     * this race is the suspect. Headless also saves loading AWT's X11 half. An explicit
     * {@code -Djava.awt.headless=false} is kept.
     */
    private static void drawWithoutDisplay() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    @Override
    public void start(Stage stage) {
        window = new LabWindow();
        Prefs prefs = window.prefs();
        boolean probe = Boolean.getBoolean(STARTUP_PROBE);
        boolean bench = benchSeconds > 0 || probe;
        double w = bench ? 1280 : prefs.get("width", 1280);
        double h = bench ? 800 : prefs.get("height", 800);
        Scene scene = new Scene(window, w, h);
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (!bench) {
            window.appearance().setScale(prefs.get("textScale", 1.0));
            window.appearance().dark.set(prefs.get("dark", false));
            stage.setMaximized(prefs.get("maximized", false));
        }
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        if (file == null && !bench) {
            file = prefs.lastScenario();   // the last scenario opened or saved, if it is still there
        }
        try {
            window.start(benchPreset != null ? benchPreset : LabWindow.DEFAULT_PRESET, file);
        } catch (org.likelihoodlab.io.BadInputException e) {
            window.start(LabWindow.DEFAULT_PRESET, null);
            window.model().say(e.getMessage(), true);
        }
        stage.setOnHiding(e -> {
            if (!bench) {
                prefs.put("maximized", stage.isMaximized());
                if (!stage.isMaximized() && !stage.isFullScreen()) {
                    prefs.put("width", scene.getWidth());
                    prefs.put("height", scene.getHeight());
                }
                prefs.put("textScale", window.appearance().presentation.get() ? 1.0 : window.appearance().scale.get());
                prefs.put("dark", window.appearance().dark.get());
            }
        });
        window.updateTitle();
        if (probe) {
            UiBenchmark.probeStartup(stage, window);
        }
        stage.show();
        if (benchSeconds > 0) {
            UiBenchmark.run(window, benchSeconds, benchLoad);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
