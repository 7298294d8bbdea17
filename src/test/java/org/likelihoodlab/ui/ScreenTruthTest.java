package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.io.ScenarioJson;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the window shows stays true after a sequence of actions: ticks, titles, texts, the charts-only view. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScreenTruthTest {

    private LabWindow window;
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new LabWindow(new Prefs("likelihoodlab-test"));
        stage.setScene(new Scene(window, 1280, 800));
        window.start("batch-coordinate-converges.json", null);
        window.updateTitle();
        stage.show();
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    private static void waitFor(BooleanSupplier c) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, c::getAsBoolean);
    }

    @Test
    void aLiveChangeOfAlphaLeavesATickAtItsStepOnTheCharts(FxRobot robot) throws Exception {
        waitFor(() -> window.model().snapshot() != null && window.model().snapshot().step() > 3);
        // when: a new alpha is typed while the run plays
        robot.doubleClickOn("#lrField").eraseText(12).write("0.05").type(KeyCode.ENTER);
        // then: the plan records it and the mean chart shows one tick there, labelled
        waitFor(() -> !window.model().snapshot().changes().isEmpty());
        long at = window.model().snapshot().changes().get(0).step();
        waitFor(() -> window.charts().figures() != null && window.charts().figures().changeTicks().size() == 1);
        List<ValueMarker> ticks = window.charts().figures().meanChart().getXYPlot().getDomainMarkers(Layer.FOREGROUND)
                .stream().filter(m -> m instanceof ValueMarker v && "\u03b1 \u2192 0.05".equals(v.getLabel()))
                .map(m -> (ValueMarker) m).toList();
        assertEquals(1, ticks.size());
        assertEquals(at, ticks.get(0).getValue());
    }

    @Test
    void theTitleSaysModifiedOnceTheSettingsLeaveThePresetAndSavingSaysSoToo(FxRobot robot) throws Exception {
        waitFor(() -> window.model().snapshot() != null);
        assertFalse(stage.getTitle().contains("(modified)"), stage.getTitle());
        // when: alpha is changed
        robot.doubleClickOn("#lrField").eraseText(12).write("0.05").type(KeyCode.ENTER);
        // then: window title and the preset's title say so
        waitFor(() -> stage.getTitle().endsWith("(modified)"));
        javafx.scene.control.Label title = robot.lookup(".explanation .title-text").queryAs(javafx.scene.control.Label.class);
        assertTrue(title.getText().endsWith(" (modified)"), title.getText());
        // and a saved file is named so, without the preset's explanation (written for other settings)
        Path f = dir.resolve("s.json");
        robot.interact(() -> assertTrue(window.saveScenario(f)));
        Scenario saved = ScenarioJson.read(f);
        assertTrue(saved.name().endsWith("(modified)"), saved.name());
        assertEquals("", saved.explanation());
        // when: undone, back to the preset's settings
        robot.interact(() -> window.undo());
        waitFor(() -> !stage.getTitle().contains("(modified)"));
    }

    @Test
    void thePresetsTextStaysBesideADiagnosisAndTheTabsDoNotMove(FxRobot robot) throws Exception {
        robot.clickOn("Presets").clickOn("5  Batch (\u03bc, \u03c3), coordinate, \u03b1 = 1: \u03c3 \u2264 0");
        waitFor(() -> window.model().snapshot() != null && window.model().snapshot().step() < 5);
        Node tabs = robot.lookup(".tab-header-area").query();
        WaitForAsyncUtils.waitForFxEvents();
        double tabsAt = tabs.localToScene(0, 0).getY();
        robot.interact(() -> window.controlsForTest().speedSlider.setValue(ControlPanel.SPEED_MAX));
        // when: the run diverges and the diagnosis appears
        waitFor(() -> robot.lookup("#diagnosisPane").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        // then: the preset's text is still there, and the tabs are where they were
        Node text = robot.lookup(".explanation .explanation-text").query();
        assertTrue(text.getParent().isVisible());
        assertEquals(tabsAt, tabs.localToScene(0, 0).getY(), 0.5);
        // when: the link folds the text away, and back
        robot.clickOn("#explanationToggle");
        waitFor(() -> !text.getParent().isVisible());
        assertEquals("Show the preset's text", robot.lookup("#explanationToggle")
                .queryAs(javafx.scene.control.Hyperlink.class).getText());
        robot.clickOn("#explanationToggle");
        waitFor(() -> text.getParent().isVisible());
    }

    @Test
    void f9ShowsTheChartsAlone(FxRobot robot) throws Exception {
        waitFor(() -> window.model().snapshot() != null);
        Node controls = robot.lookup("#playButton").query();
        double before = robot.lookup("#meanChart").query().getBoundsInLocal().getWidth();
        // when:
        robot.clickOn("#meanChart").type(KeyCode.F9);
        // then: no control panel, wider charts
        waitFor(() -> !controls.isVisible() || controls.getScene() == null || !isShowing(controls));
        waitFor(() -> robot.lookup("#meanChart").query().getBoundsInLocal().getWidth() > before + 100);
        // when: again
        robot.type(KeyCode.F9);
        waitFor(() -> isShowing(controls));
    }

    @Test
    void aRefusedFieldSaysWhyBesideTheField(FxRobot robot) throws Exception {
        waitFor(() -> window.model().snapshot() != null);
        javafx.scene.control.TextField n = robot.lookup("#nField").queryAs(javafx.scene.control.TextField.class);
        // when: a word is typed for n
        robot.doubleClickOn(n).eraseText(12).write("many").type(KeyCode.ENTER);
        // then: a tip just under the field says why, and the old value stays
        javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) n.getProperties().get(Fields.REFUSAL_TIP);
        waitFor(() -> tip != null && tip.isShowing());
        assertTrue(tip.getText().contains("'many' is not a whole number"), tip.getText());
        javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
        assertEquals(b.getMinX(), tip.getAnchorX(), 4, "beside the field, not elsewhere");
        assertTrue(tip.getAnchorY() >= b.getMaxY() - 10 && tip.getAnchorY() < b.getMaxY() + 40, tip.getAnchorY() + " vs " + b);
        assertEquals(Integer.toString(window.model().n.get()), n.getText());
    }

    @Test
    void afterAConvergedRunIsGivenAnOscillatingAlphaTheStatusNoLongerSaysConverged(FxRobot robot) throws Exception {
        robot.interact(() -> window.controlsForTest().speedSlider.setValue(ControlPanel.SPEED_MAX));
        waitFor(() -> window.model().snapshot() != null && window.model().snapshot().state() == RunState.CONVERGED);
        long convergedAt = window.model().snapshot().convergedAt();
        // when: alpha goes to 0.5, between the bound 0.232 and 0.928 (oscillates), and Play is pressed
        robot.doubleClickOn("#lrField").eraseText(12).write("0.5").type(KeyCode.ENTER);
        robot.clickOn("#playButton");
        // then: a few hundred steps on, nothing on screen says "converged"
        waitFor(() -> window.model().snapshot().step() > convergedAt + 400);
        robot.clickOn("#playButton");
        waitFor(() -> window.model().snapshot().state() != RunState.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.lookup("#stateLabel").queryAs(javafx.scene.control.Label.class).getText();
        assertFalse(status.contains("converged"), status);
        assertTrue(window.charts().figures().marks().stream().noneMatch(m -> m.label() != null
                && m.label().startsWith("converged")), "no convergence mark is left on the charts");
    }

    @Test
    void theBoundMarkStaysOnTheBoundAfterTheTextSizeAndTheWindowChange(FxRobot robot) throws Exception {
        waitFor(() -> window.model().snapshot() != null);
        javafx.scene.control.Slider slider = window.controlsForTest().lrSlider;
        javafx.scene.shape.Line mark = robot.lookup("#boundMark").queryAs(javafx.scene.shape.Line.class);
        for (double scale : new double[] {1.75, 1.0, 1.25}) {
            // when: the text size changes, then the window's width
            robot.interact(() -> window.appearance().setScale(scale));
            robot.interact(() -> stage.setWidth(scale == 1.0 ? 1100 : 1280));
            WaitForAsyncUtils.waitForFxEvents();
            // then: the mark is where the bound is on the slider's track, in the slider's own scale
            double bound = BoundBands.boundOf(window.model().snapshot()).local();
            waitFor(() -> Math.abs(mark.getStartX() - expectedX(slider, bound)) < 1.5);
        }
    }

    private static double expectedX(javafx.scene.control.Slider slider, double bound) {
        Node track = slider.lookup(".track");
        javafx.geometry.Bounds b = track.getBoundsInParent();
        double t = (Math.log10(bound) - slider.getMin()) / (slider.getMax() - slider.getMin());
        return slider.getLayoutX() + b.getMinX() + t * b.getWidth();
    }

    private static boolean isShowing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void onlineTheBoundSaysItIsTheWholeDataBoundAndThatNoiseCanThrowARunOutBelowIt(FxRobot robot) throws Exception {
        javafx.scene.control.Label bound = robot.lookup("#boundLabel").queryAs(javafx.scene.control.Label.class);
        waitFor(() -> bound.getText().startsWith("At the MLE: stable below"));
        assertFalse(bound.getText().contains("one sample"), bound.getText());
        // when: the online 2-D preset is loaded, the same number, said for the state it holds at
        robot.interact(() -> window.loadPreset("online-fix-2d.json"));
        waitFor(() -> bound.getText().contains("one sample a step"));
        assertTrue(bound.getText().startsWith("At the MLE, for the whole data's gradient: stable below 1.97"),
                bound.getText());
        assertTrue(bound.getText().endsWith("the sweep shows where"), bound.getText());
    }
}
