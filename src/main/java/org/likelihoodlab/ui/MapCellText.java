package org.likelihoodlab.ui;

import java.util.Locale;
import org.likelihoodlab.charts.MapAxes;
import org.likelihoodlab.experiment.MapAxis;
import org.likelihoodlab.experiment.StabilityMap;

/** How the window names a cell of a stability map: its numbers on hover, and the run's name when it is picked. */
final class MapCellText {

    private MapCellText() {
    }

    /** @return e.g. "learning rate α = 0.046, start σ₀ = 0.9: converged at step 119; final ℓ = ..., distance ..." */
    static String describe(MapAxis x, MapAxis y, StabilityMap.Cell c) {
        String step = c.step() < 0 ? "" : " at step " + c.step();
        return String.format(Locale.ROOT, "%s = %s, %s = %s: %s%s; final \u2113 = %.6g, distance to the MLE %.3g",
                MapAxes.label(x.setting()), Fields.format(c.x()), MapAxes.label(y.setting()), Fields.format(c.y()),
                c.status().cliName(), step, c.finalLogLik(), c.distance());
    }

    /** @return e.g. "lr = 0.0463, sigma0 = 0.897 (converged)" */
    static String name(MapAxis x, MapAxis y, StabilityMap.Cell c) {
        return x.setting().cliName() + " = " + round(c.x()) + ", " + y.setting().cliName() + " = " + round(c.y()) + " ("
                + c.status().cliName() + ")";
    }

    private static String round(double v) {
        return Fields.format(MapAxisControls.round3(v));
    }
}
