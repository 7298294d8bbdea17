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

    private LabWindow window;

    /** Opens the window (blocks until it closes); called by the launcher by name. */
    public static void open(String scenarioFile) {
        Application.launch(LabApp.class, scenarioFile == null ? new String[0] : new String[] {scenarioFile});
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
        window.start(LabWindow.DEFAULT_PRESET, file);
        window.updateTitle();
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
