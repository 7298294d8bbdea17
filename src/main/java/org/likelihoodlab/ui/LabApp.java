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

    private static volatile int benchSeconds;
    private static volatile String benchPreset;
    private static volatile boolean benchPaintOnly;

    private LabWindow window;

    /** Opens the window (blocks until it closes); called by the launcher by name. */
    public static void open(String scenarioFile) {
        Application.launch(LabApp.class, scenarioFile == null ? new String[0] : new String[] {scenarioFile});
    }

    /**
     * Runs the window flat out for some seconds on a preset with no step limit, then prints the
     * frame rate, the optimizer's speed and the peak heap, and exits. Called by {@code bench-ui}.
     */
    public static void benchUi(int seconds, String preset) {
        benchSeconds = seconds;
        benchPreset = preset;
        Application.launch(LabApp.class);
    }

    @Override
    public void start(Stage stage) {
        window = new LabWindow();
        Prefs prefs = window.prefs();
        boolean bench = benchSeconds > 0;
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
            window.start(bench ? benchPreset : LabWindow.DEFAULT_PRESET, file);
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
        stage.show();
        if (benchSeconds > 0) {
            UiBenchmark.run(window, benchSeconds);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
