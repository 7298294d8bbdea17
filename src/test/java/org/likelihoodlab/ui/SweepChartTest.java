package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.experiment.Outcome;
import org.likelihoodlab.experiment.Sweep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sweep chart in its jfreechart-fx viewer: wheel zoom about the pointer, fit, hover, click, keys, data export. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SweepChartTest {

    private LabWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new LabWindow(new Prefs("likelihoodlab-test"));
        stage.setScene(new Scene(window, 1280, 800));
        window.start("batch-simultaneous-converges.json", null);
        stage.show();
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    private SweepPane pane() {
        return window.charts().sweep();
    }

    private ValueAxis alphaAxis() {
        return pane().figure().chart().getXYPlot().getDomainAxis();
    }

    /** @return where lr lies across the domain axis, 0 to 1, on its log scale */
    private double across(double lr) {
        Range r = alphaAxis().getRange();
        return Math.log(lr / r.getLowerBound()) / Math.log(r.getUpperBound() / r.getLowerBound());
    }

    private static double logWidth(Range r) {
        return Math.log(r.getUpperBound() / r.getLowerBound());
    }

    @Test
    void theWheelZoomsAboutThePointerDoubleClickFitsHoverNamesTheRunAndAClickRunsIt(FxRobot robot) throws Exception {
        // given: a sweep of 9 learning rates on screen
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().snapshot() != null);
        robot.clickOn("#sweepTab");
        robot.doubleClickOn("#sweepCount").eraseText(6).write("9").type(KeyCode.ENTER);
        robot.clickOn("#runSweep");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pane().figure().points().size() == 9 && !pane().isRunning()
                && pane().view().dataArea() != null);
        List<Sweep.Point> pts = pane().figure().points();
        Sweep.Point chosen = pts.stream().filter(p -> p.status() == Outcome.CONVERGED).skip(1).findFirst().orElseThrow();
        Range before = alphaAxis().getRange();
        Point2D at = pane().view().screenPointOf(chosen.lr(), chosen.finalLogLik());

        // when: the pointer rests on a point
        robot.moveTo(at);
        // then: the crosshair's label names that run
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane().view().hoverText().startsWith("\u03b1 = "
                + Fields.format(chosen.lr())) && pane().view().hoverText().contains("converged"));

        // when: the wheel turns away from the user (up) over it
        double was = across(chosen.lr());
        // (Monocle's robot turns TestFX's UP into a negative deltaY, JavaFX's sign of the wheel turned
        // towards the user: so DOWN here is the wheel turned away, "up", as a person zooms in)
        robot.scroll(3, VerticalDirection.DOWN);
        // then: the domain range shrinks about the pointer (the point stays where it was across the axis)
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> logWidth(alphaAxis().getRange()) < 0.9 * logWidth(before));
        assertEquals(was, across(chosen.lr()), 0.02, "the learning rate under the pointer stays under it");
        assertTrue(pane().view().zoom().isZoomed());

        // when: double-clicked
        double lrBefore = window.model().lr.get();
        robot.doubleClickOn(at);
        // then: the figure's range is back, and no run was started
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> alphaAxis().getRange().equals(before));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lrBefore, window.model().lr.get());

        // when: Ctrl+= with the chart focused, then Ctrl+0
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> logWidth(alphaAxis().getRange()) < 0.9 * logWidth(before));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> alphaAxis().getRange().equals(before));

        // when: the point is clicked once
        robot.clickOn(pane().view().screenPointOf(chosen.lr(), chosen.finalLogLik()));
        // then: the window runs that learning rate
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().lr.get() == chosen.lr());
    }

    @Test
    void exportDataWritesThePointsOfTheZoomedViewAndZoomToFitRestores(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().snapshot() != null);
        robot.clickOn("#sweepTab");
        robot.doubleClickOn("#sweepCount").eraseText(6).write("12").type(KeyCode.ENTER);
        robot.clickOn("#runSweep");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pane().figure().points().size() == 12 && !pane().isRunning()
                && pane().view().dataArea() != null);
        Range before = alphaAxis().getRange();
        // given: zoomed in with the wheel over a run
        Sweep.Point p0 = pane().figure().points().stream().filter(p -> p.status() == Outcome.CONVERGED).skip(2)
                .findFirst().orElseThrow();
        robot.moveTo(pane().view().screenPointOf(p0.lr(), p0.finalLogLik())).scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> logWidth(alphaAxis().getRange()) < 0.7 * logWidth(before));
        Range xs = alphaAxis().getRange();
        Range ys = pane().figure().chart().getXYPlot().getRangeAxis().getRange();
        // when:
        Path csv = dir.resolve("sweep.csv");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> pane().view().menu().exportData(csv)).get(10, TimeUnit.SECONDS)
                .get(10, TimeUnit.SECONDS));
        // then: the header, and exactly the runs inside the view
        List<String> rows = Files.readAllLines(csv);
        assertEquals("series,x,y", rows.get(0));
        long inside = pane().figure().points().stream().filter(p -> xs.contains(p.lr()) && ys.contains(p.finalLogLik()))
                .count();
        assertTrue(inside > 0 && inside < 12, "some runs are inside the view: " + inside);
        assertEquals(inside, rows.size() - 1);
        for (String r : rows.subList(1, rows.size())) {
            String[] f = r.split(",");
            assertTrue(pane().figure().points().stream().anyMatch(p -> p.lr() == Double.parseDouble(f[1])
                    && p.finalLogLik() == Double.parseDouble(f[2]) && p.status().cliName().equals(f[0])), r);
        }
        // when: "Zoom to fit" from the context menu
        // (Monocle's robot makes no context-menu request of a right click: it is fired as the system would)
        Point2D c = robot.point("#sweepChart").query();
        robot.interact(() -> pane().view().viewer().fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, c.getX(), c.getY(), false, null)));
        robot.clickOn("Zoom to fit");
        // then:
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> alphaAxis().getRange().equals(before));
    }
}
