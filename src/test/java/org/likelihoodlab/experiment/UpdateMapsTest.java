package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateMap;

/** The update map of a run's state, the radius per recorded row, and what the window says about it. */
class UpdateMapsTest {

    static final Dataset A = TestData.a();

    @Test
    void aboveTheBoundTheSentenceNamesTheGrowingDirectionAndItsFactor() {
        double[] mle = A.mle();
        double s2 = A.moments()[1];
        Scenario s = StabilityMapTest.base(Parameterization.MU_SIGMA, Optimizer.GD, mle).toBuilder().lr(1.1 * s2).build();
        UpdateMap.Result r = UpdateMaps.at(s, A, mle, 0);
        // the scale's eigenvalue 1 - lr * 2/s^2 = -1.2: grows by 1.2, flipping sign
        assertEquals(1.2, r.spectralRadius(), 1e-6);
        String t = UpdateMaps.sentence(s, r);
        assertTrue(t.contains("the \u03c3 direction grows by a factor 1.200 per step, flipping sign every step"), t);
        Scenario below = s.toBuilder().lr(0.5 * s2).build();
        String u = UpdateMaps.sentence(below, UpdateMaps.at(below, A, mle, 0));
        assertTrue(u.startsWith("All eigenvalues are inside the unit circle"), u);
        assertTrue(u.contains("the \u03bc direction, by a factor 0.5000"), "mu: 1 - lr/s^2 = 0.5; sigma: 0; " + u);
    }

    @Test
    void factorsNextToOneKeepTheirDistanceFromOne() {
        assertEquals("1 + 2.8e-07", UpdateMaps.factor(1 + 2.8e-7));
        assertEquals("1 \u2212 3.0e-05", UpdateMaps.factor(1 - 3e-5));
        assertEquals("0.9600", UpdateMaps.factor(0.96));
    }

    @Test
    void adaptiveRulesSayThereIsNoFixedMap() {
        Scenario s = StabilityMapTest.base(Parameterization.MU_SIGMA, Optimizer.ADAM, 0, 1);
        assertTrue(UpdateMaps.sentence(s, UpdateMaps.at(s, A, new double[] {0, 1}, 0)).contains("no fixed update map"));
    }

    /** The radius per recorded row is the radius of the map at that row's state. */
    @Test
    void theRadiusLineIsTheMapAtEachRecordedRow() {
        Scenario s = StabilityMapTest.base(Parameterization.MU_SIGMA, Optimizer.GD, 2.0, 0.6).toBuilder().lr(0.26)
                .steps(50).build();
        TrajectoryRecorder rec = new TrajectoryRecorder(new Run(s, A), 1024);
        rec.runAll();
        double[][] rows = rec.trajectory().rows();
        double[] radii = UpdateMaps.radii(RunPlan.of(s), A, rows, null);
        assertEquals(51, radii.length);
        for (int k : new int[] {0, 1, 2, 50}) {
            double[] rep = {rows[Columns.inRow(Columns.MU)][k], rows[Columns.inRow(Columns.SIGMA)][k]};
            assertEquals(UpdateMaps.at(s, A, rep, k).spectralRadius(), radii[k]);
        }
        // past the bound the run settles into a period-2 orbit whose two states alternate inside and
        // outside the unit circle
        assertTrue(radii[49] > 1 != radii[50] > 1, radii[49] + " " + radii[50]);
    }

    /** A live learning-rate change at step 20 changes the radius of the rows from 20 on only. */
    @Test
    void eachRowUsesTheSettingsInForceAfterIt() {
        Scenario s = StabilityMapTest.base(Parameterization.MU_SIGMA, Optimizer.GD, 2.0, 0.6).toBuilder().lr(0.1)
                .steps(40).build();
        RunPlan plan = RunPlan.of(s).with(new RunPlan.Change(20, LiveSettings.of(s).withLr(0.3)));
        TrajectoryRecorder rec = new TrajectoryRecorder(new Run(plan, A), 1024);
        rec.runAll();
        double[][] rows = rec.trajectory().rows();
        java.util.Map<Long, Double> cache = new java.util.HashMap<>();
        double[] radii = UpdateMaps.radii(plan, A, rows, cache);
        for (int k : new int[] {5, 19, 20, 30}) {
            double[] rep = {rows[Columns.inRow(Columns.MU)][k], rows[Columns.inRow(Columns.SIGMA)][k]};
            Scenario in = s.toBuilder().lr(k < 20 ? 0.1 : 0.3).build();
            assertEquals(UpdateMaps.at(in, A, rep, k).spectralRadius(), radii[k], "row " + k);
        }
        // near the MLE at lr = 0.3 > s^2 the scale direction is outside the circle, at 0.1 inside
        assertTrue(radii[19] < 1 && radii[20] > 1, radii[19] + " " + radii[20]);
        // past its deadline a call computes nothing new (NaN, not cached); a later call fills in
        java.util.Map<Long, Double> fresh = new java.util.HashMap<>();
        double[] none = UpdateMaps.radii(plan, A, rows, fresh, System.nanoTime() - 1);
        assertTrue(java.util.Arrays.stream(none).allMatch(Double::isNaN));
        assertEquals(0, fresh.size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(radii, UpdateMaps.radii(plan, A, rows, fresh,
                System.nanoTime() + 10_000_000_000L));
        // a second call answers from the cache, with the same numbers
        assertEquals(41, cache.size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(radii, UpdateMaps.radii(plan, A, rows, cache));
    }
}
