package org.likelihoodlab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.likelihoodlab.experiment.lesson.Cue;

/**
 * The {@code "cues"} list of a lesson scene ({@code {"do": "play-to", "step": 110}},
 * {@code {"do": "play"}}, {@code {"do": "set-lr", "lr": 0.1}}, {@code {"do": "highlight",
 * "target": "bound"}}), read into {@link Cue}s and written back.
 */
final class CueJson {

    private CueJson() {
    }

    /**
     * @param cues the scene's "cues" list ({@code null}: none)
     * @param where the scene, for messages
     * @throws BadInputException naming the scene and the cue
     */
    static List<Cue> read(JsonNode cues, String where) {
        List<Cue> out = new ArrayList<>();
        if (cues == null) {
            return out;
        }
        if (!cues.isArray()) {
            throw new BadInputException(where + ": field 'cues' must be a list");
        }
        for (int i = 0; i < cues.size(); i++) {
            JsonNode c = cues.get(i);
            String at = where + " cues[" + (i + 1) + "]";
            Cue.Kind kind = c.isObject() ? Cue.Kind.byName(c.path("do").asText()) : null;
            if (kind == null) {
                throw new BadInputException(at + ": expected {\"do\": ...} with one of " + Cue.Kind.names());
            }
            try {
                switch (kind) {
                    case PLAY_TO:
                        if (!c.path("step").canConvertToLong() || !c.path("step").isIntegralNumber()) {
                            throw new BadInputException(at + ": 'play-to' needs a whole number 'step'");
                        }
                        out.add(Cue.playTo(c.get("step").asLong()));
                        break;
                    case SET_LR:
                        if (!c.path("lr").isNumber()) {
                            throw new BadInputException(at + ": 'set-lr' needs a number 'lr'");
                        }
                        out.add(Cue.setLr(c.get("lr").asDouble()));
                        break;
                    case HIGHLIGHT:
                        out.add(Cue.highlight(c.path("target").asText(null)));
                        break;
                    default:
                        out.add(Cue.play());
                }
            } catch (IllegalArgumentException e) {
                throw new BadInputException(at + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Appends the cues to a JSON list. */
    static void write(ArrayNode list, List<Cue> cues) {
        for (Cue c : cues) {
            ObjectNode cn = list.addObject();
            cn.put("do", c.kind().jsonName());
            if (c.kind() == Cue.Kind.PLAY_TO) {
                cn.put("step", c.step());
            } else if (c.kind() == Cue.Kind.SET_LR) {
                cn.put("lr", c.lr());
            } else if (c.kind() == Cue.Kind.HIGHLIGHT) {
                cn.put("target", c.target());
            }
        }
    }
}
