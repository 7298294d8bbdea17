package org.likelihoodlab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;
import org.likelihoodlab.experiment.lesson.SceneView;

/**
 * The {@code "show"} object of a lesson scene ({@code tab}, {@code surface}, {@code logSigmaAxis},
 * {@code textScale}, {@code speed}): how the window shows the scene, read into a
 * {@link SceneView} and written back.
 */
final class SceneShowJson {

    private static final Set<String> SHOW = Set.of("tab", "surface", "logSigmaAxis", "textScale", "speed");

    private SceneShowJson() {
    }

    /**
     * @param show the scene's "show" object ({@code null}: the default view)
     * @param where the scene, for messages
     * @throws BadInputException naming the scene and the field
     */
    static SceneView read(JsonNode show, String where) {
        if (show == null) {
            return SceneView.DEFAULT;
        }
        if (!show.isObject()) {
            throw new BadInputException(where + ": field 'show' must be an object (tab, surface, logSigmaAxis, "
                    + "textScale)");
        }
        for (Iterator<String> it = show.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!SHOW.contains(f)) {
                throw new BadInputException(where + ": unknown field 'show." + Messages.token(f) + "' (allowed: tab, "
                        + "surface, logSigmaAxis, textScale, speed)");
            }
        }
        SceneView.Tab tab = SceneView.Tab.TRAJECTORIES;
        if (show.has("tab")) {
            tab = SceneView.Tab.byName(show.get("tab").asText());
            if (tab == null || !show.get("tab").isTextual()) {
                throw new BadInputException(where + ": field 'show.tab' has unknown value '"
                        + Messages.quote(show.get("tab").asText()) + "' (allowed: trajectories, surface, sweep)");
            }
        }
        org.likelihoodlab.math.Surfaces.Scale scale = org.likelihoodlab.math.Surfaces.Scale.SIGMA;
        if (show.has("surface")) {
            scale = SceneView.scaleByName(show.get("surface").asText());
            if (scale == null || !show.get("surface").isTextual()) {
                throw new BadInputException(where + ": field 'show.surface' has unknown value '"
                        + Messages.quote(show.get("surface").asText()) + "' (allowed: sigma, variance, logsigma)");
            }
        }
        JsonNode log = show.get("logSigmaAxis");
        if (log != null && !log.isBoolean()) {
            throw new BadInputException(where + ": field 'show.logSigmaAxis' must be true or false");
        }
        JsonNode ts = show.get("textScale");
        if (ts != null && !ts.isNumber()) {
            throw new BadInputException(where + ": field 'show.textScale' must be a number between 1 and 2");
        }
        JsonNode sp = show.get("speed");
        if (sp != null && !sp.isNumber() && !"max".equals(sp.asText())) {
            throw new BadInputException(where + ": field 'show.speed' must be steps a second or \"max\"");
        }
        double speed = sp == null ? 0 : sp.isNumber() ? sp.asDouble() : SceneView.FLAT_OUT;
        try {
            return new SceneView(tab, scale, log != null && log.asBoolean(), ts == null ? 0 : ts.asDouble(), speed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": field 'show." + e.getMessage().substring(1));
        }
    }

    /** Writes the view's fields into {@code n}, leaving out a text scale and a speed that are not set. */
    static void write(ObjectNode n, SceneView v) {
        n.put("tab", v.tab().jsonName());
        n.put("surface", SceneView.scaleName(v.surface()));
        n.put("logSigmaAxis", v.logSigmaAxis());
        if (v.textScale() != 0) {
            n.put("textScale", v.textScale());
        }
        if (v.speed() == SceneView.FLAT_OUT) {
            n.put("speed", "max");
        } else if (v.speed() != 0) {
            n.put("speed", v.speed());
        }
    }
}
