package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.charts.RunFigures;
import org.likelihoodlab.experiment.Outcome;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.RunPlan;
import org.likelihoodlab.optim.Optimizer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window shows, exports and reasons about exactly the run it is running. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OneTruthWindowTest {

    private LabWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new LabWindow(new Prefs("likelihoodlab-test"));
        stage.setScene(new Scene(window, 1280, 800));
        window.start("batch-simultaneous-blowup.json", null);
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

    /** The line widths of the trajectory charts as last drawn. */
    float[] strokes() {
        RunFigures f = window.charts().figures();
        if (f == null) {
            return new float[0];
        }
        List<float[]> all = new java.util.ArrayList<>();
        for (var chart : f.charts()) {
            var plot = chart.getXYPlot();
            for (int r = 0; r < plot.getRendererCount(); r++) {
                if (plot.getRenderer(r) instanceof XYLineAndShapeRenderer lr) {
                    for (int s = 0; s < 4; s++) {
                        if (lr.getSeriesStroke(s) instanceof BasicStroke bs) {
                            all.add(new float[] {bs.getLineWidth()});
                        }
                    }
                }
            }
        }
        float[] out = new float[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i)[0];
        }
        return out;
    }

    @Test
    void presentationModeOnAndOffRestoresTheDrawnStrokeWidths(FxRobot robot) throws Exception {
        Snapshot s = await(x -> x.step() > 0);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.charts().shownVersion() >= s.version()
                && strokes().length > 0);
        float[] before = strokes();
        // when: presentation mode on
        robot.interact(() -> window.appearance().presentation.set(true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> strokes().length == before.length
                && strokes()[0] > before[0] * 1.5f);
        // and off again (twice, to catch drift)
        robot.interact(() -> window.appearance().presentation.set(false));
        robot.interact(() -> window.appearance().presentation.set(true));
        robot.interact(() -> window.appearance().presentation.set(false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.charts().painter().style().lineScale() == 1
                && strokes().length == before.length && strokes()[0] == before[0]);
        // then: every stroke is as drawn before
        long shown = window.charts().painter().frames();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.charts().painter().frames() > shown);
        assertArrayEquals(before, strokes());
    }

    @Test
    void aLayoutPassThatLeavesEveryChartItsPixelSizeDrawsNothingAgain(FxRobot robot) throws Exception {
        await(x -> x.step() > 0);
        robot.interact(() -> window.model().pause());
        Snapshot s = await(x -> x.state() != RunState.RUNNING);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.charts().shownVersion() >= s.version());
        ChartCell mean = window.charts().cell(org.likelihoodlab.charts.ChartSlot.MEAN);
        double w = mean.getWidth();
        double h = mean.getHeight();
        int f0 = window.loop().frames();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.loop().frames() > f0 + 5);
        long drawn = window.charts().painter().frames();
        // when: the chart's size moves by a fraction of a pixel (as a relayout of the text around it does)
        double nudge = Math.floor(w) + 0.5 == w ? 0.25 : Math.floor(w) + 0.5 - w;
        robot.interact(() -> mean.resize(w + nudge, h));
        int f1 = window.loop().frames();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.loop().frames() > f1 + 5);
        // then: the images are still right, so nothing is drawn again
        assertEquals(drawn, window.charts().painter().frames(), "charts drawn again for the same pixel sizes");
        // when: the window is made narrower, every chart is drawn again at its new size
        robot.interact(() -> window.getScene().getWindow().setWidth(1100));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.charts().painter().frames() > drawn
                && Math.floor(mean.getWidth()) < Math.floor(w));
    }

    @Test
    void aLiveOptimizerSwitchIsWhatTheSnapshotTheBandsTheDiagnosisAndTheExportsSee(FxRobot robot) throws Exception {
        await(x -> x.step() > 5);
        // when: the optimizer is switched live, through its control
        @SuppressWarnings("unchecked")
        ComboBox<Optimizer> choice = robot.lookup("#optimizerChoice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(Optimizer.NATURAL));
        Snapshot s = await(x -> x.scenario().optimizer() == Optimizer.NATURAL && x.state() != RunState.RUNNING);
        // then: the plan records the change, and the snapshot's settings are the new ones
        assertEquals(Optimizer.GD, s.plan().scenario().optimizer());
        assertEquals(Optimizer.NATURAL, s.plan().changes().get(s.plan().changes().size() - 1).settings().optimizer());
        // the slider's bound is natural's (lr < 2), not gd's
        Label bound = robot.lookup("#boundLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bound.getText().contains("stable below 2"));
        // a fix the diagnosis offers keeps the natural gradient (it does not undo the live change)
        for (var f : s.diagnosis().fixes()) {
            assertTrue(f.scenario().optimizer() == Optimizer.NATURAL || f.label().contains("radient"), f.label());
        }
        // the CSV export and the GIF's replay are the run on screen, bit for bit
        Path csv = dir.resolve("live.csv");
        assertTrue(ReportsAndLecturesTest.exported(() -> window.exportTrajectory(csv)));
        List<String> rows = Files.readAllLines(csv);
        String[] last = rows.get(rows.size() - 1).split(",");
        assertEquals(s.step(), Long.parseLong(last[0]));
        assertEquals(s.reported()[0], Double.parseDouble(last[1]));
        assertEquals(s.reported()[1], Double.parseDouble(last[2]));
        RunPlan gifPlan = Exporter.replayPlan(s.plan(), s.step());
        Run gif = new Run(gifPlan, s.data());
        gif.runTo(s.step(), r -> true);
        assertArrayEquals(s.reported(), gif.reported());
        assertEquals(s.logLik(), gif.logLik());
    }

    @Test
    void theSliderTheDiagnosisAndTheSweepShowOneBound(FxRobot robot) throws Exception {
        // when: the coordinate blow-up preset starts
        robot.interact(() -> window.loadPreset("batch-coordinate-blowup.json"));
        Snapshot start = await(x -> x.scenario().order() == org.likelihoodlab.optim.UpdateOrder.COORDINATE);
        // then: the slider says the bound of the theory, s^2 = 0.232 at the MLE, from the first step
        Label bound = robot.lookup("#boundLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bound.getText().startsWith("At the MLE: stable below 0.232"));
        double sweepBound = org.likelihoodlab.experiment.Diagnosis.boundAtMle(start.scenario(), start.data()).local();
        assertEquals(sweepBound, BoundBands.boundOf(start).local());
        // and the diagnosis of the divergence names the same number
        Snapshot diverged = await(x -> x.state() == RunState.DIVERGED);
        assertTrue(diverged.diagnosis().text().contains("0.232"), diverged.diagnosis().text());
        assertEquals(sweepBound, BoundBands.boundOf(diverged).local());
    }

    @Test
    void theLineSearchAndClippingAreOptionsOfTheRun(FxRobot robot) throws Exception {
        await(x -> x.step() > 0);
        // when: the line search is ticked, and clipping at norm 2
        // (the boxes sit below the fold of the control panel at 1280x800: fire them as a click would)
        javafx.scene.control.CheckBox armijo = robot.lookup("#armijoCheck").queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(armijo::fire);
        Snapshot s = await(x -> x.scenario().guards().armijo());
        javafx.scene.control.CheckBox clip = robot.lookup("#clipCheck").queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(clip::fire);
        TextField field = robot.lookup("#clipField").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("2");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        s = await(x -> x.scenario().guards().clip() == 2);
        // then: a new run with both, and Save would write them
        assertEquals(0, s.plan().changes().size());
        assertTrue(window.model().toScenario().guards().armijo());
        assertEquals(2, window.model().toScenario().guards().clip());
    }

    @Test
    void aScenarioWhoseDataLieOutsideItsFolderAsksFirst(FxRobot robot) throws Exception {
        Path data = dir.resolve("elsewhere.csv");
        Files.writeString(data, "1\n2\n4\n");
        Path folder = Files.createDirectories(dir.resolve("stranger"));
        Path scenario = folder.resolve("s.json");
        Files.writeString(scenario, "{\"dim\": 1, \"data\": {\"file\": \"../elsewhere.csv\"}, \"lr\": 0.1, "
                + "\"steps\": 10}");
        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        // when: the user says no
        window.confirm = (header, text) -> {
            asked.add(text);
            return false;
        };
        robot.interact(() -> window.openScenario(scenario));
        Label msg = robot.lookup("#modelMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> msg.getText().startsWith("Not opened"));
        // then: asked once, naming the file, and nothing read
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("elsewhere.csv"), asked.get(0));
        assertTrue(window.model().snapshot().data().n() != 3);
        // when: yes, it opens
        window.confirm = (header, text) -> true;
        robot.interact(() -> window.openScenario(scenario));
        Snapshot s = await(x -> x.data().n() == 3);
        assertEquals(3, s.data().n());
    }

    @Test
    void droppingAnEditedCsvAgainFitsTheNewData(FxRobot robot) throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "1\n2\n2.5\n3\n");
        robot.interact(() -> window.dropped(csv));
        await(x -> x.data().n() == 4);
        // when: the file is edited in place (same path, same size class) and dropped again
        Files.writeString(csv, "1\n2\n2.5\n3\n4\n7\n");
        robot.interact(() -> window.dropped(csv));
        // then: the new rows are fitted
        Snapshot s = await(x -> x.data().n() == 6);
        assertEquals(6, s.data().n());
    }

    /**
     * Dragging the true-mean slider at n = 10^7 (each position resamples 10^7 points in the
     * background) keeps the window going: frames keep coming during the drag and the data follow
     * the slider. How long the FX thread's pieces of work take is a speed figure, measured by
     * {@code bench-ui} (its true-mean drag line), not asserted here: a timed assertion fails on a
     * busy machine without anything being wrong.
     */
    @Test
    void draggingTheTrueMeanAtTenMillionPointsKeepsTheFramesComingAndTheDataFollow(FxRobot robot) throws Exception {
        await(x -> x.step() > 0);
        robot.interact(() -> window.model().n.set(10_000_000));
        await(x -> x.data().n() == 10_000_000);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.model().isLoading());
        Slider mu = robot.lookup("#trueMu1").queryAs(Slider.class);
        // a first drag warms up the code paths (class loading, compilation)
        robot.drag(mu.lookup(".thumb")).moveBy(30, 0).moveBy(-30, 0).drop();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.model().isLoading());
        int f0 = window.loop().frames();
        robot.interact(() -> window.model().fxWork().reset());
        // when: the true-mean slider is dragged across
        robot.drag(mu.lookup(".thumb")).moveBy(60, 0).moveBy(60, 0).moveBy(-40, 0).drop();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.model().isLoading());
        WaitForAsyncUtils.waitForFxEvents();
        int f1 = window.loop().frames();
        long work = window.model().fxWork().max();
        // then: the data follow the slider and frames went on
        Snapshot s = await(x -> x.data().n() == 10_000_000
                && ((org.likelihoodlab.experiment.DataSource.Sampled) x.plan().scenario().data()).truth().mean()[0]
                == window.model().trueMu1.get());
        assertEquals(10_000_000, s.data().n());
        assertTrue(f1 - f0 > 10, "frames went on during the drag: " + (f1 - f0));
        assertTrue(work > 0, "the drag's edits were handled on the FX thread");
    }
}
