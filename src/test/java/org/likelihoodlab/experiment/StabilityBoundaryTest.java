package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;

/**
 * The boundaries the stability map's figure draws ({@link StabilityTheory}) are where the measured
 * map changes, within one cell: batch gd in each 1-D parameterization and momentum / Nesterov, in
 * the (lr, sigma0) and (lr, beta) planes (math.md sections 6, 9.6).
 */
class StabilityBoundaryTest {

    /** The curve's lr at the other axis's value v (the nearest sample; they are 256 across the axis). */
    static double lrAt(StabilityTheory.Curve c, double v) {
        int best = 0;
        for (int i = 0; i < c.ys().length; i++) {
            if (Math.abs(c.ys()[i] - v) < Math.abs(c.ys()[best] - v)) {
                best = i;
            }
        }
        return c.xs()[best];
    }

    static StabilityTheory.Curve curve(List<StabilityTheory.Curve> cs, StabilityTheory.Kind k) {
        return cs.stream().filter(c -> c.kind() == k).findFirst().orElseThrow(() -> new AssertionError("no " + k));
    }

    /**
     * Checks that every cell more than one cell left of the curve converged and every cell more than
     * one cell right of it did not.
     *
     * @return how many cells were away from the boundary (and so checked)
     */
    static int assertBoundary(List<StabilityMap.Cell> cells, StabilityTheory.Curve local, double ratio) {
        int checked = 0;
        boolean sawBoth = false;
        boolean left = false;
        boolean right = false;
        for (StabilityMap.Cell c : cells) {
            double b = lrAt(local, c.y());
            if (c.x() < b / ratio) {
                assertEquals(Outcome.CONVERGED, c.status(), c + " is left of the bound " + b);
                left = true;
                checked++;
            } else if (c.x() > b * ratio) {
                assertNotEquals(Outcome.CONVERGED, c.status(), c + " is right of the bound " + b);
                right = true;
                checked++;
            }
        }
        assertTrue(left && right, "the map spans the boundary");
        return checked;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"mu-sigma, gd", "mu-variance, gd", "mu-logsigma, gd", "mu-sigma, momentum", "mu-variance, momentum",
        "mu-logsigma, nesterov"})
    void theLocalBoundSeparatesConvergenceInTheLrSigma0Plane(String param, String optimizer) throws Exception {
        Dataset a = TestData.a();
        double[] mle = a.mle();
        // a start near the MLE that excites both the mean and the scale directions; the heavy ball
        // gathers speed from a far start, so its local bound is checked closer in
        double near = optimizer.equals("gd") ? 0.05 : 1e-3;
        Scenario s = StabilityMapTest.base(Parameterization.byName(param), Optimizer.byName(optimizer),
                mle[0] + near * mle[1], mle[1]).toBuilder().steps(3000).build();
        double bound = Diagnosis.boundAtMle(s, a).local();
        MapAxis x = new MapAxis(MapAxis.Setting.LR, bound / 2, bound * 2, 24, true);
        MapAxis y = new MapAxis(MapAxis.Setting.SIGMA0, (1 - near) * mle[1], (1 + near) * mle[1], 5, false);
        List<StabilityMap.Cell> cells = StabilityMap.run(s, sc -> a, x, y, 2, null);
        StabilityTheory.Curve local = curve(StabilityTheory.curves(s, a, x, y), StabilityTheory.Kind.LOCAL_AT_MLE);
        assertTrue(assertBoundary(cells, local, Math.pow(4, 1.0 / 23)) >= 24 * 5 - 2 * 5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"momentum", "nesterov"})
    void theMomentumBoundFollowsBetaInTheLrBetaPlane(String optimizer) throws Exception {
        Dataset a = TestData.a();
        double[] mle = a.mle();
        Scenario s = StabilityMapTest.base(Parameterization.MU_SIGMA, Optimizer.byName(optimizer), mle[0] + 1e-3,
                mle[1] * (1 + 1e-3));
        MapAxis x = MapAxis.parse("lr:0.05:1:24:log");
        MapAxis y = MapAxis.parse("beta:0:0.8:5");
        List<StabilityMap.Cell> cells = StabilityMap.run(s, sc -> a, x, y, 2, null);
        StabilityTheory.Curve local = curve(StabilityTheory.curves(s, a, x, y), StabilityTheory.Kind.LOCAL_AT_MLE);
        // the curve is the formula of math.md: (1 + beta) s^2 for heavy ball in (mu, sigma)
        if (optimizer.equals("momentum")) {
            assertEquals(1.8 * a.moments()[1], lrAt(local, 0.8), 1e-12);
        }
        assertTrue(assertBoundary(cells, local, Math.pow(20, 1.0 / 23)) > 80);
    }

    /** The same picture with the axes the other way round: lr on y, beta on x. */
    @Test
    void curvesFollowTheAxesWhenLrIsTheYAxis() {
        Dataset a = TestData.a();
        Scenario s = StabilityMapTest.base(Parameterization.MU_SIGMA, Optimizer.MOMENTUM, 0, 1);
        StabilityTheory.Curve c = curve(StabilityTheory.curves(s, a, MapAxis.parse("beta:0:0.9:4"),
                MapAxis.parse("lr:0.01:1:4:log")), StabilityTheory.Kind.LOCAL_AT_MLE);
        assertEquals(0, c.xs()[0]);
        assertEquals(a.moments()[1], c.ys()[0], 1e-12);
        assertEquals(0.9, c.xs()[c.xs().length - 1], 1e-12);
        assertEquals(1.9 * a.moments()[1], c.ys()[c.ys().length - 1], 1e-12);
    }

    /** (mu, v) from mu0 = x-bar: the first step sends v <= 0 exactly where lr (v0 - s^2) >= 2 v0^3. */
    @Test
    void theFirstStepCurveOfTheVarianceIsWhereV1GoesNegative() throws Exception {
        Dataset a = TestData.a();
        double[] mle = a.mle();
        Scenario s = StabilityMapTest.base(Parameterization.MU_VARIANCE, Optimizer.GD, mle[0], 1).toBuilder().steps(3)
                .build();
        MapAxis x = MapAxis.parse("lr:0.3:8:32:log");
        MapAxis y = MapAxis.parse("sigma0:0.55:1.5:20");
        List<StabilityMap.Cell> cells = StabilityMap.run(s, sc -> a, x, y, 2, null);
        List<StabilityTheory.Curve> curves = StabilityTheory.curves(s, a, x, y);
        StabilityTheory.Curve first = curve(curves, StabilityTheory.Kind.FIRST_STEP);
        double global = curve(curves, StabilityTheory.Kind.GLOBAL).xs()[0];
        assertEquals(13.5 * a.moments()[1] * a.moments()[1], global, 1e-12);
        double ratio = Math.pow(8 / 0.3, 1.0 / 31);
        int checked = 0;
        for (StabilityMap.Cell c : cells) {
            double v0 = c.y() * c.y();
            double threshold = StabilityTheory.firstStepZero(Parameterization.MU_VARIANCE, c.y(), a.moments()[1]);
            boolean firstStep = c.status() == Outcome.DIVERGED && c.step() == 1;
            if (!Double.isFinite(threshold)) {
                assertTrue(!firstStep, c.toString());
                continue;
            }
            assertEquals(2 * v0 * v0 * v0 / (v0 - a.moments()[1]), threshold, 1e-12 * threshold);
            assertTrue(threshold >= global * (1 - 1e-12), "13.5 s^4 is the smallest first-step threshold");
            // the drawn curve passes through the threshold at this sigma0 (to the curve's sampling)
            assertEquals(threshold, lrAt(first, c.y()), 0.05 * threshold);
            if (c.x() > threshold * ratio) {
                assertTrue(firstStep, c + " above " + threshold);
                checked++;
            } else if (c.x() < threshold / ratio) {
                assertTrue(!firstStep, c + " below " + threshold);
                checked++;
            }
        }
        assertTrue(checked > 400, "most cells are away from the boundary: " + checked);
    }

    @Test
    void noCurvesWithoutALearningRateAxisOrForAdaptiveOptimizers() {
        Dataset a = TestData.a();
        Scenario s = StabilityMapTest.base(Parameterization.MU_SIGMA, Optimizer.MOMENTUM, 0, 1);
        assertEquals(List.of(), StabilityTheory.curves(s, a, MapAxis.parse("beta:0:0.9:4"),
                MapAxis.parse("sigma0:0.1:1:4")));
        Scenario adam = s.toBuilder().optimizer(Optimizer.ADAM).hyper(Hyper.DEFAULT).build();
        assertEquals(List.of(), StabilityTheory.curves(adam, a, MapAxis.parse("lr:0.01:1:4:log"),
                MapAxis.parse("beta1:0:0.9:4")));
    }
}
