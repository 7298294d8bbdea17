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
        Scene scene = new Scene(window, 1280, 800);
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        window.start(benchSeconds > 0 ? benchPreset : LabWindow.DEFAULT_PRESET, file);
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
