package org.likelihoodlab.experiment.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One step of a scene's script, done in order once the scene is shown. A scene with cues starts
 * paused at step 0; one without cues plays at once.
 *
 * @param kind what to do
 * @param step for {@link Kind#PLAY_TO}: the update to stop at (&ge; 1)
 * @param lr for {@link Kind#SET_LR}: the new learning rate (finite, &gt; 0)
 * @param target for {@link Kind#HIGHLIGHT}: what to point at ({@code "bound"}: the stability bound on the
 *     learning-rate slider)
 */
public record Cue(Kind kind, long step, double lr, String target) {

    /** The things a cue can do. */
    public enum Kind {
        /** Play to update {@code step} and pause there (a run that stops by itself earlier stays there). */
        PLAY_TO("play-to"),
        /** Play until the run stops by itself: it diverges (and pauses at the divergence), converges or ends. */
        PLAY("play"),
        /** Change α; a run that is over (diverged or ended) starts again from step 0 with it, paused. */
        SET_LR("set-lr"),
        /** Point at a control for a few seconds (nothing changes in the run). */
        HIGHLIGHT("highlight");

        private final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        public static Kind byName(String s) {
            return Arrays.stream(values()).filter(k -> k.jsonName.equals(s)).findFirst().orElse(null);
        }

        public static String names() {
            return Arrays.stream(values()).map(Kind::jsonName).collect(Collectors.joining(", "));
        }
    }

    /** What a highlight cue can point at. */
    public static final String BOUND = "bound";

    public Cue {
        if (kind == null) {
            throw new IllegalArgumentException("a cue needs a kind");
        }
        if (kind == Kind.PLAY_TO && step < 1) {
            throw new IllegalArgumentException("'step' must be a whole number >= 1 (was " + step + ")");
        }
        if (kind == Kind.SET_LR && !(lr > 0 && Double.isFinite(lr))) {
            throw new IllegalArgumentException("'lr' must be a finite number > 0 (was " + lr + ")");
        }
        if (kind == Kind.HIGHLIGHT && !BOUND.equals(target)) {
            throw new IllegalArgumentException("'target' must be \"bound\" (was " + target + ")");
        }
    }

    public static Cue playTo(long step) {
        return new Cue(Kind.PLAY_TO, step, 0, null);
    }

    public static Cue play() {
        return new Cue(Kind.PLAY, 0, 0, null);
    }

    public static Cue setLr(double lr) {
        return new Cue(Kind.SET_LR, 0, lr, null);
    }

    public static Cue highlight(String target) {
        return new Cue(Kind.HIGHLIGHT, 0, 0, target);
    }

    /** @return the cue in a few words, for the speaker notes ("play to step 110") */
    public String describe() {
        switch (kind) {
            case PLAY_TO:
                return "play to step " + step;
            case PLAY:
                return "play until the run stops";
            case SET_LR:
                return String.format(Locale.ROOT, "set \u03b1 = %s", Double.toString(lr));
            default:
                return "highlight the " + target;
        }
    }
}
