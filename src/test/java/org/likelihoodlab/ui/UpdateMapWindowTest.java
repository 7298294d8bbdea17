package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.likelihoodlab.experiment.UpdateMaps;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The update map tab follows the run: the eigenvalues of its state, and what they mean. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UpdateMapWindowTest {

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

    @Test
    void theTabShowsTheMapOfTheRunsStateAndSaysWhenItLeavesTheCircle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().snapshot() != null);
        robot.interact(() -> window.controlsForTest().speedSlider.setValue(ControlPanel.SPEED_MAX));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().snapshot().convergedAt() > 0);
        // when:
        robot.clickOn("#updateMapTab");
        // then: the map at the converged state, inside the circle
        Label sentence = robot.lookup("#updateMapSentence").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> sentence.getText().contains("inside the unit circle"));
        Snapshot s = window.model().snapshot();
        assertEquals(UpdateMaps.at(s.scenario(), s.data(), s.reported(), s.step()).eigenvalues(),
                window.charts().updateMap().current().eigenvalues());
        assertEquals(3, window.charts().updateMap().figure().planeChart().getXYPlot().getDataset().getSeriesCount(),
                "mu, scale, mixed");
        // when: the learning rate is raised past the bound s^2 = 0.232
        robot.clickOn("#lrField").push(KeyCode.CONTROL, KeyCode.A).write("0.3").type(KeyCode.ENTER);
        // then: the sigma direction leaves the circle (1 - 0.3 * 2/s^2 = -1.59)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sentence.getText().contains("outside the unit circle"));
        assertTrue(sentence.getText().contains("the \u03c3 direction grows by a factor"), sentence.getText());
        assertTrue(window.charts().updateMap().current().spectralRadius() > 1);
    }

    @Test
    void theSurfaceDrawsTheConfidenceRegionsWithTheStandardErrorsWhenAsked(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().snapshot() != null);
        robot.clickOn("#surfaceTab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.charts().painter().surfaceFigure() != null);
        var surface = window.charts().painter().surfaceFigure();
        assertEquals("", surface.confidenceNote());
        // when:
        robot.clickOn("#surfaceRegions");
        // then: the note gives s / sqrt(n) and s / sqrt(2n) of the run's data
        double s = Math.sqrt(window.model().snapshot().data().moments()[1]);
        int n = window.model().snapshot().data().n();
        String se = String.format(java.util.Locale.ROOT, "SE(\u03bc\u0302) = s/\u221an = %.4g", s / Math.sqrt(n));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> surface.confidenceNote().contains(se));
        assertTrue(surface.confidenceNote().contains(String.format(java.util.Locale.ROOT, "%.4g", s / Math.sqrt(2.0 * n))));
        long regions = surface.chart().getXYPlot().getAnnotations().stream()
                .filter(a -> a.getClass().getSimpleName().equals("DataPath")).count();
        assertEquals(2, regions, "the likelihood-ratio contour and the Wald ellipse");
        // when: turned off again
        robot.clickOn("#surfaceRegions");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> surface.confidenceNote().isEmpty());
    }
}
