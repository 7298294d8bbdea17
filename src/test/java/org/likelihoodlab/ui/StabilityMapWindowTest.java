package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.experiment.MapAxis;
import org.likelihoodlab.experiment.Outcome;
import org.likelihoodlab.experiment.StabilityMap;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The stability map tab, driven through its controls: run, hover, click a cell, cancel, export. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StabilityMapWindowTest {

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

    StabilityPane pane() {
        return window.charts().stability();
    }

    void type(FxRobot robot, String id, String text) {
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.A).write(text).type(KeyCode.ENTER);
    }

    void openWithSmallAxes(FxRobot robot, int nx, int ny) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().snapshot() != null);
        robot.clickOn("#stabilityTab");
        type(robot, "#mapXFrom", "0.01");
        type(robot, "#mapXTo", "2");
        type(robot, "#mapXCount", Integer.toString(nx));
        type(robot, "#mapYFrom", "0.2");
        type(robot, "#mapYTo", "2");
        type(robot, "#mapYCount", Integer.toString(ny));
    }

    @Test
    void theMapIsTheHeadlessMapAndACellRunsInTheWindow(FxRobot robot) throws Exception {
        openWithSmallAxes(robot, 10, 6);
        // when:
        robot.clickOn("#runMap");
        // then: every cell arrives, and they are the cells of the headless map of the same scenario
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !pane().isRunning()
                && pane().figure().cells().stream().allMatch(c -> c != null));
        Snapshot shown = window.model().snapshot();
        MapAxis x = new MapAxis(MapAxis.Setting.LR, 0.01, 2, 10, true);
        MapAxis y = new MapAxis(MapAxis.Setting.SIGMA0, 0.2, 2, 6, true);
        List<StabilityMap.Cell> headless = StabilityMap.run(shown.scenario(), s -> shown.data(), x, y, 1, null);
        assertEquals(headless, pane().figure().cells());
        assertTrue(headless.stream().anyMatch(c -> c.status() == Outcome.CONVERGED));
        assertTrue(headless.stream().anyMatch(c -> c.status() != Outcome.CONVERGED));
        assertFalse(pane().figure().curves().isEmpty(), "the bounds are drawn");
        assertTrue(((Label) robot.lookup("#mapMessage").query()).getText().contains("converged"));
        // when: the pointer rests on a cell
        StabilityMap.Cell chosen = headless.stream().filter(c -> c.status() == Outcome.CONVERGED).findFirst()
                .orElseThrow();
        robot.moveTo(pane().screenPointOf(chosen));
        // then: its numbers
        Label hover = robot.lookup("#mapHover").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hover.getText().contains("converged at step "
                + chosen.step()));
        // when: it is clicked (with the window running flat out)
        robot.interact(() -> window.controlsForTest().speedSlider.setValue(ControlPanel.SPEED_MAX));
        robot.clickOn(pane().screenPointOf(chosen));
        // then: the window runs that cell's settings, and gets the cell's outcome at its step
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Snapshot s = window.model().snapshot();
            return s.lr() == chosen.x() && s.scenario().init()[1] == chosen.y() && s.convergedAt() > 0;
        });
        assertEquals(chosen.step(), window.model().snapshot().convergedAt());
        // when: another cell is Shift+clicked
        StabilityMap.Cell other = headless.stream().filter(c -> c != chosen && c.status() != Outcome.CONVERGED)
                .findFirst().orElseThrow();
        robot.press(KeyCode.SHIFT).clickOn(pane().screenPointOf(other)).release(KeyCode.SHIFT);
        // then: it races beside the first, selected
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().roster().size() == 2
                && window.model().snapshotsProperty().get().size() == 2);
        assertEquals(other.x(), window.model().roster().selected().scenario().lr());
        assertEquals(chosen.x(), window.model().roster().runs().get(0).scenario().lr());
        // when: the map is exported as CSV
        Path csv = dir.resolve("map.csv");
        Boolean ok = WaitForAsyncUtils.asyncFx(() -> pane().export(csv, "csv")).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
        // this export is what sweep2 writes
        assertTrue(ok);
        List<String> rows = Files.readAllLines(csv);
        assertEquals(StabilityMap.HEADER, rows.get(0));
        for (int i = 0; i < headless.size(); i++) {
            assertEquals(StabilityMap.csv(headless.get(i)), rows.get(i + 1));
        }
        Path png = dir.resolve("map.png");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> pane().export(png, "png")).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS));
        assertNotNull(javax.imageio.ImageIO.read(png.toFile()));
    }

    @Test
    void cancelStopsALongMapAndKeepsWhatArrived(FxRobot robot) throws Exception {
        openWithSmallAxes(robot, 1024, 1024);
        robot.clickOn("#runMap");
        assertTrue(pane().isRunning());
        // when:
        robot.clickOn("#runMap");
        // then:
        assertFalse(pane().isRunning());
        Label msg = robot.lookup("#mapMessage").query();
        assertTrue(msg.getText().startsWith("map cancelled after "), msg.getText());
        long shown = pane().figure().cells().stream().filter(c -> c != null).count();
        assertTrue(shown < 1024 * 1024, "a part of the map: " + shown);
        assertTrue(((javafx.scene.control.Button) robot.lookup("#runMap").query()).getText().equals("Run map"));
    }
}

