package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.likelihoodlab.charts.ChartSlot;
import org.likelihoodlab.charts.PlotGeometry;
import org.likelihoodlab.math.Eigen2;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In 2-D the ellipses are handles: the current one sets the start (μ₀, Σ₀), the true one the truth. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class InteractiveEllipsesTest {

    private LabWindow window;

    @Start
    void start(Stage stage) {
        window = new LabWindow(new Prefs("likelihoodlab-test"));
        stage.setScene(new Scene(window, 1280, 800));
        window.start("online-fix-2d.json", null);
        stage.show();
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    private static void waitFor(BooleanSupplier c) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, c::getAsBoolean);
    }

    private ChartCell cell() {
        return window.charts().cell(ChartSlot.SURFACE);
    }

    private Point2D screen(double x, double y) {
        return cell().localToScreen(x, y);
    }

    private PlotGeometry settled(FxRobot robot) throws Exception {
        robot.clickOn("#surfaceTab");
        waitFor(() -> cell().geometry() != null && window.model().snapshot().step() > 5);
        robot.interact(() -> window.model().pause());
        waitFor(() -> window.model().snapshot().state() != RunState.RUNNING);
        waitFor(() -> window.charts().shownVersion() == window.model().snapshot().version());
        WaitForAsyncUtils.waitForFxEvents();
        return cell().geometry();
    }

    private ChartTouch.Handle handle(ChartTouch.Kind kind, int axis) {
        return window.charts().touch().handles(ChartSlot.SURFACE).stream()
                .filter(h -> h.kind() == kind && h.axis() == axis).findFirst().orElseThrow();
    }

    @Test
    void draggingAnAxisEndOfTheCurrentEllipseSetsAPositiveDefiniteStartThroughThatPoint(FxRobot robot)
            throws Exception {
        PlotGeometry g = settled(robot);
        ChartTouch.Handle end = handle(ChartTouch.Kind.AXIS, 0);
        double[] c = window.model().snapshot().reported();
        long run = window.model().snapshot().runId();
        double fx = g.xPixel(end.x());
        double fy = g.yPixel(end.y());
        double tx = fx + 40;
        double ty = fy - 25;
        robot.drag(screen(fx, fy), MouseButton.PRIMARY).moveTo(screen(tx - 5, ty)).moveTo(screen(tx, ty));
        waitFor(() -> !cell().previewPoints().isEmpty());
        robot.release(MouseButton.PRIMARY);
        waitFor(() -> window.model().snapshot().runId() != run);
        double[] init = window.model().snapshot().scenario().init();
        assertEquals(c[0], init[0], 1e-12, "the mean stays");
        assertEquals(c[1], init[1], 1e-12);
        assertTrue(init[2] > 0 && Eigen2.det(init[2], init[3], init[4]) > 0, "positive definite");
        // the point let go of lies on the new start's 1-sigma ellipse, within a pixel or two
        double px = g.xValue(tx) - init[0];
        double py = g.yValue(ty) - init[1];
        double q = (init[4] * px * px - 2 * init[3] * px * py + init[2] * py * py) / Eigen2.det(init[2], init[3], init[4]);
        double pixel = (g.x1() - g.x0()) / g.width();
        assertEquals(1, Math.sqrt(q), 3 * pixel / Math.sqrt(Eigen2.min(init[2], init[3], init[4])));
    }

    @Test
    void draggingTheTrueEllipsesCentreMovesTheTrueMeanAndSamplesAgain(FxRobot robot) throws Exception {
        PlotGeometry g = settled(robot);
        ChartTouch.Handle centre = handle(ChartTouch.Kind.TRUE_MEAN, 0);
        double[] before = window.model().snapshot().view().truth().reported();
        long run = window.model().snapshot().runId();
        double fx = g.xPixel(centre.x());
        double fy = g.yPixel(centre.y());
        robot.drag(screen(fx, fy), MouseButton.PRIMARY).moveTo(screen(fx + 30, fy + 10)).moveTo(screen(fx + 50, fy + 20))
                .release(MouseButton.PRIMARY);
        waitFor(() -> window.model().snapshot().runId() != run);
        double[] t = window.model().snapshot().view().truth().reported();
        double pixel = (g.x1() - g.x0()) / g.width();
        assertEquals(g.xValue(fx + 50), t[0], 1.5 * pixel);
        assertEquals(g.yValue(fy + 20), t[1], 1.5 * pixel);
        for (int i = 2; i < 5; i++) {
            assertEquals(before[i], t[i], 1e-9, "the true covariance stays");
        }
        List<Double> none = cell().previewPoints();
        assertTrue(none.isEmpty());
    }
}
