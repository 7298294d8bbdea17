package org.likelihoodlab.io;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.likelihoodlab.experiment.Race;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.SettingException;
import org.likelihoodlab.experiment.lesson.Cue;
import org.likelihoodlab.experiment.lesson.Lesson;
import org.likelihoodlab.experiment.lesson.LessonScene;
import org.likelihoodlab.experiment.lesson.SceneView;

/**
 * Lesson files: {@code {"title": ..., "scenes": [{...}, ...]}}. A scene has a {@code "scenario"}
 * or a {@code "race"}, each either a file name (relative to the lesson file) or the object itself
 * as in a scenario or race file, and {@code "title"}, {@code "show"} ({@code tab}, {@code surface},
 * {@code logSigmaAxis}, {@code textScale}), {@code "narration"}, {@code "notes"} and {@code "cues"}
 * ({@code {"do": "play-to", "step": 110}}, {@code {"do": "play"}}, {@code {"do": "set-lr", "lr": 0.1}},
 * {@code {"do": "highlight", "target": "bound"}}). A scene that cannot be read is skipped and named in
 * the lesson's problems; the file as a whole must be a JSON object with at least the scenes list.
 */
public final class LessonJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> TOP = Set.of("title", "scenes");
    private static final Set<String> SCENE = Set.of("title", "scenario", "race", "show", "narration", "notes", "cues");

    private LessonJson() {
    }

    /**
     * Reads a lesson, keeping the scenes that can be read.
     *
     * @throws BadInputException if the file is not a lesson at all (not JSON, no scenes list)
     */
    public static Lesson read(Path file) {
        String name = SmallJsonFile.nameOf(file);
        String text = SmallJsonFile.text(file, name, "not a lesson file");
        JsonNode root = SmallJsonFile.tree(MAPPER, text, name,
                "a lesson is one JSON object with \"title\" and \"scenes\"");
        if (root == null || !root.isObject()) {
            throw new BadInputException(name + ": expected a JSON object with \"title\" and \"scenes\"");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!TOP.contains(f)) {
                throw new BadInputException(name + ": unknown field '" + Messages.token(f) + "' (a lesson has title "
                        + "and scenes)");
            }
        }
        JsonNode scenes = root.get("scenes");
        if (scenes == null || !scenes.isArray()) {
            throw new BadInputException(name + ": field 'scenes' must be a list of scenes");
        }
        if (root.has("title") && !root.get("title").isTextual()) {
            throw new BadInputException(name + ": field 'title' must be text");
        }
        Path base = file.toAbsolutePath().getParent();
        List<LessonScene> good = new ArrayList<>();
        List<Lesson.Problem> problems = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            JsonNode s = scenes.get(i);
            String where = name + " scene " + (i + 1);
            try {
                good.add(scene(s, where, base));
            } catch (BadInputException | IllegalArgumentException e) {
                String msg = e instanceof SettingException se ? "field '" + se.setting() + "' " + se.problem()
                        : e.getMessage();
                String title = s.path("title").isTextual() ? s.get("title").asText() : "";
                problems.add(new Lesson.Problem(i + 1, title, Messages.oneLine(msg)));
            }
        }
        return new Lesson(root.path("title").asText(""), good, problems);
    }

    /**
     * Reads a lesson for the command line: every scene must be read.
     *
     * @throws BadInputException naming the first broken scene
     */
    public static Lesson readAll(Path file) {
        Lesson l = read(file);
        if (!l.problems().isEmpty()) {
            Lesson.Problem p = l.problems().get(0);
            throw new BadInputException(SmallJsonFile.nameOf(file) + ": " + p.describe()
                    + (l.problems().size() > 1 ? " (and " + (l.problems().size() - 1) + " more broken scenes)" : ""));
        }
        if (l.scenes().isEmpty()) {
            throw new BadInputException(file.getFileName() + ": the lesson has no scenes");
        }
        return l;
    }

    private static LessonScene scene(JsonNode s, String where, Path base) {
        if (!s.isObject()) {
            throw new BadInputException(where + ": expected an object with a scenario or a race");
        }
        for (Iterator<String> it = s.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!SCENE.contains(f)) {
                throw new BadInputException(where + ": unknown field '" + Messages.token(f) + "' (a scene has title, "
                        + "scenario or race, show, narration, notes and cues)");
            }
        }
        String title = text(s, "title", where);
        String narration = text(s, "narration", where);
        String notes = text(s, "notes", where);
        SceneView view = SceneShowJson.read(s.get("show"), where);
        List<Cue> cues = CueJson.read(s.get("cues"), where);
        JsonNode scenario = s.get("scenario");
        JsonNode race = s.get("race");
        if ((scenario == null) == (race == null)) {
            throw new BadInputException(where + ": give either 'scenario' or 'race' (a file name or the object)");
        }
        if (scenario != null) {
            if (scenario.isTextual()) {
                Path f = resolve(base, scenario.asText(), where + " scenario");
                return LessonScene.of(title, f, ScenarioJson.read(f), view, narration, notes, cues);
            }
            if (!scenario.isObject()) {
                throw new BadInputException(where + ": field 'scenario' must be a file name or a scenario object");
            }
            return LessonScene.of(title, null, inlineScenario(scenario, where + " scenario", base), view, narration,
                    notes, cues);
        }
        Race r;
        Path f = null;
        if (race.isTextual()) {
            f = resolve(base, race.asText(), where + " race");
            r = RaceJson.read(f);
        } else if (race.isObject()) {
            r = RaceJson.fromTree(race, where + " race", base);
        } else {
            throw new BadInputException(where + ": field 'race' must be a file name or a race object");
        }
        return new LessonScene(title, f, r, true, view, narration, notes, cues);
    }

    private static Scenario inlineScenario(JsonNode node, String where, Path base) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(node);
            return ScenarioJson.readBuilder(new ByteArrayInputStream(json), where, base).build();
        } catch (SettingException e) {
            throw ScenarioJson.fieldError(where, e);
        } catch (IOException e) {
            throw new BadInputException(where + ": cannot read (" + AtomicFiles.reason(e) + ")");
        }
    }

    private static Path resolve(Path base, String name, String where) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new BadInputException(where + ": must be a file name (was '" + Messages.quote(name) + "')");
        }
        Path p = FileNames.resolve(base, name);
        return base == null ? p : p.normalize();
    }

    private static String text(JsonNode s, String field, String where) {
        JsonNode n = s.get(field);
        if (n == null) {
            return "";
        }
        if (!n.isTextual()) {
            throw new BadInputException(where + ": field '" + field + "' must be text");
        }
        return n.asText();
    }

    /** @return the lesson's title, read without reading its scenes (a menu item's text), or {@code null} */
    public static String titleOf(Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            JsonNode t = MAPPER.readTree(in).get("title");
            return t != null && t.isTextual() ? t.asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** @return true if the file looks like a lesson (a JSON object with "scenes"), read cheaply */
    public static boolean isLesson(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) < SmallJsonFile.MAX_BYTES
                    && MAPPER.readTree(file.toFile()).has("scenes");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    // ---- writing ---- //

    /**
     * Writes a lesson atomically. A scene read from a file on disk refers to that file (relative to
     * the lesson's folder when it is inside it); other scenes are written inline, and data that
     * live inside the application jar are copied next to the lesson so the file stands alone.
     */
    public static void write(Lesson lesson, Path file) throws IOException {
        Path base = file.toAbsolutePath().getParent();
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", lesson.title());
        ArrayNode scenes = root.putArray("scenes");
        for (LessonScene s : lesson.scenes()) {
            ObjectNode n = scenes.addObject();
            n.put("title", s.title());
            String key = s.isRace() ? "race" : "scenario";
            if (s.file() != null && s.file().getFileSystem() == FileSystems.getDefault()) {
                Path f = s.file().toAbsolutePath();
                n.put(key, (f.startsWith(base) ? base.relativize(f) : f).toString().replace('\\', '/'));
            } else if (s.isRace()) {
                n.set(key, raceTree(s.race(), base, stem));
            } else {
                n.set(key, scenarioTree(s.scenario(), base, stem));
            }
            SceneShowJson.write(n.putObject("show"), s.view());
            n.put("narration", s.narration());
            if (!s.notes().isEmpty()) {
                n.put("notes", s.notes());
            }
            if (!s.cues().isEmpty()) {
                CueJson.write(n.putArray("cues"), s.cues());
            }
        }
        String json = MAPPER.writeValueAsString(root);
        AtomicFiles.writeText(file, w -> w.write(json + "\n"));
    }

    private static JsonNode scenarioTree(Scenario s, Path base, String stem) throws IOException {
        return MAPPER.readTree(ScenarioJson.toJson(standAlone(s, base, stem), base));
    }

    private static JsonNode raceTree(Race race, Path base, String stem) throws IOException {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", race.name());
        ObjectNode first = (ObjectNode) scenarioTree(race.runs().get(0).scenario(), base, stem);
        n.set("data", first.get("data"));
        ArrayNode runs = n.putArray("runs");
        for (Race.Entry e : race.runs()) {
            ObjectNode r = (ObjectNode) scenarioTree(e.scenario(), base, stem);
            r.remove("data");
            r.put("label", e.label());
            runs.add(r);
        }
        return n;
    }

    /** @return the scenario, its data copied next to the lesson if they live inside the jar */
    private static Scenario standAlone(Scenario s, Path base, String stem) throws IOException {
        if (s.data() instanceof org.likelihoodlab.experiment.DataSource.FromFile ff
                && ff.file().getFileSystem() != FileSystems.getDefault()) {
            Path copy = base.resolve(stem + "." + ff.file().getFileName());
            byte[] bytes = java.nio.file.Files.readAllBytes(ff.file());
            AtomicFiles.write(copy, out -> out.write(bytes));
            return s.toBuilder().data(new org.likelihoodlab.experiment.DataSource.FromFile(copy)).build();
        }
        return s;
    }
}
