package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.experiment.Race;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.io.RaceJson;
import org.likelihoodlab.optim.Optimizer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The race in the window: runs added, renamed, hidden, removed; the leaderboard; race files. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RaceWindowTest {

    private LabWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new LabWindow(new Prefs("likelihoodlab-test"));
        stage.setScene(new Scene(window, 1280, 800));
        window.start("batch-coordinate-converges.json", null);
        stage.show();
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    private void waitFor(BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; the window said: '" + model().messageProperty().get() + "' / '"
                    + model().infoProperty().get() + "', runs " + model().roster().size() + ", snapshots "
                    + snapshots().size(), e);
        }
    }

    private LabModel model() {
        return window.model();
    }

    private List<Snapshot> snapshots() {
        return model().snapshotsProperty().get();
    }

    /** The run alone, made from its plan from step 0 to the snapshot's step: the same numbers, bit for bit. */
    private static void sameAsAlone(Snapshot s) {
        Run alone = new Run(s.plan(), s.data());
        while (alone.step() < s.step() && alone.advance()) {
            // step
        }
        assertEquals(s.step(), alone.step());
        assertEquals(Arrays.toString(s.reported()), Arrays.toString(alone.reported()));
    }

    @Test
    void addingRenamingHidingAndRemovingRuns(FxRobot robot) throws Exception {
        waitFor(() -> model().snapshot() != null);
        assertFalse(window.leaderboard().isVisible(), "one run: no leaderboard");
        // when: the selected run is copied, then one with natural gradient is added
        robot.clickOn("#addRun");
        robot.clickOn("#addRunWithChange").clickOn("natural gradient (\u03b1 = 0.5)");
        // then: three runs race, the new one selected and edited by the controls
        waitFor(() -> snapshots().size() == 3);
        assertEquals(3, model().roster().size());
        assertEquals(Optimizer.NATURAL, model().optimizer.get());
        assertEquals(Optimizer.NATURAL, model().roster().selected().scenario().optimizer());
        assertTrue(window.leaderboard().isVisible());
        waitFor(() -> window.leaderboard().rows().size() == 3);
        waitFor(() -> window.charts().figures() != null && window.charts().figures().raceRuns() == 3);
        // each run is drawn in its own colour and named in the legend
        var legend = window.charts().figures().meanChart().getXYPlot().getLegendItems();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            names.add(legend.get(i).getLabel());
        }
        for (RaceRun r : model().roster().runs()) {
            assertTrue(names.contains(r.label()), names + " lacks " + r.label());
        }
        // when: the selected run is renamed in its card
        TextField name = robot.lookup(".race-card.selected .race-name").queryAs(TextField.class);
        robot.clickOn(name);
        robot.interact(name::selectAll);
        robot.write("Fisher").type(javafx.scene.input.KeyCode.ENTER);
        // then: legend and leaderboard say so
        waitFor(() -> model().roster().selected().label().equals("Fisher"));
        waitFor(() -> window.leaderboard().rows().stream().anyMatch(r -> r.run().label().equals("Fisher")));
        // when: the first run is hidden
        CheckBox first = robot.lookup(".race-card .race-visible").queryAs(CheckBox.class);
        robot.clickOn(first);
        // then: the charts draw two runs; the hidden one still runs
        waitFor(() -> window.charts().figures().raceRuns() == 2);
        assertFalse(model().roster().runs().get(0).visible.get());
        // when: the selected run is removed
        long stepOfFirst = snapshots().get(0).step();
        robot.clickOn(".race-card.selected .race-remove");
        // then: two runs remain and go on where they were (not restarted)
        waitFor(() -> snapshots().size() == 2);
        assertEquals(2, model().roster().size());
        assertTrue(snapshots().get(0).step() >= stepOfFirst);
        for (Snapshot s : snapshots()) {
            sameAsAlone(s);
        }
    }

    @Test
    void aSixRunRaceReplaysEqualSixRunsMadeAlone(FxRobot robot) throws Exception {
        robot.clickOn("Race").clickOn("The batch question's fixes");
        waitFor(() -> snapshots().size() == 6 && model().roster().size() == 6);
        robot.interact(() -> window.controlsForTest().speedSlider.setValue(ControlPanel.SPEED_MAX));
        // every run goes to its end: converged (and held there), diverged, or its last step
        waitFor(() -> snapshots().size() == 6 && snapshots().stream().noneMatch(s -> s.state() == RunState.RUNNING));
        List<Snapshot> all = snapshots();
        assertEquals(6, all.size());
        for (Snapshot s : all) {
            sameAsAlone(s);
        }
        // the blow-up run diverges alone and keeps its mark; the others go on
        assertTrue(all.stream().anyMatch(s -> s.state() == RunState.DIVERGED));
        assertTrue(all.stream().anyMatch(s -> s.state() != RunState.DIVERGED && s.step() > 50));
        waitFor(() -> window.charts().figures().marks().stream().anyMatch(m -> m.diverged()
                && m.label().contains("diverged at")));
        // the leaderboard says the same as the runs
        waitFor(() -> window.leaderboard().rows().size() == 6);
        List<Leaderboard.Row> rows = window.leaderboard().rows();
        for (int i = 0; i < 6; i++) {
            assertEquals(Leaderboard.status(all.get(i)), rows.get(i).status());
            assertEquals(all.get(i).step(), rows.get(i).step());
        }
    }

    @Test
    void clickingALeaderboardRowSelectsThatRunAndLiveChangesStayInIt(FxRobot robot) throws Exception {
        robot.clickOn("Race").clickOn("The momentum family: gd, heavy ball, Nesterov");
        waitFor(() -> snapshots().size() == 3 && window.leaderboard().rows().size() == 3);
        // paused, so no diagnosis comes and goes while the mouse moves; the board holds the three runs
        robot.clickOn("#playButton");
        waitFor(() -> snapshots().stream().noneMatch(s -> s.state() == RunState.RUNNING));
        waitFor(() -> window.leaderboard().getHeight() >= 30 + 22 * 3);
        WaitForAsyncUtils.waitForFxEvents();
        // when: the third row is clicked
        Leaderboard.Row third = window.leaderboard().rows().get(2);
        robot.clickOn(robot.lookup("#leaderboard .table-row-cell").match((javafx.scene.control.TableRow<Leaderboard.Row> r)
                -> r.getItem() != null && r.getItem().run() == third.run()).queryAs(javafx.scene.Node.class));
        // then: the controls edit that run
        waitFor(() -> model().roster().selected() == third.run());
        assertEquals(third.run().scenario().optimizer(), model().optimizer.get());
        // when: its learning rate is typed (a live change)
        robot.interact(() -> model().lr.set(0.0123));
        model().barrier().get(10, TimeUnit.SECONDS);
        // then: only that run's plan records it
        waitFor(() -> snapshots().get(2).lr() == 0.0123);
        assertTrue(snapshots().get(0).changes().isEmpty());
        assertTrue(snapshots().get(1).changes().isEmpty());
        assertEquals(0.0123, snapshots().get(2).changes().get(0).settings().lr());
    }

    @Test
    void aRaceFileRoundTripsThroughTheWindow(FxRobot robot) throws Exception {
        robot.clickOn("Race").clickOn("Adaptive steps: AdaGrad, RMSProp, Adam");
        waitFor(() -> model().roster().size() == 3 && snapshots().size() == 3);
        Race before = model().toRace();
        Path file = dir.resolve("race.json");
        // the preset's data file lies outside the temporary folder: say yes when asked to read it
        window.confirm = (header, text) -> true;
        // when: saved and opened again (after the window went back to one run)
        robot.interact(() -> assertTrue(window.raceFiles().save(file)));
        assertEquals(before.runs(), RaceJson.read(file).runs());
        robot.interact(() -> window.loadPreset("batch-coordinate-converges.json"));
        waitFor(() -> model().roster().size() == 1);
        robot.interact(() -> window.openScenario(file));
        // then: the same race
        waitFor(() -> model().roster().size() == 3 && snapshots().size() == 3);
        assertEquals(before.runs(), model().toRace().runs());
        // and the leaderboard exports as race's summary.csv does
        Path csv = dir.resolve("board.csv");
        waitFor(() -> window.leaderboard().rows().size() == 3);
        robot.interact(() -> assertTrue(window.raceFiles().exportLeaderboard(csv)));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("run,label,status,step,final_loglik,distance", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("1,"));
    }
}
