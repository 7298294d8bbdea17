package org.likelihoodlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.experiment.lesson.Cue;
import org.likelihoodlab.experiment.lesson.Lesson;
import org.likelihoodlab.experiment.lesson.SceneView;
import org.likelihoodlab.math.Surfaces;

/** Lesson files: scenes by file or inline, broken scenes named and skipped, a round trip. */
class LessonJsonTest {

    @TempDir
    Path dir;

    static final String RUN = "\"data\": {\"file\": \"data-a.csv\"}, \"lr\": 0.1, \"steps\": 100";

    Path write(String json) throws Exception {
        if (!Files.exists(dir.resolve("data-a.csv"))) {
            Files.copy(Path.of("resources", "presets", "data-a.csv"), dir.resolve("data-a.csv"));
        }
        return Files.writeString(dir.resolve("l.json"), json);
    }

    @Test
    void brokenScenesAreNamedAndTheRestKept() throws Exception {
        Lesson l = LessonJson.read(write("{\"title\": \"T\", \"scenes\": ["
                + "{\"title\": \"ok\", \"scenario\": {" + RUN + "}},"
                + "{\"title\": \"no file\", \"scenario\": \"missing.json\"},"
                + "{\"title\": \"bad cue\", \"scenario\": {" + RUN + "}, \"cues\": [{\"do\": \"jump\"}]},"
                + "{\"scenario\": {" + RUN + "}, \"show\": {\"tab\": \"nowhere\"}},"
                + "{\"title\": \"both\", \"scenario\": {" + RUN + "}, \"race\": \"r.json\"},"
                + "{\"title\": \"ok too\", \"scenario\": {" + RUN + "}, \"cues\": [{\"do\": \"play-to\", \"step\": 5}]}]}"));
        assertEquals(List.of("ok", "ok too"), l.scenes().stream().map(s -> s.title()).toList());
        assertEquals(List.of(2, 3, 4, 5), l.problems().stream().map(Lesson.Problem::scene).toList());
        assertTrue(l.problems().get(0).describe().startsWith("scene 2 (\"no file\"): "), l.problems().get(0).describe());
        assertTrue(l.problems().get(0).message().contains("missing.json"), l.problems().get(0).message());
        assertTrue(l.problems().get(1).message().contains("play-to"), l.problems().get(1).message());
        assertTrue(l.problems().get(2).message().contains("show.tab"), l.problems().get(2).message());
        assertTrue(l.problems().get(3).message().contains("either 'scenario' or 'race'"));
        BadInputException e = assertThrows(BadInputException.class, () -> LessonJson.readAll(dir.resolve("l.json")));
        assertTrue(e.getMessage().contains("scene 2") && e.getMessage().contains("3 more"), e.getMessage());
    }

    @Test
    void aFileThatIsNoLessonAtAllIsBadInput() throws Exception {
        assertTrue(assertThrows(BadInputException.class, () -> LessonJson.read(write("[1]"))).getMessage()
                .contains("JSON object"));
        assertTrue(assertThrows(BadInputException.class, () -> LessonJson.read(write("{\"title\": \"x\"}")))
                .getMessage().contains("'scenes'"));
        assertTrue(assertThrows(BadInputException.class, () -> LessonJson.read(write("{\"scenes\": [], \"x\": 1}")))
                .getMessage().contains("unknown field 'x'"));
    }

    @Test
    void aLessonRoundTripsThroughItsFile() throws Exception {
        Path f = write("{\"title\": \"Round\", \"scenes\": ["
                + "{\"title\": \"A\", \"scenario\": {" + RUN + "}, \"show\": {\"tab\": \"surface\", \"surface\": "
                + "\"logsigma\", \"logSigmaAxis\": true, \"textScale\": 1.5, \"speed\": \"max\"}, \"narration\": "
                + "\"\\\\sigma^2\", \"notes\": \"n\", \"cues\": [{\"do\": \"play-to\", \"step\": 3}, {\"do\": \"play\"}, "
                + "{\"do\": \"set-lr\", \"lr\": 0.05}, {\"do\": \"highlight\", \"target\": \"bound\"}]},"
                + "{\"race\": {\"name\": \"R\", \"data\": {\"file\": \"data-a.csv\"}, \"runs\": [{\"lr\": 0.1, \"steps\": 50}, "
                + "{\"lr\": 0.2, \"steps\": 50, \"label\": \"second\"}]}, \"narration\": \"race\"}]}");
        Lesson l = LessonJson.read(f);
        assertEquals(List.of(), l.problems());
        Path out = dir.resolve("copy.json");
        LessonJson.write(l, out);
        Lesson back = LessonJson.read(out);
        assertEquals(List.of(), back.problems());
        assertEquals(l.title(), back.title());
        assertEquals(2, back.scenes().size());
        var a = back.scenes().get(0);
        assertEquals(new SceneView(SceneView.Tab.SURFACE, Surfaces.Scale.LOG_SIGMA, true, 1.5, SceneView.FLAT_OUT),
                a.view());
        assertEquals(List.of(Cue.playTo(3), Cue.play(), Cue.setLr(0.05), Cue.highlight("bound")), a.cues());
        assertEquals("\\sigma^2", a.narration());
        assertEquals("n", a.notes());
        assertNull(a.file());
        assertEquals(ScenarioJson.toJson(l.scenes().get(0).scenario()), ScenarioJson.toJson(a.scenario()));
        var r = back.scenes().get(1);
        assertTrue(r.isRace());
        assertEquals("R", r.title());
        assertEquals(List.of(0.1, 0.2), r.race().runs().stream().map(e -> e.scenario().lr()).toList());
        assertEquals("second", r.race().runs().get(1).label());
    }
}
