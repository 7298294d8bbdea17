package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live window driven through its real controls, headless (Monocle). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LabWindowTest {

    private LabWindow window;
    private Stage stage;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        window = new LabWindow(new Prefs("likelihoodlab-test"));
        stage.setScene(new Scene(window, 1280, 800));
        window.start("online-fix-2d.json", null);
        window.updateTitle();
        stage.show();
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    Snapshot await(Predicate<Snapshot> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Snapshot s = window.model().snapshot();
            return s != null && condition.test(s);
        });
        return window.model().snapshot();
    }

    void pause(FxRobot robot) throws Exception {
        Snapshot s = await(x -> true);
        if (s.state() == RunState.RUNNING) {
            robot.clickOn("#playButton");
        }
        await(x -> x.state() != RunState.RUNNING);
    }

    /** The step once the worker has handled every command sent so far, and the screen shows it. */
    long settledStep() throws Exception {
        long step = window.model().barrier().get(10, TimeUnit.SECONDS);
        await(x -> x.step() == step);
        return step;
    }

    @Test
    void windowShowsWithTitle() throws Exception {
        await(s -> s.dim() == 2);
        assertTrue(stage.getTitle().startsWith("Likelihood Lab"), stage.getTitle());
        assertTrue(stage.getTitle().contains("Online, fixed"));
    }

    @Test
    void playAdvancesTheStepCounterAndPauseStopsIt(FxRobot robot) throws Exception {
        pause(robot);
        long before = settledStep();
        // when:
        robot.clickOn("#playButton");
        // then:
        Snapshot running = await(s -> s.step() > before + 5);
        assertEquals(RunState.RUNNING, running.state());
        robot.clickOn("#playButton");
        await(s -> s.state() == RunState.PAUSED);
        long paused = settledStep();
        // a paused worker takes no step between two of its commands
        assertEquals(paused, settledStep());
        assertEquals(paused, window.model().snapshot().step());
        assertTrue(((Label) robot.lookup("#statusLabel").query()).getText().contains("step " + paused));
    }

    @Test
    void chartsRedrawWhileTheRunPlays(FxRobot robot) throws Exception {
        Snapshot first = await(s -> s.step() > 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.charts().shownVersion() >= first.version());
        long shown = window.charts().shownVersion();
        // then: newer snapshots reach the screen, and the mean chart holds the trajectory
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.charts().shownVersion() > shown);
        var data = window.charts().figures().meanChart().getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertTrue(data.getItemCount(0) > 2);
        javafx.scene.image.ImageView view = (javafx.scene.image.ImageView)
                ((javafx.scene.layout.Pane) robot.lookup("#meanChart").query()).getChildren().get(0);
        assertNotNull(view.getImage());
        assertTrue(view.getImage().getWidth() > 100);
    }

    @Test
    void theEllipseAndMeanSurfaceViewsAppearAndUpdateWhileARunPlays(FxRobot robot) throws Exception {
        await(s -> s.dim() == 2 && s.step() > 2);
        // when:
        robot.clickOn("#surfaceTab");
        // then: both 2-D views are drawn, and again as the run moves on
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.charts().image(org.likelihoodlab.charts.ChartSlot.SURFACE) != null
                && window.charts().image(org.likelihoodlab.charts.ChartSlot.MEAN_SURFACE) != null);
        long seen = window.charts().shownVersion();
        long step = window.model().snapshot().step();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.charts().shownVersion() > seen);
        var plot = window.charts().painter().ellipseFigure().ellipseChart().getXYPlot();
        assertTrue(plot.getDataset().getItemCount(2) >= 2, "the mean's path is drawn");
        assertTrue(plot.getAnnotations().size() >= 3, "true, 1-sigma and 2-sigma ellipses");
        assertTrue(window.model().snapshot().step() > step);
    }

    @Test
    void theSurfaceAppearsForAOneDimensionalRunAndFollowsThePath(FxRobot robot) throws Exception {
        robot.clickOn("Presets").clickOn("8  Start \u03c3\u2080 = 0.1, simultaneous, \u03b1 = 0.01: \u03c3 thrown to 43");
        await(s -> s.dim() == 1 && s.step() >= 1);
        // when:
        robot.clickOn("#surfaceTab");
        // then:
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.charts().image(org.likelihoodlab.charts.ChartSlot.SURFACE) != null
                && window.charts().painter().surfaceFigure() != null);
        var surface = window.charts().painter().surfaceFigure();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> surface.range() != null && surface.range()[3] > 40);
        long grids = surface.gridCount();
        long seen = window.charts().shownVersion();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.charts().shownVersion() > seen + 3);
        // the path redraws every frame, the grid only when the ranges or data change
        assertTrue(surface.gridCount() - grids <= 2, "grid recomputed " + (surface.gridCount() - grids) + " times");
        // when: the log sigma axis is switched on
        robot.clickOn("#surfaceLog");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> surface.chart().getXYPlot().getRangeAxis()
                instanceof org.jfree.chart.axis.LogAxis);
        assertTrue(fxErrors.isEmpty(), fxErrors.toString());
    }

    @Test
    void aDivergedRunIsExplainedAndOneClickFixesIt(FxRobot robot) throws Exception {
        // when:
        robot.clickOn("Presets").clickOn("5  Batch (\u03bc, \u03c3), coordinate, \u03b1 = 1: \u03c3 \u2264 0");
        robot.interact(() -> window.controlsForTest().speedSlider.setValue(ControlPanel.SPEED_MAX));
        // then:
        await(s -> s.state() == RunState.DIVERGED);
        // the pane shows, then its text and fix buttons follow (wait for all three, not the pane alone)
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#diagnosisPane").query().isVisible()
                && robot.lookup("#fix0").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String text = ((javafx.scene.text.Text) robot.lookup("#diagnosisText").query()).getText();
        assertTrue(text.contains("\u03c3 went from 0.6368 to -0.03522"), text);
        assertTrue(text.contains("0.232"), text);
        javafx.scene.control.Button fix = robot.lookup("#fix0").query();
        assertEquals("Lower \u03b1 to 0.11 (below the bound)", fix.getText());
        // when: the fix is applied
        robot.clickOn("#fix0");
        // then: the same data rerun at 0.11 converges and the panel goes away
        Snapshot after = await(s -> s.state() == RunState.CONVERGED);
        assertEquals(0.11, after.lr());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#diagnosisPane").query().isVisible());
        assertTrue(window.model().name.get().startsWith("Fix: Lower"));
    }

    @Test
    void theLearningRateSliderShowsTheBoundOfSection6(FxRobot robot) throws Exception {
        robot.clickOn("Presets").clickOn("6  Batch (\u03bc, \u03c3), simultaneous, \u03b1 = 0.1: converges");
        robot.interact(() -> window.controlsForTest().speedSlider.setValue(ControlPanel.SPEED_MAX));
        await(s -> s.state() == RunState.CONVERGED);
        WaitForAsyncUtils.waitForFxEvents();
        Label bound = robot.lookup("#boundLabel").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bound.getText().contains("0.232"));
        assertTrue(bound.getText().contains("oscillates up to 0.928"), bound.getText());
        assertTrue(robot.lookup("#boundMark").query().isVisible());
    }

    @Test
    void theSweepViewRunsAndAPointLoadsThatRun(FxRobot robot) throws Exception {
        robot.clickOn("Presets").clickOn("6  Batch (\u03bc, \u03c3), simultaneous, \u03b1 = 0.1: converges");
        robot.clickOn("#sweepTab");
        robot.doubleClickOn("#sweepCount").eraseText(6).write("9").type(KeyCode.ENTER);
        // when:
        robot.clickOn("#runSweep");
        // then:
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.charts().sweep().figure().points().size() == 9
                && !window.charts().sweep().isRunning());
        var pts = window.charts().sweep().figure().points();
        assertEquals(0.001, pts.get(0).lr(), 1e-15);
        assertEquals(3, pts.get(8).lr(), 1e-12);
        assertTrue(pts.stream().anyMatch(p -> p.status() == org.likelihoodlab.experiment.Outcome.DIVERGED));
        assertTrue(((Label) robot.lookup("#sweepMessage").query()).getText().contains("diverged"));
        // when: a point is picked
        var chosen = pts.get(6);
        robot.interact(() -> window.charts().sweep().pickPoint(chosen));
        // then: the window runs that learning rate
        await(s -> s.lr() == chosen.lr() && s.step() >= 0);
        assertEquals(chosen.lr(), window.model().lr.get());
    }

    @Test
    void singleStepAdvancesExactlyOne(FxRobot robot) throws Exception {
        pause(robot);
        long before = settledStep();
        // when:
        robot.clickOn("#stepButton");
        // then:
        await(s -> s.step() == before + 1);
        assertEquals(before + 1, settledStep());
    }

    @Test
    void typingALearningRateChangesTheRunsLearningRate(FxRobot robot) throws Exception {
        // when:
        robot.doubleClickOn("#lrField").eraseText(12).write("0.0123").type(KeyCode.ENTER);
        // then:
        await(s -> s.lr() == 0.0123);
        assertEquals(0.0123, window.model().lr.get());
        assertEquals(Math.log10(0.0123), window.controlsForTest().lrSlider.getValue(), 1e-9);
        assertFalse(robot.lookup("#lrMessage").query().isVisible());
    }

    @Test
    void anInvalidLearningRateIsRefusedAndTheOldValueKept(FxRobot robot) throws Exception {
        double old = window.model().lr.get();
        // when:
        robot.doubleClickOn("#lrField").eraseText(12).write("fast").type(KeyCode.ENTER);
        // then:
        Label message = robot.lookup("#lrMessage").query();
        assertTrue(message.isVisible());
        assertTrue(message.getText().contains("'fast' is not a number"), message.getText());
        assertEquals(old, window.model().lr.get());
        assertEquals(Fields.format(old), ((TextField) robot.lookup("#lrField").query()).getText());
        // and a number out of range too
        robot.doubleClickOn("#lrField").eraseText(12).write("-1").type(KeyCode.ENTER);
        assertTrue(message.getText().contains("must be between 1e-5 and 10"), message.getText());
        assertEquals(old, window.model().lr.get());
    }

    @Test
    void resetReturnsToStepZero(FxRobot robot) throws Exception {
        Snapshot before = await(s -> s.step() > 3);
        // when:
        robot.clickOn("#resetButton");
        // then: a new run, back near the start (it plays on at 20 steps/s)
        Snapshot s = await(x -> x.runId() > before.runId());
        assertTrue(s.step() < before.step() + 3, s.step() + " vs " + before.step());
        pause(robot);
        robot.clickOn("#resetButton");
        await(x -> x.step() == 0);
        assertEquals(0, settledStep());
    }

    @Test
    void theTypoPresetEndsDivergedWithoutAnException(FxRobot robot) throws Exception {
        // when:
        robot.clickOn("Presets").clickOn("1  Online, typo \u03a3 = \u03b1\u2207 (2-D)");
        // then:
        Snapshot s = await(x -> x.state() == RunState.DIVERGED);
        assertEquals(1, s.divergedAt());
        WaitForAsyncUtils.waitForFxEvents();
        String state = ((Label) robot.lookup("#stateLabel").query()).getText();
        assertEquals("diverged at step 1: Sigma not positive definite", state);
        assertTrue(robot.lookup("#playButton").query().isDisabled());
        assertTrue(fxErrors.isEmpty(), fxErrors.toString());
    }

    @Test
    void switchingBetweenOneAndTwoDimensionsKeepsTheWindowWorking(FxRobot robot) throws Exception {
        await(s -> s.dim() == 2);
        // when:
        robot.clickOn("#dimChoice").clickOn("1-D");
        // then:
        Snapshot one = await(s -> s.dim() == 1);
        assertEquals(2, one.reported().length);
        // the charts follow on their own thread
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.charts().figures() != null
                && window.charts().figures().dim() == 1);
        robot.clickOn("#dimChoice").clickOn("2-D");
        Snapshot two = await(s -> s.dim() == 2);
        assertEquals(5, two.reported().length);
        robot.clickOn("#stepButton");
        await(s -> s.dim() == 2 && s.step() >= 1);
        assertTrue(fxErrors.isEmpty(), fxErrors.toString());
    }
}
