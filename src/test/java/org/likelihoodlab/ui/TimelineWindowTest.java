package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline through the real window: keys, the scrubber, every view at the chosen step, play from the end. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {

    private LabWindow window;

    @Start
    void start(Stage stage) {
        window = new LabWindow(new Prefs("likelihoodlab-test"));
        stage.setScene(new Scene(window, 1280, 800));
        window.start("batch-coordinate-blowup.json", null);
        stage.show();
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    Snapshot await(Predicate<Snapshot> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Snapshot s = window.model().snapshot();
            return s != null && condition.test(s);
        });
        return window.model().snapshot();
    }

    /** @return the last step of the trajectory the mean chart draws, or -1 */
    double chartsLastStep() {
        if (window.charts().figures() == null) {
            return -1;
        }
        XYDataset d = window.charts().figures().meanChart().getXYPlot().getDataset();
        int n = d.getItemCount(0);
        return n == 0 ? -1 : d.getXValue(0, n - 1);
    }

    /** Waits until the snapshot, the charts and the scrubber's label all show step {@code k}. */
    void showsStep(FxRobot robot, long k) throws Exception {
        await(s -> s.step() == k && s.divergedAt() == 0);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chartsLastStep() == k);
        assertEquals(k, window.model().timeline().stepProperty().get());
        assertEquals("step " + TimelineBar.grouped(k) + " of 2 000", label(robot, "#timelineLabel"));
        // the classifier's word on the run then may follow (", crawling")
        assertTrue(label(robot, "#stateLabel").startsWith("viewing step " + k + " of 2000 (paused)"),
                label(robot, "#stateLabel"));
    }

    static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    void focusCharts(FxRobot robot) {
        robot.clickOn("#meanChart");
    }

    @Test
    void arrowsHomeAndTheScrubberShowTheBlowUpAtEarlierStepsAndRightAtTheEndIsLiveAgain(FxRobot robot)
            throws Exception {
        robot.interact(() -> window.controlsForTest().speedSlider.setValue(ControlPanel.SPEED_MAX));
        Snapshot end = await(s -> s.state() == RunState.DIVERGED);
        assertEquals(110, end.divergedAt());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chartsLastStep() == 109
                && robot.lookup("#diagnosisPane").query().isVisible());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#timelineSlider").query().isDisabled());
        assertEquals("step 110 of 2 000 (live)", label(robot, "#timelineLabel"));
        focusCharts(robot);

        assertEquals("Why the run broke", label(robot, "#diagnosisTitle"));
        // Left: step 109, before the divergence: σ still positive, and the diagnosis is not of a broken run
        robot.type(KeyCode.LEFT);
        showsStep(robot, 109);
        assertTrue(window.model().snapshot().reported()[1] > 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#diagnosisPane").query().isVisible()
                || !"Why the run broke".equals(label(robot, "#diagnosisTitle")));
        // Right: 110 is the end: the divergence again, live
        robot.type(KeyCode.RIGHT);
        await(s -> s.state() == RunState.DIVERGED && s == end);
        assertFalse(window.model().timeline().isActive());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#diagnosisPane").query().isVisible()
                && "Why the run broke".equals(label(robot, "#diagnosisTitle")));
        // Left three times, then Shift+Left: ten more
        robot.type(KeyCode.LEFT, 3);
        showsStep(robot, 107);
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        showsStep(robot, 97);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        showsStep(robot, 107);
        // Home: the start
        robot.type(KeyCode.HOME);
        await(s -> s.step() == 0);
        assertEquals("step 0 of 2 000", label(robot, "#timelineLabel"));

        // the scrubber: dragging its thumb shows the step it lands on
        Slider slider = robot.lookup("#timelineSlider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        robot.drag(thumb).moveBy(slider.getWidth() / 4, 0).moveBy(slider.getWidth() / 4, 0).drop();
        long k = window.model().timeline().stepProperty().get();
        assertTrue(k > 10 && k < 110, "dragged to " + k);
        assertEquals(k, Math.round(slider.getValue()));
        showsStep(robot, k);

        // End: live again, at the divergence
        robot.type(KeyCode.END);
        await(s -> s == end);
        assertEquals("step 110 of 2 000 (live)", label(robot, "#timelineLabel"));
    }

    @Test
    void playGoesOnFromTheRunsRealEndNotFromTheStepLookedAt(FxRobot robot) throws Exception {
        robot.interact(() -> window.loadPreset("batch-simultaneous-blowup.json"));
        await(s -> s.scenario().order() == org.likelihoodlab.optim.UpdateOrder.SIMULTANEOUS
                && s.state() == RunState.RUNNING && s.step() > 20);
        // while the run plays the scrubber is greyed, with its hint
        assertTrue(robot.lookup("#timelineSlider").query().isDisabled());
        assertTrue(label(robot, "#timelineLabel").startsWith("Pause to step"));
        focusCharts(robot);
        robot.type(KeyCode.SPACE);
        await(s -> s.state() == RunState.PAUSED);
        long at = window.model().barrier().get(10, TimeUnit.SECONDS);
        await(s -> s.step() == at);
        robot.type(KeyCode.LEFT, 5);
        showsStep(robot, at - 5);
        // Play: back to live, and on from step `at`
        robot.clickOn("#playButton");
        Snapshot s = await(x -> x.state() == RunState.RUNNING);
        assertFalse(window.model().timeline().isActive());
        assertTrue(s.step() >= at, "played on from " + s.step() + ", the run was at " + at);
        await(x -> x.step() > at + 3);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chartsLastStep() > at + 3);
        assertTrue(robot.lookup("#timelineSlider").query().isDisabled());
    }

    @Test
    void inARaceEveryVisibleRunIsShownAtTheStepOrAtItsOwnEnd(FxRobot robot) throws Exception {
        robot.interact(() -> window.controlsForTest().speedSlider.setValue(ControlPanel.SPEED_MAX));
        robot.interact(() -> window.loadRacePreset("batch-question-fixes.json"));
        // every run stops by itself: at its convergence, or the blow-up at its divergence
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            var live = window.model().liveSnapshotsProperty().get();
            return live.size() == 6 && live.stream().noneMatch(x -> x.state() == RunState.RUNNING)
                    && live.stream().anyMatch(x -> x.divergedAt() == 110);
        });
        java.util.List<Snapshot> live = window.model().liveSnapshotsProperty().get();
        long end = StepReplay.end(live);
        assertTrue(end > 110, "the slowest run ends after the blow-up: " + end);
        robot.interact(() -> window.model().timeline().goTo(100));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().timeline().shownStep() == 100);
        var lines = window.model().raceLines();
        assertEquals(6, lines.size());
        for (int i = 0; i < live.size(); i++) {
            long own = StepReplay.end(live.get(i));
            long want = own > 100 ? 100 : live.get(i).step();
            assertEquals(want, lines.get(i).view().step(), "run " + i + " (its end " + own + ")");
        }
        assertTrue(lines.stream().noneMatch(l -> l.view().divergedAt() > 0), "at 100 the blow-up has not diverged");
        // Play: every run back to live
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.model().timeline().isActive()
                && window.model().raceLines().stream().anyMatch(l -> l.view().divergedAt() == 110));
    }
}
