package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;

/** The stability map's measured boundaries are the theory's (math.md section 6), within one cell. */
class StabilityMapTest {

    static Scenario base(Parameterization p, Optimizer o, double... init) {
        return new Scenario.Builder().dim(1).data(new DataSource.FromFile(Path.of("unused.csv"))).param(p).optimizer(o)
                .lr(0.1).steps(3000).init(init).build();
    }

    @Test
    void axesParseAndSpaceBothEndsIncluded() {
        MapAxis a = MapAxis.parse("lr:1e-3:10:5:log");
        assertEquals(MapAxis.Setting.LR, a.setting());
        double[] v = a.values();
        assertEquals(1e-3, v[0]);
        assertEquals(10, v[4]);
        assertEquals(10, v[2] / v[1], 1e-9);
        assertEquals(0.5, MapAxis.parse("beta:0:1:3").values()[1]);
        assertThrows(IllegalArgumentException.class, () -> MapAxis.parse("gamma:0:1:3"));
        assertThrows(IllegalArgumentException.class, () -> MapAxis.parse("lr:0:1:3:log"));
        assertThrows(IllegalArgumentException.class, () -> MapAxis.parse("lr:0:1:1"));
    }

    /** Heavy ball from the MLE perturbed by 1e-3: converged exactly below lr = (1 + beta) s^2. */
    @Test
    void theMomentumBoundaryInTheLrBetaPlaneIsTwoOnePlusBetaOverH() throws Exception {
        Dataset a = TestData.a();
        double[] mle = a.mle();
        double s2 = a.moments()[1];
        Scenario s = base(Parameterization.MU_SIGMA, Optimizer.MOMENTUM, mle[0] + 1e-3, mle[1] * (1 + 1e-3));
        MapAxis x = MapAxis.parse("lr:0.05:1:24:log");
        MapAxis y = MapAxis.parse("beta:0:0.8:5");
        List<StabilityMap.Cell> cells = StabilityMap.run(s, sc -> a, x, y, 2, null);
        double ratio = Math.pow(1 / 0.05, 1.0 / 23);   // one cell along x
        for (StabilityMap.Cell c : cells) {
            double bound = (1 + c.y()) * s2;
            if (c.x() < bound / ratio) {
                assertEquals(Outcome.CONVERGED, c.status(), c.toString());
            } else if (c.x() > bound * ratio) {
                assertTrue(c.status() != Outcome.CONVERGED, c.toString());
            }
        }
    }

    /** Batch gd in (mu, sigma) from mu0 = x-bar: step 1 sends sigma <= 0 exactly where lr (sigma0^2 - s^2) >= sigma0^4. */
    @Test
    void theFirstStepPositivityBoundaryInTheLrSigma0Plane() throws Exception {
        Dataset a = TestData.a();
        double[] mle = a.mle();
        double s2 = a.moments()[1];
        Scenario s = base(Parameterization.MU_SIGMA, Optimizer.GD, mle[0], 1).toBuilder().steps(5).build();
        MapAxis x = MapAxis.parse("lr:0.3:4:32:log");
        MapAxis y = MapAxis.parse("sigma0:0.55:1.5:20");
        List<StabilityMap.Cell> cells = StabilityMap.run(s, sc -> a, x, y, 2, null);
        double ratio = Math.pow(4 / 0.3, 1.0 / 31);
        int checked = 0;
        for (StabilityMap.Cell c : cells) {
            double sig2 = c.y() * c.y();
            double threshold = sig2 > s2 ? sig2 * sig2 / (sig2 - s2) : Double.POSITIVE_INFINITY;
            boolean firstStep = c.status() == Outcome.DIVERGED && c.step() == 1;
            if (c.x() > threshold * ratio) {
                assertTrue(firstStep, c + " above " + threshold);
                checked++;
            } else if (c.x() < threshold / ratio) {
                assertTrue(!firstStep, c + " below " + threshold);
                checked++;
            }
        }
        assertTrue(checked > 500, "most cells are away from the boundary: " + checked);
    }

    @Test
    void theMapIsTheSameWithOneAndTwoThreads() throws Exception {
        Dataset a = TestData.a();
        Scenario s = base(Parameterization.MU_LOGSIGMA, Optimizer.GD, 0, 1).toBuilder().steps(500).build();
        MapAxis x = MapAxis.parse("lr:0.01:2:12:log");
        MapAxis y = MapAxis.parse("sigma0:0.2:3:7:log");
        assertEquals(StabilityMap.run(s, sc -> a, x, y, 1, null), StabilityMap.run(s, sc -> a, x, y, 2, null));
    }
}
