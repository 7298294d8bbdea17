package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.lesson.Lesson;
import org.likelihoodlab.experiment.lesson.LessonScene;
import org.likelihoodlab.experiment.lesson.SceneRun;
import org.likelihoodlab.experiment.lesson.ScenePlayback;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.LessonJson;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lesson mode driven by the keys a presentation clicker sends, headless (Monocle). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LessonModeTest {

    private LabWindow window;
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new LabWindow(new Prefs("likelihoodlab-test"));
        stage.setScene(new Scene(window, 1280, 800));
        window.start("batch-simultaneous-converges.json", null);
        stage.show();
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    static final String RUN = "\"data\": {\"file\": \"data-a.csv\"}, \"param\": \"mu-sigma\", \"optimizer\": \"gd\", "
            + "\"steps\": 2000, \"init\": [0, 1]";

    /** A lesson of four scenes, the third broken (a negative learning rate). */
    Path lesson() throws Exception {
        Files.copy(Path.of("resources", "presets", "data-a.csv"), dir.resolve("data-a.csv"));
        String json = "{\"title\": \"Test lesson\", \"scenes\": ["
                + "{\"title\": \"First scene\", \"scenario\": {" + RUN + ", \"lr\": 1, \"order\": \"coordinate\"},"
                + " \"show\": {\"speed\": \"max\"}, \"narration\": \"Scene one: the gradient grows like 1/\\\\sigma^3.\","
                + " \"notes\": \"Notes of scene one\", \"cues\": [{\"do\": \"play-to\", \"step\": 40}]},"
                + "{\"title\": \"Second scene\", \"scenario\": {" + RUN + ", \"lr\": 0.1, \"order\": \"simultaneous\"},"
                + " \"show\": {\"speed\": \"max\", \"tab\": \"surface\"}, \"narration\": \"Scene two converges.\","
                + " \"cues\": [{\"do\": \"play\"}]},"
                + "{\"title\": \"Broken\", \"scenario\": {" + RUN + ", \"lr\": -1}},"
                + "{\"title\": \"Fourth scene\", \"scenario\": {" + RUN + ", \"lr\": 1, \"order\": \"coordinate\"},"
                + " \"show\": {\"speed\": \"max\"}, \"narration\": \"Scene four: diverges, then \\\\alpha = 0.1.\","
                + " \"cues\": [{\"do\": \"play\"}, {\"do\": \"set-lr\", \"lr\": 0.1}, {\"do\": \"highlight\", "
                + "\"target\": \"bound\"}, {\"do\": \"play\"}]}]}";
        return Files.writeString(dir.resolve("lesson.json"), json);
    }

    Snapshot await(Predicate<Snapshot> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Snapshot s = window.model().snapshot();
            return s != null && condition.test(s);
        });
        return window.model().snapshot();
    }

    void awaitFx(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    LessonMode mode() {
        return window.lessons();
    }

    String narration() {
        return mode().band().narrationText();
    }

    /** The state the headless playback of the scene ends in. */
    static SceneRun headless(LessonScene s) {
        Dataset d = Datasets.load(s.scenario().data(), s.scenario().dim());
        return ScenePlayback.play(s, d, 64).get(0);
    }

    void openLesson(FxRobot robot) throws Exception {
        Path file = lesson();
        robot.interact(() -> mode().open(file));
        awaitFx(() -> mode().isActive() && mode().player().index() == 0);
    }

    @Test
    void aLessonOpensPageDownAdvancesPageUpGoesBackBBlanksEscLeaves(FxRobot robot) throws Exception {
        openLesson(robot);
        // then: scene 1 of 3 (the broken scene is reported and skipped), its narration with the maths rendered
        assertNotNull(robot.lookup("#lessonBand").query());
        assertEquals("First scene", ((Label) robot.lookup("#lessonSceneTitle").query()).getText());
        assertEquals("scene 1 of 3", ((Label) robot.lookup("#lessonPosition").query()).getText());
        assertTrue(narration().contains("1/\u03c3"), narration());
        String problems = ((Label) robot.lookup("#lessonProblems").query()).getText();
        assertTrue(problems.contains("scene 3") && problems.contains("Broken") && problems.contains("lr"), problems);
        // the cue plays to step 40 and pauses there, exactly where the headless playback stops
        Snapshot at40 = await(s -> s.step() == 40 && s.state() == RunState.PAUSED);
        assertEquals("", mode().player().cueTextProperty().get());
        long settled = window.model().barrier().get(10, TimeUnit.SECONDS);
        assertEquals(40, settled);
        SceneRun h = headless(mode().player().lesson().scenes().get(0));
        assertArrayEquals(h.run().reported(), at40.reported());

        // when: Page Down
        robot.type(KeyCode.PAGE_DOWN);
        // then: scene 2's narration and state (its scenario, its tab), played to its convergence
        awaitFx(() -> mode().player().index() == 1);
        assertTrue(narration().contains("Scene two"), narration());
        assertEquals("scene 2 of 3", ((Label) robot.lookup("#lessonPosition").query()).getText());
        Snapshot two = await(s -> s.state() == RunState.CONVERGED);
        assertEquals(0.1, two.scenario().lr());
        assertEquals(53, two.step());
        assertEquals("surfaceTab", window.charts().getSelectionModel().getSelectedItem().getId());

        // when: Page Up
        robot.type(KeyCode.PAGE_UP);
        // then: scene 1 again, from its start
        awaitFx(() -> mode().player().index() == 0);
        assertTrue(narration().contains("Scene one"));
        await(s -> s.step() == 40 && s.state() == RunState.PAUSED && s.scenario().lr() == 1.0);

        // when: B blanks, B again shows
        robot.type(KeyCode.B);
        assertTrue(mode().isBlank());
        assertFalse(window.isVisible());
        assertEquals(Color.BLACK, stage.getScene().getFill());
        robot.type(KeyCode.B);
        assertFalse(mode().isBlank());
        assertTrue(window.isVisible());

        // when: Esc leaves
        robot.type(KeyCode.ESCAPE);
        assertFalse(mode().isActive());
        assertTrue(robot.lookup("#lessonBand").queryAll().isEmpty());
    }

    @Test
    void spaceAndRightAreNextAndTheCuesChangeAlphaAfterTheDivergence(FxRobot robot) throws Exception {
        openLesson(robot);
        await(s -> s.step() == 40 && s.state() == RunState.PAUSED);
        // when: Space (a clicker's next), then Right
        robot.type(KeyCode.SPACE);
        awaitFx(() -> mode().player().index() == 1);
        robot.type(KeyCode.RIGHT);
        awaitFx(() -> mode().player().index() == 2);
        assertEquals("Fourth scene", ((Label) robot.lookup("#lessonSceneTitle").query()).getText());
        // then: the run diverges at 110, starts again with alpha = 0.1 and converges at 50, as headless
        Snapshot end = await(s -> s.state() == RunState.CONVERGED && s.scenario().lr() == 0.1);
        SceneRun h = headless(mode().player().lesson().scenes().get(2));
        assertEquals(h.run().step(), end.step());
        assertEquals(50, end.step());
        assertArrayEquals(h.run().reported(), end.reported());
        assertEquals(0.1, window.model().lr.get());
        // Right at the last scene stays there
        robot.type(KeyCode.RIGHT);
        assertEquals(2, mode().player().index());
    }

    @Test
    void aRaceSceneRacesAllItsRunsAndEveryRunStopsAtAPlayToStep(FxRobot robot) throws Exception {
        // when: the shipped race lesson opens
        robot.interact(() -> mode().open(LessonMenu.shippedPath("which-fix-race.json")));
        awaitFx(() -> mode().isActive() && mode().player().index() == 0);
        // then: the six runs of the race file race in the window
        awaitFx(() -> window.model().snapshotsProperty().get().size() == 6);
        assertEquals("The fixes, side by side", ((Label) robot.lookup("#lessonSceneTitle").query()).getText());
        // when: a race scene with a play-to cue (the same race, edited into the lesson)
        LessonScene race = mode().player().lesson().scenes().get(0);
        LessonScene cued = new LessonScene("cued", null, race.race(), true, race.view(), "", "",
                List.of(org.likelihoodlab.experiment.lesson.Cue.playTo(30)));
        robot.interact(() -> {
            mode().player().edited(mode().player().lesson().with(0, cued));
            mode().player().show(0);
        });
        // then: every run that can still move stops at step 30 (the natural gradient converged at 4, the
        // line search at 7), as the headless playback
        awaitFx(() -> {
            List<Snapshot> all = window.model().snapshotsProperty().get();
            return all.size() == 6 && all.stream().allMatch(x -> x.state() != RunState.RUNNING && x.step() > 0)
                    && all.get(0).step() == 30;
        });
        List<Snapshot> all = window.model().snapshotsProperty().get();
        Dataset d = Datasets.load(cued.scenario().data(), 1);
        List<SceneRun> h = ScenePlayback.play(cued, d, 64);
        for (int k = 0; k < 6; k++) {
            assertEquals(h.get(k).run().step(), all.get(k).step(), "run " + (k + 1));
            assertArrayEquals(h.get(k).run().reported(), all.get(k).reported(), "run " + (k + 1));
        }
    }

    @Test
    void theSpeakerNotesFollowTheLesson(FxRobot robot) throws Exception {
        openLesson(robot);
        // when:
        robot.clickOn("#lessonNotesButton");
        awaitFx(() -> mode().notes() != null && mode().notes().isShowing());
        // then: this scene's notes, the next scene's title, a running timer
        SpeakerNotes n = mode().notes();
        assertEquals("Notes of scene one", n.notesText());
        assertEquals("Next: Second scene", n.nextText());
        assertTrue(n.timerText().matches("\\d+:\\d\\d"), n.timerText());
        // when: the lesson moves on (the key goes to the main window)
        robot.interact(() -> stage.requestFocus());
        robot.interact(() -> mode().player().next());
        // then:
        assertEquals("Next: Fourth scene", n.nextText());
        assertTrue(n.notesText().contains("Scene two converges"), n.notesText());
    }

    @Test
    void theEditorAddsThisStateReordersDeletesEditsAndSavesAtomically(FxRobot robot) throws Exception {
        openLesson(robot);
        // when: a preset, then "Add this state as a scene"
        robot.clickOn("Presets").clickOn("6  Batch (\u03bc, \u03c3), simultaneous, \u03b1 = 0.1: converges");
        await(s -> s.scenario().lr() == 0.1 && s.scenario().order().cliName().equals("simultaneous"));
        robot.interact(() -> mode().menu().editor().addCurrentState());
        Lesson l = mode().player().lesson();
        assertEquals(4, l.scenes().size());
        assertEquals(0.1, l.scenes().get(3).scenario().lr());
        // the editor: move the new scene up, edit its narration, delete the first scene
        robot.interact(() -> mode().menu().editor().edit());
        robot.interact(() -> ((javafx.scene.control.ListView<?>) mode().menu().editor().stage().getScene()
                .lookup("#editorScenes")).getSelectionModel().select(3));
        robot.interact(() -> ((javafx.scene.control.Button) mode().menu().editor().stage().getScene()
                .lookup("#editorUp")).fire());
        assertEquals(0.1, mode().player().lesson().scenes().get(2).scenario().lr());
        robot.interact(() -> {
            var scene = mode().menu().editor().stage().getScene();
            ((javafx.scene.control.TextArea) scene.lookup("#editorNarration")).setText("New words with \\alpha.");
            ((javafx.scene.control.Button) scene.lookup("#editorApply")).fire();
            ((javafx.scene.control.ListView<?>) scene.lookup("#editorScenes")).getSelectionModel().select(0);
            ((javafx.scene.control.Button) scene.lookup("#editorDelete")).fire();
        });
        List<LessonScene> scenes = mode().player().lesson().scenes();
        assertEquals(3, scenes.size());
        assertEquals("Second scene", scenes.get(0).title());
        assertEquals("New words with \\alpha.", scenes.get(1).narration());
        // when: saved
        Path out = dir.resolve("saved").resolve("edited.json");
        Files.createDirectories(out.getParent());
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = mode().menu().editor().save(out));
        // then: it reads back the same, data copied beside it where they were inside the jar
        assertTrue(ok[0]);
        Lesson back = LessonJson.read(out);
        assertEquals(List.of(), back.problems());
        assertEquals(3, back.scenes().size());
        assertEquals("New words with \\alpha.", back.scenes().get(1).narration());
        assertEquals(0.1, back.scenes().get(1).scenario().lr());
        assertEquals(2000, back.scenes().get(1).scenario().steps());
        try (var files = Files.list(out.getParent())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }
}
