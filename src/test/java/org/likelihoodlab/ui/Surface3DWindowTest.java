package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.charts.HeightField;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "3-D surface" tab: where the machine draws 3-D it shows the run's surface and path and turns
 * with the mouse; where it cannot (the headless tests) it says so in one line. The turning itself
 * is checked on a plain pane too, so it is tested everywhere.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class Surface3DWindowTest {

    private LabWindow window;
    private final OrbitControls orbit = new OrbitControls();
    private Pane target;

    @Start
    void start(Stage stage) {
        window = new LabWindow(new Prefs("likelihoodlab-test"));
        stage.setScene(new Scene(window, 1280, 800));
        window.start("batch-simultaneous-converges.json", null);
        stage.show();
        Stage other = new Stage();
        target = new StackPane(new Label("turn me"));
        target.setId("orbitTarget");
        target.setFocusTraversable(true);
        orbit.attach(target);
        other.setScene(new Scene(target, 400, 300));
        other.setX(0);
        other.setY(0);
        other.show();
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    @Test
    void theTabShowsTheSurfaceAndThePathOrSaysWhyItCannot(FxRobot robot, @TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().snapshot() != null);
        robot.interact(() -> window.controlsForTest().speedSlider.setValue(ControlPanel.SPEED_MAX));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().snapshot().convergedAt() > 0);
        // when:
        robot.clickOn("#surface3dTab");
        // then:
        Surface3DPane pane = window.charts().surface3d();
        assertEquals(Platform.isSupported(ConditionalFeature.SCENE3D), pane.supported());
        if (!pane.supported()) {
            Label notice = robot.lookup("#surface3dNotice").query();
            assertTrue(notice.isVisible() && notice.getText().startsWith("No 3-D view: this graphics pipeline cannot draw 3-D scenes"), notice.getText());
            assertTrue(robot.lookup("#surface3dReset").queryAs(Button.class).isDisabled());
            robot.interact(() -> pane.follow(window.model().snapshot()));   // and nothing throws
            assertEquals(0, pane.meshCount());
            return;
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.scene().field() != null);
        Snapshot s = window.model().snapshot();
        HeightField f = pane.scene().field();
        double atMle = f.value(s.mle()[0], s.mle()[1]);
        assertTrue(atMle >= f.top() && atMle - f.top() < 1e-3, "no vertex above the MLE, the top next to it");
        assertEquals(-HeightField.HEIGHT, pane.scene().mle.getTranslateY(), 1e-9, "the MLE's sphere on the summit");
        assertEquals(f.sceneX(s.mle()[0]), pane.scene().mle.getTranslateX(), 1e-9);
        assertNotNull(pane.scene().path().getMesh(), "the path is drawn");
        long meshes = pane.meshCount();
        robot.drag("#surface3dView", MouseButton.PRIMARY).moveBy(60, 30).release(MouseButton.PRIMARY);
        assertNotEquals(OrbitControls.TURN, pane.orbit().turn.getAngle());
        double distance = pane.orbit().distance.getZ();
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        assertNotEquals(distance, pane.orbit().distance.getZ(), "the wheel zooms");
        robot.clickOn("#surface3dReset");
        assertTrue(pane.orbit().isReset());
        assertEquals(meshes, pane.meshCount(), "turning does not rebuild the mesh");
        Path png = dir.resolve("surface-3d.png");
        robot.interact(() -> pane.savePng(png));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png));
    }

    @Test
    void aDragTurnsTheViewTheWheelZoomsAndResetRestoresIt(FxRobot robot) throws Exception {
        double turn = orbit.turn.getAngle();
        double tilt = orbit.tilt.getAngle();
        double distance = orbit.distance.getZ();
        // when: dragged right and down
        robot.drag("#orbitTarget", MouseButton.PRIMARY).moveBy(50, 20).release(MouseButton.PRIMARY);
        // then: turned and tilted by 0.4 degrees a pixel
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(turn - 50 * 0.4, orbit.turn.getAngle(), 2.5);
        assertEquals(tilt + 20 * 0.4, orbit.tilt.getAngle(), 2.5);
        // when: the wheel turns towards the screen
        robot.moveTo("#orbitTarget").scroll(2, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double d = orbit.distance.getZ();
        assertNotEquals(distance, d);
        // and Shift+Left turns by 10 degrees (plain arrows are the timeline's)
        double before = orbit.turn.getAngle();
        robot.clickOn("#orbitTarget").press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(before + 10, orbit.turn.getAngle(), 1e-9);
        robot.type(KeyCode.LEFT);
        assertEquals(before + 10, orbit.turn.getAngle(), 1e-9);
        // when: reset
        robot.interact(orbit::reset);
        assertTrue(orbit.isReset());
        assertEquals(OrbitControls.TILT, orbit.tilt.getAngle());
    }

    @Test
    void theMeanSurfaceIsRebuiltOnlyWhenSigmaMovesVisibly() {
        double[] built = {1, 0.3, 0.5};
        assertTrue(Surface3DPane.moved(null, new double[] {0, 0, 1, 0.3, 0.5}));
        assertFalse(Surface3DPane.moved(built, new double[] {0, 0, 1 + 1e-6, 0.3, 0.5}), "a converging run");
        assertTrue(Surface3DPane.moved(built, new double[] {0, 0, 1.01, 0.3, 0.5}));
        assertTrue(Surface3DPane.moved(built, new double[] {0, 0, Double.NaN, 0.3, 0.5}), "a diverged one");
    }
}
