package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.likelihoodlab.charts.StochasticOverlay;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.NoiseBall;
import org.likelihoodlab.experiment.Sampling;
import org.likelihoodlab.experiment.Schedule;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stochastic controls of the window (sample order, schedule, warm-up, averaging, the
 * mini-batch slider) driven through the real controls, and what they show: lr_k beside α, the
 * averaged line, the noise-ball bands and the measured sd in the status line. The controls sit
 * below the fold of the panel at 1280x800, so they are fired as a click or Enter would.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StochasticWindowTest {

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

    Snapshot await(Predicate<Snapshot> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Snapshot s = window.model().snapshot();
            return s != null && condition.test(s);
        });
        return window.model().snapshot();
    }

    private static void enter(FxRobot robot, TextField f, String text) {
        robot.interact(() -> {
            f.setText(text);
            f.fireEvent(new javafx.event.ActionEvent());
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSampleOrderAndTheScheduleAreSettingsOfTheRunAndABadTauSnapsBack(FxRobot robot) throws Exception {
        await(s -> s.step() > 0);
        ComboBox<Sampling> sampling = robot.lookup("#samplingChoice").queryAs(ComboBox.class);
        // when: draws with replacement, seed 42
        robot.interact(() -> sampling.getSelectionModel().select(Sampling.REPLACE));
        enter(robot, robot.lookup("#samplingSeedField").queryAs(TextField.class), "42");
        Snapshot s = await(x -> x.scenario().sampling() == Sampling.REPLACE && Long.valueOf(42).equals(
                x.scenario().samplingSeed()));
        assertEquals(0, s.plan().changes().size(), "a new run, not a live change");
        // when: the 1/t schedule is chosen: tau defaults to a tenth of the run
        ComboBox<Schedule.Kind> kind = robot.lookup("#scheduleChoice").queryAs(ComboBox.class);
        robot.interact(() -> kind.getSelectionModel().select(Schedule.Kind.INV));
        s = await(x -> x.scenario().schedule().kind() == Schedule.Kind.INV && x.step() > 10);
        assertEquals(new Schedule(Schedule.Kind.INV, 2000, 0), s.scenario().schedule());
        // then: lr_k is shown beside alpha and is the schedule's
        Label lrNow = robot.lookup("#lrNowLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lrNow.isVisible() && lrNow.getText().startsWith("lr"));
        Snapshot shown = window.model().snapshot();
        assertEquals(shown.scenario().schedule().lr(shown.step(), shown.scenario().lr()), shown.stochastic().lrNow(),
                1e-15);
        // and the small chart of lr_k against step shows beside it: 1/t decays from alpha to alpha / (1 + k / tau)
        javafx.scene.Node chart = robot.lookup("#lrScheduleChart").query();
        assertTrue(chart.isVisible());
        double[] curve = ScheduleSparkline.curve(shown.scenario(), 100);
        double alpha = shown.scenario().lr();
        assertEquals(shown.scenario().schedule().lr(1, alpha), curve[0], 0.0);
        assertEquals(shown.scenario().schedule().lr(shown.scenario().steps(), alpha), curve[99], 0.0);
        for (int i = 1; i < curve.length; i++) {
            assertTrue(curve[i] <= curve[i - 1], "1/t only decreases");
        }
        // when: tau = -5 is typed
        TextField tau = robot.lookup("#scheduleA").queryAs(TextField.class);
        enter(robot, tau, "-5");
        // then: refused with the rule, the old schedule kept and shown again
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().messageProperty().get()
                .contains("TAU must be a number > 0"));
        assertEquals(new Schedule(Schedule.Kind.INV, 2000, 0), window.model().toScenario().schedule());
        assertEquals("2000", tau.getText());
        // when: step:K:GAMMA with GAMMA = 1.5
        robot.interact(() -> kind.getSelectionModel().select(Schedule.Kind.STEP));
        await(x -> x.scenario().schedule().kind() == Schedule.Kind.STEP);
        enter(robot, robot.lookup("#scheduleB").queryAs(TextField.class), "1.5");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().messageProperty().get()
                .contains("GAMMA must be in (0, 1]"));
        assertEquals(0.5, window.model().toScenario().schedule().b());
        // and a warm-up
        enter(robot, robot.lookup("#warmupField").queryAs(TextField.class), "100");
        await(x -> x.scenario().warmup() == 100);
        // and Save writes what the controls set: the file opens as the same scenario
        java.nio.file.Path file = java.nio.file.Files.createTempFile("stochastic", ".json");
        try {
            org.likelihoodlab.experiment.Scenario saved = window.model().toScenario();
            org.likelihoodlab.io.ScenarioJson.write(saved, file);
            org.likelihoodlab.experiment.Scenario opened = org.likelihoodlab.io.ScenarioJson.read(file);
            assertEquals(saved, opened);
            assertEquals(Sampling.REPLACE, opened.sampling());
            assertEquals(Long.valueOf(42), opened.samplingSeed());
            // step: K defaults to a quarter of the run (20000 steps), GAMMA to 0.5
            assertEquals(new Schedule(Schedule.Kind.STEP, 5000, 0.5), opened.schedule());
            assertEquals(100, opened.warmup());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void averagingDrawsTheAveragedLineAndAConstantRateTheNoiseBall(FxRobot robot) throws Exception {
        Snapshot s = await(x -> x.step() > 0);
        // then: a constant-lr online gd run carries the predicted ball, and the bands are drawn
        NoiseBall.Prediction ball = s.stochastic().ball();
        assertNotNull(ball);
        assertEquals(Math.sqrt(s.lr() / 2), ball.sd()[0], 0.03 * ball.sd()[0]);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.charts().figures() != null
                && window.charts().figures().stochastic() != null
                && window.charts().figures().stochastic().bandCount() == 8);
        // when: averaging is ticked, after B0 = 100
        enter(robot, robot.lookup("#averageFromField").queryAs(TextField.class), "100");
        CheckBox average = robot.lookup("#averageCheck").queryAs(CheckBox.class);
        robot.interact(average::fire);
        s = await(x -> x.scenario().average() == 100 && x.step() > 150 && x.stochastic().averaged() != null);
        // then: the averaged mean is drawn on the mean chart
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            StochasticOverlay o = window.charts().figures().stochastic();
            return o.averagedMean().getItemCount(0) > 2;
        });
        // and the status line has the ball beside the measured sd once the window has filled
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        assertTrue(status.getText().contains("ball " + String.format(java.util.Locale.ROOT, "%.3g",
                ball.sd()[0]) + "/"), status.getText());
        // when: averaging is off again
        robot.interact(average::fire);
        s = await(x -> x.scenario().average() == -1);
        assertNull(s.stochastic().averaged());
    }

    @Test
    void theBatchSliderIsLogarithmicFromOneToN(FxRobot robot) throws Exception {
        await(x -> x.step() > 0);
        @SuppressWarnings("unchecked")
        ComboBox<Mode> mode = robot.lookup("#modeChoice").queryAs(ComboBox.class);
        Slider slider = robot.lookup("#batchSlider").queryAs(Slider.class);
        assertFalse(slider.isVisible(), "online: no B");
        // when: mini-batch mode, and the slider set to 10^2
        robot.interact(() -> mode.getSelectionModel().select(Mode.MINIBATCH));
        await(x -> x.scenario().mode() == Mode.MINIBATCH);
        assertTrue(slider.isVisible());
        assertEquals(Math.log10(20_000), slider.getMax(), 1e-12);
        robot.interact(() -> slider.setValue(2));
        Snapshot s = await(x -> x.scenario().batchSize() == 100);
        assertEquals("100", robot.lookup("#batchField").queryAs(TextField.class).getText());
        // then: the ball is 1/sqrt(100) of B = 1's (math.md 9.5)
        assertEquals(Math.sqrt(s.lr() / 200), s.stochastic().ball().sd()[0], 0.03 * Math.sqrt(s.lr() / 200));
        // when: B = 30000 > n is typed
        enter(robot, robot.lookup("#batchField").queryAs(TextField.class), "30000");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().messageProperty().get()
                .contains("B must be at most n = 20000"));
        assertEquals(100, window.model().toScenario().batchSize());
    }

    @Test
    void theSweepTabRunsSeveralSeedsPerLearningRateAndDrawsTheBand(FxRobot robot) throws Exception {
        await(x -> x.step() > 0);
        robot.clickOn("#sweepTab");
        robot.doubleClickOn("#sweepCount").eraseText(6).write("5").type(javafx.scene.input.KeyCode.ENTER);
        robot.doubleClickOn("#sweepRepeats").eraseText(6).write("4").type(javafx.scene.input.KeyCode.ENTER);
        // when: the sweep runs on the file-order preset, no seed enters: refused with the reason
        robot.clickOn("#runSweep");
        Label msg = robot.lookup("#sweepMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> msg.getText().contains("needs a random sample order"));
        // when: the 1/t preset (draws with replacement)
        robot.interact(() -> window.loadPreset("online-fix-inv-2d.json"));
        await(x -> x.scenario().sampling() == Sampling.REPLACE);
        robot.clickOn("#runSweep");
        // then: five learning rates, four seeds each, median inside its band
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.charts().sweep().repeatedFigure().points().size() == 5
                && !window.charts().sweep().isRunning());
        var pts = window.charts().sweep().repeatedFigure().points();
        for (var p : pts) {
            assertEquals(4, p.repeats());
            assertTrue(p.p10() <= p.median() && p.median() <= p.p90(), p.toString());
        }
        assertTrue(msg.getText().contains("5 learning rates \u00d7 4 seeds"), msg.getText());
        var band = window.charts().sweep().repeatedFigure().data();
        assertTrue(band.getItemCount(0) > 0);
        assertEquals(pts.get(0).median(), band.getYValue(0, 0), 0);
        assertEquals(pts.get(0).p90(), band.getEndYValue(0, 0), 0);
    }
}
