package org.likelihoodlab.io;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.likelihoodlab.experiment.Race;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.SettingException;

/**
 * Race files: {@code {"name": ..., "data": {... as in a scenario ...}, "runs": [{...}, ...]}}, where
 * each entry of {@code runs} takes exactly the run fields of a scenario file (everything but
 * {@code data}) plus an optional {@code "label"}; {@code "dim"} may be given once at the top. Each
 * entry is read by {@link ScenarioJson} as the scenario it stands for, so a run of a race is the
 * run of that scenario, bit for bit.
 */
public final class RaceJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> TOP = Set.of("name", "explanation", "dim", "data", "runs");

    private RaceJson() {
    }

    /**
     * @throws BadInputException one line naming the file, the run (runs[k], 1-based) and the field
     */
    public static Race read(Path file) {
        String name = SmallJsonFile.nameOf(file);
        String text = SmallJsonFile.text(file, name, "not a race file (a race is a small JSON object)");
        JsonNode root = SmallJsonFile.tree(MAPPER, text, name,
                "a race file is one JSON object with \"data\" and \"runs\"");
        return fromTree(root, name, file.toAbsolutePath().getParent());
    }

    /**
     * Reads a race already parsed (a lesson's inline race); data paths resolve against {@code base}.
     *
     * @throws BadInputException one line naming {@code name}, the run and the field
     */
    public static Race fromTree(JsonNode root, String name, Path base) {
        if (root == null || !root.isObject()) {
            throw new BadInputException(name + ": expected a JSON object with \"data\" and \"runs\"");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!TOP.contains(f)) {
                throw new BadInputException(name + ": unknown field '" + Messages.token(f) + "' (a race has name, "
                        + "explanation, dim, data and runs)");
            }
        }
        JsonNode data = root.get("data");
        JsonNode runs = root.get("runs");
        if (data == null) {
            throw new BadInputException(name + ": field 'data' missing: give a data file or a true distribution");
        }
        if (runs == null || !runs.isArray() || runs.isEmpty()) {
            throw new BadInputException(name + ": field 'runs' must be a list of 1 to " + Race.MAX_RUNS + " runs");
        }
        if (runs.size() > Race.MAX_RUNS) {
            throw new BadInputException(name + ": field 'runs' has " + runs.size() + " runs; a race holds at most "
                    + Race.MAX_RUNS);
        }
        List<Race.Entry> entries = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String where = name + " runs[" + (i + 1) + "]";
            JsonNode r = runs.get(i);
            if (!r.isObject()) {
                throw new BadInputException(where + ": expected an object with the run's fields");
            }
            ObjectNode scenario = ((ObjectNode) r).deepCopy();
            if (scenario.has("data")) {
                throw new BadInputException(where + ": field 'data' belongs to the race, not to one run");
            }
            JsonNode label = scenario.remove("label");
            if (label != null && !label.isTextual()) {
                throw new BadInputException(where + ": field 'label' must be text");
            }
            scenario.set("data", data);
            if (root.has("dim") && !scenario.has("dim")) {
                scenario.set("dim", root.get("dim"));
            }
            try {
                byte[] json = MAPPER.writeValueAsBytes(scenario);
                entries.add(new Race.Entry(label == null ? "" : label.asText(),
                        ScenarioJson.readBuilder(new ByteArrayInputStream(json), where, base).build()));
            } catch (SettingException e) {
                throw ScenarioJson.fieldError(where, e);
            } catch (IOException e) {
                throw new BadInputException(where + ": cannot read (" + AtomicFiles.reason(e) + ")");
            }
        }
        try {
            return new Race(root.path("name").asText(""), entries);
        } catch (SettingException e) {
            throw ScenarioJson.fieldError(name, e);
        }
    }

    /**
     * Writes a race file atomically: the race's data once (a data file inside the race's folder
     * relative to it, data inside the application jar copied next to it), then each run's fields
     * with its label. Reading it back gives the same race.
     */
    public static void write(Race race, Path file) throws IOException {
        Path base = file.toAbsolutePath().getParent();
        Scenario first = ScenarioJson.standalone(race.runs().get(0).scenario(), file);
        ObjectNode root = MAPPER.createObjectNode();
        if (!race.name().isEmpty()) {
            root.put("name", race.name());
        }
        ObjectNode firstTree = ScenarioJson.toTree(first, base);
        root.set("dim", firstTree.get("dim"));
        root.set("data", firstTree.get("data"));
        com.fasterxml.jackson.databind.node.ArrayNode runs = root.putArray("runs");
        for (Race.Entry e : race.runs()) {
            ObjectNode tree = ScenarioJson.toTree(e.scenario().toBuilder().data(first.data()).build(), base);
            for (String f : new String[] {"data", "dim", "name", "explanation"}) {
                tree.remove(f);
            }
            ObjectNode run = runs.addObject();
            if (!e.label().equals(Race.describe(e.scenario()))) {
                run.put("label", e.label());
            }
            run.setAll(tree);
        }
        String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        AtomicFiles.writeText(file, w -> w.write(json + "\n"));
    }

    /** @return true if the file looks like a race (a JSON object with "runs"), read cheaply */
    public static boolean isRace(Path file) {
        try {
            return Files.size(file) < SmallJsonFile.MAX_BYTES && MAPPER.readTree(file.toFile()).has("runs");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
