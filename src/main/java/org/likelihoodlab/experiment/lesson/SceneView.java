package org.likelihoodlab.experiment.lesson;

import java.util.Arrays;
import org.likelihoodlab.math.Surfaces;

/**
 * What a scene shows: the tab, the surface's coordinates and σ axis, and the text size.
 *
 * @param tab the tab of the charts
 * @param surface the coordinates of the 1-D surface
 * @param logSigmaAxis a logarithmic σ axis (with the σ coordinates)
 * @param textScale the text size, 1 to 2 (1.5 is presentation size); 0 leaves it as it is
 * @param speed steps per second while the scene plays, 1 to 10^5, or {@link #FLAT_OUT}; 0 leaves it as it is
 */
public record SceneView(Tab tab, Surfaces.Scale surface, boolean logSigmaAxis, double textScale, double speed) {

    /** The speed "as fast as possible" ({@code "speed": "max"} in a lesson file). */
    public static final double FLAT_OUT = Double.POSITIVE_INFINITY;

    /** The tabs of the window's charts. */
    public enum Tab {
        TRAJECTORIES("trajectories"), SURFACE("surface"), SWEEP("sweep");

        private final String jsonName;

        Tab(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        public static Tab byName(String s) {
            return Arrays.stream(values()).filter(t -> t.jsonName.equals(s)).findFirst().orElse(null);
        }
    }

    /** The trajectories, (μ, σ) coordinates, the text size left alone. */
    public static final SceneView DEFAULT = new SceneView(Tab.TRAJECTORIES, Surfaces.Scale.SIGMA, false, 0, 0);

    public SceneView {
        tab = tab == null ? Tab.TRAJECTORIES : tab;
        surface = surface == null ? Surfaces.Scale.SIGMA : surface;
        if (textScale != 0 && !(textScale >= 1 && textScale <= 2)) {
            throw new IllegalArgumentException("'textScale' must be between 1 and 2 (was " + textScale + ")");
        }
        if (speed != 0 && speed != FLAT_OUT && !(speed >= 1 && speed <= 1e5)) {
            throw new IllegalArgumentException("'speed' must be between 1 and 100000 steps a second, or \"max\" (was "
                    + speed + ")");
        }
    }

    /** @return the JSON name of a surface scale: sigma, variance or logsigma */
    public static String scaleName(Surfaces.Scale s) {
        return s == Surfaces.Scale.SIGMA ? "sigma" : s == Surfaces.Scale.VARIANCE ? "variance" : "logsigma";
    }

    /** @return the surface scale of a JSON name, or {@code null} */
    public static Surfaces.Scale scaleByName(String s) {
        return Arrays.stream(Surfaces.Scale.values()).filter(x -> scaleName(x).equals(s)).findFirst().orElse(null);
    }
}
