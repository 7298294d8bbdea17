package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.likelihoodlab.charts.ChartSlot;
import org.likelihoodlab.charts.PlotGeometry;
import org.likelihoodlab.charts.Zoom;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live charts answer the pointer: zoom, readout, click and drag of the start on the surface. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class InteractiveChartsTest {

    private LabWindow window;

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

    private static void waitFor(BooleanSupplier c) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, c::getAsBoolean);
    }

    private ChartCell cell(ChartSlot slot) {
        return window.charts().cell(slot);
    }

    /** @return the screen point of a position in a chart's layout pixels */
    private Point2D screen(ChartSlot slot, double x, double y) {
        return cell(slot).localToScreen(x, y);
    }

    /** Pauses the run and waits until its last snapshot is the one on screen: the ranges hold still. */
    private void settle(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().pause());
        waitFor(() -> window.model().snapshot().state() != RunState.RUNNING);
        waitFor(() -> window.charts().shownVersion() == window.model().snapshot().version());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showSurface(FxRobot robot) throws Exception {
        robot.clickOn("Surface");
        waitFor(() -> cell(ChartSlot.SURFACE).geometry() != null && cell(ChartSlot.SURFACE).image() != null);
        settle(robot);
    }

    @Test
    void theWheelZoomsATrajectoryChartAboutThePointerAndADoubleClickRestoresIt(FxRobot robot) throws Exception {
        waitFor(() -> cell(ChartSlot.MEAN).geometry() != null && window.model().snapshot().step() > 10);
        settle(robot);
        PlotGeometry before = cell(ChartSlot.MEAN).geometry();
        double px = before.left() + 0.3 * before.width();
        double py = before.top() + 0.6 * before.height();
        double stepUnder = before.xValue(px);
        double valueUnder = before.yValue(py);
        // the wheel turned away from the user (TestFX calls it DOWN: the content moves down)
        robot.moveTo(screen(ChartSlot.MEAN, px, py)).scroll(3, VerticalDirection.DOWN);
        waitFor(() -> window.charts().zoom(ChartSlot.MEAN) != null
                && window.charts().zoom(ChartSlot.MEAN).x1() - window.charts().zoom(ChartSlot.MEAN).x0()
                        < 0.999 * (before.x1() - before.x0()));
        Zoom z = window.charts().zoom(ChartSlot.MEAN);
        // the ranges shrank, and the value under the pointer stayed there
        assertTrue(z.x1() - z.x0() < before.x1() - before.x0(), z + " vs " + before);
        assertTrue(z.y1() - z.y0() < before.y1() - before.y0(), z + " vs " + before);
        // (within a pixel: the pointer sits on whole screen pixels)
        assertEquals(stepUnder, z.x0() + 0.3 * (z.x1() - z.x0()), 1.01 * (before.x1() - before.x0()) / before.width());
        assertEquals(valueUnder, z.y0() + 0.4 * (z.y1() - z.y0()), 1.01 * (before.y1() - before.y0()) / before.height());
        // the chart on screen is drawn with that zoom, and its Fit button shows
        waitFor(() -> Math.abs(cell(ChartSlot.MEAN).geometry().x0() - z.x0()) < 1e-9);
        assertTrue(cell(ChartSlot.MEAN).fitButton().isVisible());
        // when: double-clicked, automatic ranges again
        robot.doubleClickOn(screen(ChartSlot.MEAN, px, py), MouseButton.PRIMARY);
        waitFor(() -> window.charts().zoom(ChartSlot.MEAN) == null);
        assertFalse(cell(ChartSlot.MEAN).fitButton().isVisible());
    }

    @Test
    void aDragPansAndCtrlZeroRestores(FxRobot robot) throws Exception {
        waitFor(() -> cell(ChartSlot.SCALE).geometry() != null);
        settle(robot);
        PlotGeometry g = cell(ChartSlot.SCALE).geometry();
        double px = g.left() + g.width() / 2;
        double py = g.top() + g.height() / 2;
        robot.drag(screen(ChartSlot.SCALE, px, py), MouseButton.PRIMARY).moveTo(screen(ChartSlot.SCALE, px + 60, py))
                .release(MouseButton.PRIMARY);
        waitFor(() -> window.charts().zoom(ChartSlot.SCALE) != null);
        Zoom z = window.charts().zoom(ChartSlot.SCALE);
        // the content followed the pointer 60 px to the right: the range moved left by 60 px worth
        assertEquals(g.x0() - 60 * (g.x1() - g.x0()) / g.width(), z.x0(), 0.03 * (g.x1() - g.x0()));
        assertEquals(cell(ChartSlot.SCALE), cell(ChartSlot.SCALE).getScene().getFocusOwner(), "a press focuses the chart");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT0)
                .release(javafx.scene.input.KeyCode.DIGIT0, javafx.scene.input.KeyCode.CONTROL);
        waitFor(() -> window.charts().zoom(ChartSlot.SCALE) == null);
    }

    @Test
    void hoveringTheSurfaceShowsTheLogLikelihoodThereInClosedForm(FxRobot robot) throws Exception {
        showSurface(robot);
        PlotGeometry g = cell(ChartSlot.SURFACE).geometry();
        double px = g.left() + 0.35 * g.width();
        double py = g.top() + 0.45 * g.height();
        robot.moveTo(screen(ChartSlot.SURFACE, px, py));
        waitFor(() -> cell(ChartSlot.SURFACE).readoutText() != null);
        String text = cell(ChartSlot.SURFACE).readoutText();
        Matcher m = Pattern.compile("\u03bc = ([-0-9.eE]+), \u03c3 = ([-0-9.eE]+)\n\u2113 = ([-0-9.eE]+)").matcher(text);
        assertTrue(m.find(), text);
        double mu = Double.parseDouble(m.group(1));
        double sigma = Double.parseDouble(m.group(2));
        // the point under the pointer, within a pixel
        assertEquals(g.xValue(px), mu, 1.01 * (g.x1() - g.x0()) / g.width());
        assertEquals(g.yValue(py), sigma, 1.01 * (g.y1() - g.y0()) / g.height());
        double[] mo = window.model().snapshot().data().moments();
        double l = -0.5 * Math.log(2 * Math.PI * sigma * sigma) - (mo[1] + (mo[0] - mu) * (mo[0] - mu)) / (2 * sigma * sigma);
        assertEquals(l, Double.parseDouble(m.group(3)), 1e-3 * Math.abs(l));
    }

    @Test
    void aClickOnTheSurfaceSetsTheStartUnderThePointerAndRestarts(FxRobot robot) throws Exception {
        showSurface(robot);
        long run = window.model().snapshot().runId();
        PlotGeometry g = cell(ChartSlot.SURFACE).geometry();
        double px = g.left() + 0.7 * g.width();
        double py = g.top() + 0.2 * g.height();
        robot.clickOn(screen(ChartSlot.SURFACE, px, py), MouseButton.PRIMARY);
        waitFor(() -> window.model().snapshot().runId() != run);
        double[] init = window.model().snapshot().scenario().init();
        assertEquals(g.xValue(px), init[0], 1.01 * (g.x1() - g.x0()) / g.width());
        assertEquals(g.yValue(py), init[1], 1.01 * (g.y1() - g.y0()) / g.height());
        assertEquals(init[0], window.model().initMu1.get());
        assertEquals(init[1], window.model().initSigma1.get());
    }

    @Test
    void draggingTheStartDrawsTheNewPathAndLettingGoRunsIt(FxRobot robot) throws Exception {
        waitFor(() -> window.model().snapshot().step() >= 20);
        showSurface(robot);
        PlotGeometry g = cell(ChartSlot.SURFACE).geometry();
        double[] init = window.model().toScenario().init();
        Point2D from = screen(ChartSlot.SURFACE, g.xPixel(init[0]), g.yPixel(init[1]));
        double tx = g.left() + 0.6 * g.width();
        double ty = g.top() + 0.7 * g.height();
        long run = window.model().snapshot().runId();
        robot.drag(from, MouseButton.PRIMARY).moveTo(screen(ChartSlot.SURFACE, tx - 20, ty))
                .moveTo(screen(ChartSlot.SURFACE, tx, ty));
        // while dragging: the path from the new start is drawn, beginning under the pointer
        waitFor(() -> cell(ChartSlot.SURFACE).previewPoints().size() > 4);
        java.util.List<Double> pts = cell(ChartSlot.SURFACE).previewPoints();
        assertEquals(tx, pts.get(0), 1.5);
        assertEquals(ty, pts.get(1), 1.5);
        assertEquals(run, window.model().snapshot().runId(), "nothing restarts while dragging");
        robot.release(MouseButton.PRIMARY);
        waitFor(() -> window.model().snapshot().runId() != run);
        assertTrue(cell(ChartSlot.SURFACE).previewPoints().isEmpty());
        double[] now = window.model().snapshot().scenario().init();
        assertEquals(g.xValue(tx), now[0], 1.6 * (g.x1() - g.x0()) / g.width());
        assertEquals(g.yValue(ty), now[1], 1.6 * (g.y1() - g.y0()) / g.height());
    }

    @Test
    void shiftClickSetsTheTrueDistributionAndSamplesAgain(FxRobot robot) throws Exception {
        showSurface(robot);
        assertNotNull(window.model().snapshot());
        PlotGeometry g = cell(ChartSlot.SURFACE).geometry();
        double px = g.left() + 0.5 * g.width();
        double py = g.top() + 0.5 * g.height();
        long run = window.model().snapshot().runId();
        robot.press(javafx.scene.input.KeyCode.SHIFT).clickOn(screen(ChartSlot.SURFACE, px, py), MouseButton.PRIMARY)
                .release(javafx.scene.input.KeyCode.SHIFT);
        waitFor(() -> window.model().snapshot().runId() != run);
        var truth = window.model().snapshot().view().truth();
        assertNotNull(truth);
        assertEquals(g.xValue(px), truth.mean()[0], 1.01 * (g.x1() - g.x0()) / g.width());
        assertEquals(g.yValue(py), truth.sd(0), 1.01 * (g.y1() - g.y0()) / g.height());
    }

    @Test
    void exportDataWritesExactlyThePointsTheZoomedChartShows(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        waitFor(() -> cell(ChartSlot.MEAN).geometry() != null && window.model().snapshot().step() > 20);
        settle(robot);
        PlotGeometry g = cell(ChartSlot.MEAN).geometry();
        Zoom z = new Zoom(5, 15, g.y0(), g.y1());
        robot.interact(() -> window.charts().touch().zoom(ChartSlot.MEAN, z));
        java.nio.file.Path f = dir.resolve("mean.csv");
        @SuppressWarnings("unchecked")
        java.util.concurrent.CompletableFuture<Boolean>[] done = new java.util.concurrent.CompletableFuture[1];
        robot.interact(() -> done[0] = window.exports().chartData(ChartSlot.MEAN, f));
        waitFor(() -> done[0].isDone());
        assertTrue(done[0].get());
        java.util.List<String> lines = java.nio.file.Files.readAllLines(f);
        java.util.List<String> mu = lines.stream().filter(l -> l.startsWith("\u03bc,")).toList();
        // steps 5..15 of the recorded run, nothing outside the zoom
        assertEquals(11, mu.size(), String.join("\n", lines));
        double[] rows = window.model().snapshot().rows()[1];
        for (String l : mu) {
            String[] p = l.split(",");
            int step = (int) Double.parseDouble(p[1]);
            assertTrue(step >= 5 && step <= 15, l);
            assertEquals(rows[step], Double.parseDouble(p[2]), 0.0, l);
        }
    }
}
