package org.likelihoodlab.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The baseline of {@code bench-ui --startup}: the least a window of this stack can be, timed the
 * same way as the real one. A 1280 × 800 window with a menu bar and four JFreeChart line charts of
 * 200 points in jfreechart-fx viewers (drawn on the FX thread in the first pulse), and nothing
 * else: no controls, no model, no data. It prints the startup probe's two lines (shown, then the
 * first frame after the charts were drawn) and exits, so the launcher can say how much of the
 * window's start is the stack's own (JVM, JavaFX, JFreeChart) on the machine it runs on.
 */
public final class StartupFloor {

    private StartupFloor() {
    }

    /** Opens the baseline window (a main class of its own: bench-ui launches it in a fresh JVM). */
    public static void main(String[] args) {
        Application.launch(FloorWindow.class, args);
    }

    /** The baseline window itself. */
    public static final class FloorWindow extends Application {

        static final int CHARTS = 4;
        static final int POINTS = 200;

        @Override
        public void start(Stage stage) {
            GridPane grid = new GridPane();
            for (int k = 0; k < CHARTS; k++) {
                ChartViewer viewer = new ChartViewer(chart(k));
                viewer.setPrefSize(640, 380);
                grid.add(viewer, k % 2, k / 2);
            }
            BorderPane root = new BorderPane(grid);
            root.setTop(new MenuBar(new Menu("File"), new Menu("Run"), new Menu("View"), new Menu("Help")));
            stage.setScene(new Scene(root, 1280, 800));
            stage.setTitle("Likelihood Lab startup baseline");
            stage.setOnShown(e -> say(LabApp.PROBE_SHOWN));
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    // the first pulse lays the viewers out and draws them; the next frame has them on screen
                    if (++frames == 2) {
                        stop();
                        say(LabApp.PROBE_CHARTS);
                        Platform.exit();
                    }
                }
            }.start();
            stage.show();
        }

        private static JFreeChart chart(int k) {
            XYSeries series = new XYSeries("run " + (k + 1));
            for (int i = 0; i < POINTS; i++) {
                series.add(i, Math.exp(-i / 50.0) * Math.cos(i / (5.0 + k)));
            }
            return ChartFactory.createXYLineChart("chart " + (k + 1), "step", "value", new XYSeriesCollection(series));
        }

        private static void say(String line) {
            System.out.println(line);
            System.out.flush();
        }
    }
}
