package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.ScenarioJson;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/** Each preset behaves as math.md section 7 says, at the step it says. */
class PresetTest {

    static Run load(String name) {
        Scenario s = ScenarioJson.read(TestData.PRESETS.resolve(name));
        return new Run(s, Datasets.load(s.data(), s.dim()));
    }

    static void runAll(Run run) {
        while (run.step() < run.scenario().steps() && run.advance()) {
            // keep going
        }
    }

    @Test
    void everyPresetInTheIndexLoads() throws Exception {
        List<String> names = Files.readAllLines(TestData.PRESETS.resolve("index.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertTrue(names.size() >= 14);
        for (String n : names) {
            Scenario s = ScenarioJson.read(TestData.PRESETS.resolve(n));
            assertFalse(s.name().isBlank(), n);
            assertTrue(s.explanation().length() > 100, n + " needs an explanation");
        }
        try (var files = Files.list(TestData.PRESETS)) {
            assertEquals(names.size(), files.filter(f -> f.toString().endsWith(".json")).count(),
                    "every preset file is listed in index.txt");
        }
    }

    @Test
    void onlineTypo2dDivergesAtStepOne() {
        Run run = load("online-typo-2d.json");
        assertFalse(run.advance());
        assertEquals(1, run.divergedAt());
        assertEquals("Sigma not positive definite", run.divergence());
    }

    @Test
    void typo2dIsNeverPositiveDefiniteWhateverTheSeed() {
        Scenario s = ScenarioJson.read(TestData.PRESETS.resolve("online-typo-2d.json"));
        for (long seed = 1; seed <= 200; seed++) {
            Scenario t = s.toBuilder().data(new DataSource.Sampled(TrueGaussian.of2(0, 0, 1, 1, 0), 50, seed)).build();
            Run run = new Run(t, Datasets.load(t.data(), 2));
            assertFalse(run.advance(), "seed " + seed);
            assertEquals("Sigma not positive definite", run.divergence());
        }
    }

    @Test
    void onlineTypo1dDivergesWithinFiveSteps() {
        Run run = load("online-typo-1d.json");
        runAll(run);
        assertTrue(run.divergedAt() >= 1 && run.divergedAt() <= 5, "diverged at " + run.divergedAt());
        assertEquals("variance <= 0", run.divergence());
    }

    @Test
    void onlineFixSettlesInTheNoiseBallAroundTheMle() {
        Run run = load("online-fix-2d.json");
        runAll(run);
        assertEquals(20000, run.step());
        double[] mle = run.data().mle();
        double[] rep = run.reported();
        // noise-ball sd about sqrt(lr/2) = 0.032 per coordinate: 5 sd
        for (int i = 0; i < 5; i++) {
            assertEquals(mle[i], rep[i], 0.16, "component " + i);
        }
    }

    @Test
    void batchBlowupSimultaneousFliesOffToSigma1884() {
        Run run = load("batch-simultaneous-blowup.json");
        runAll(run);
        assertEquals(2000, run.step());
        assertEquals(1883.9, run.reported()[1], 0.05);
    }

    @Test
    void batchBlowupCoordinateSendsSigmaNegativeAtStep110() {
        Run run = load("batch-coordinate-blowup.json");
        runAll(run);
        assertEquals(110, run.divergedAt());
        assertEquals("sigma <= 0", run.divergence());
        assertEquals(109, run.step());
    }

    @Test
    void lrTwoCoordinateDivergesAtStep18AndSimultaneousReaches950() {
        Dataset a = TestData.a();
        Run c = Runs.of(a, Parameterization.MU_SIGMA, Optimizer.GD, 2, UpdateOrder.COORDINATE, Mode.BATCH, 0, 1);
        assertEquals(-1, Runs.stepsToConverge(c, 1e-6, 2000));
        assertEquals(18, c.divergedAt());
        Run s = Runs.of(a, Parameterization.MU_SIGMA, Optimizer.GD, 2, UpdateOrder.SIMULTANEOUS, Mode.BATCH, 0, 1);
        for (int k = 0; k < 2000; k++) {
            assertTrue(s.advance());
        }
        assertEquals(950.27, s.reported()[1], 0.01);
    }

    @Test
    void convergingLearningRatesReachTheMleAtTheDocumentedSteps() {
        Dataset a = TestData.a();
        double[] lrs = {0.01, 0.1, 0.2};
        long[] steps = {575, 53, 45};
        for (int i = 0; i < lrs.length; i++) {
            Run run = Runs.of(a, Parameterization.MU_SIGMA, Optimizer.GD, lrs[i], UpdateOrder.SIMULTANEOUS,
                    Mode.BATCH, 0, 1);
            assertEquals(steps[i], Runs.stepsToConverge(run, Convergence.TOLERANCE, 2000), "lr " + lrs[i]);
        }
        assertEquals(53, Runs.stepsToConverge(load("batch-simultaneous-converges.json"), 1e-6, 2000));
        assertEquals(50, Runs.stepsToConverge(load("batch-coordinate-converges.json"), 1e-6, 2000));
        assertEquals(45, Runs.stepsToConverge(load("fix-small-lr.json"), 1e-6, 2000));
    }

    @Test
    void lrHalfOscillatesForever() {
        Run run = Runs.of(TestData.a(), Parameterization.MU_SIGMA, Optimizer.GD, 0.5, UpdateOrder.SIMULTANEOUS,
                Mode.BATCH, 0, 1);
        assertEquals(-1, Runs.stepsToConverge(run, 1e-3, 2000));
        assertEquals(Run.Status.RUNNING, run.status());
    }

    @Test
    void smallStartSimultaneousIsThrownToSigma43AndStaysFar() {
        Run run = load("small-start-simultaneous.json");
        assertTrue(run.advance());
        assertEquals(43.2, run.reported()[1], 0.05);
        runAll(run);
        assertEquals(42.27, Math.abs(run.reported()[1] - run.data().mle()[1]), 0.01);
    }

    @Test
    void smallStartCoordinateLandsOnXbarAndConvergesBy433() {
        Run run = load("small-start-coordinate.json");
        assertTrue(run.advance());
        assertEquals(run.data().mle()[0], run.reported()[0], 1e-12);
        assertEquals(2.32, run.reported()[1], 0.005);
        assertEquals(433, Runs.stepsToConverge(load("small-start-coordinate.json"), 1e-6, 2000));
    }

    @Test
    void largerLearningRateFromTheSmallStartBlowsUpInBothOrders() {
        Run run = Runs.of(TestData.a(), Parameterization.MU_SIGMA, Optimizer.GD, 0.1, UpdateOrder.COORDINATE,
                Mode.BATCH, 0, 0.1);
        assertTrue(run.advance());
        assertEquals(3.3e4, run.reported()[1], 0.1e4);
    }

    @Test
    void fixesConverge() {
        long natural = Runs.stepsToConverge(load("fix-natural.json"), 1e-6, 200);
        assertTrue(natural >= 4 && natural <= 30, "natural converged at " + natural);
        long adam = Runs.stepsToConverge(load("fix-adam.json"), 1e-6, 2000);
        assertTrue(adam > 250 && adam < 350, "Adam converged at " + adam);
        assertTrue(Runs.stepsToConverge(load("fix-logsigma.json"), 1e-6, 2000) > 0);
        // the same lr in (mu, sigma) does not converge
        Run plain = Runs.of(TestData.a(), Parameterization.MU_SIGMA, Optimizer.GD, 0.4, UpdateOrder.COORDINATE,
                Mode.BATCH, 0, 1);
        assertEquals(-1, Runs.stepsToConverge(plain, 1e-6, 2000));
    }

    @Test
    void logSigmaStillOverflowsFromTheSmallStart() {
        Run run = Runs.of(TestData.a(), Parameterization.MU_LOGSIGMA, Optimizer.GD, 0.1, UpdateOrder.COORDINATE,
                Mode.BATCH, 0, 0.1);
        assertFalse(run.advance());
        assertEquals("non-finite value", run.divergence());
    }

    @Test
    void correlatedPresetsConvergeToTheSameMle() {
        for (String name : new String[] {"correlated-2d-cov.json", "correlated-2d-cholesky.json"}) {
            assertTrue(Runs.stepsToConverge(load(name), 1e-6, 2000) > 0, name);
        }
    }

    @Test
    void globalPositivityThresholdsOfSection6() {
        for (Dataset d : new Dataset[] {TestData.a(), TestData.b()}) {
            double[] mle = d.mle();
            double s2 = mle[1] * mle[1];
            // (mu, sigma) from (xbar, sqrt2 s): sigma' <= 0 needs lr >= 4 s^2
            Run below = Runs.of(d, Parameterization.MU_SIGMA, Optimizer.GD, 0.98 * 4 * s2, UpdateOrder.SIMULTANEOUS,
                    Mode.BATCH, mle[0], Math.sqrt(2) * mle[1]);
            for (int k = 0; k < 5000; k++) {
                assertTrue(below.advance(), "step " + k);
            }
            Run above = Runs.of(d, Parameterization.MU_SIGMA, Optimizer.GD, 1.02 * 4 * s2, UpdateOrder.SIMULTANEOUS,
                    Mode.BATCH, mle[0], Math.sqrt(2) * mle[1]);
            assertFalse(above.advance());
            assertEquals("sigma <= 0", above.divergence());
            // (mu, v) from (xbar, sqrt1.5 s): v' <= 0 needs lr >= 13.5 s^4
            Run vBelow = Runs.of(d, Parameterization.MU_VARIANCE, Optimizer.GD, 0.98 * 13.5 * s2 * s2,
                    UpdateOrder.SIMULTANEOUS, Mode.BATCH, mle[0], Math.sqrt(1.5) * mle[1]);
            for (int k = 0; k < 5000; k++) {
                assertTrue(vBelow.advance(), "step " + k);
            }
            Run vAbove = Runs.of(d, Parameterization.MU_VARIANCE, Optimizer.GD, 1.02 * 13.5 * s2 * s2,
                    UpdateOrder.SIMULTANEOUS, Mode.BATCH, mle[0], Math.sqrt(1.5) * mle[1]);
            assertFalse(vAbove.advance());
            assertEquals("variance <= 0", vAbove.divergence());
        }
        Dataset a = TestData.a();
        Run first = Runs.of(a, Parameterization.MU_SIGMA, Optimizer.GD, 0.98 * 4 * a.mle()[1] * a.mle()[1],
                UpdateOrder.SIMULTANEOUS, Mode.BATCH, a.mle()[0], Math.sqrt(2) * a.mle()[1]);
        first.advance();
        assertEquals(0.0136, first.reported()[1], 0.0005);
    }

    @Test
    void sameScenarioTwiceGivesIdenticalTrajectories() throws Exception {
        Path p = TestData.PRESETS.resolve("online-fix-2d.json");
        Scenario s = ScenarioJson.read(p).toBuilder().optimizer(Optimizer.ADAM).steps(3000).build();
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        new Run(s, Datasets.load(s.data(), 2)).runAll((k, rep, ll) -> first.append(k).append(java.util.Arrays
                .toString(rep)).append(ll).append('\n'));
        new Run(s, Datasets.load(s.data(), 2)).runAll((k, rep, ll) -> second.append(k).append(java.util.Arrays
                .toString(rep)).append(ll).append('\n'));
        assertEquals(first.toString(), second.toString());
        assertEquals(3001, first.toString().lines().count());
    }

    /** rms of mu1's error over steps 15001..20000 of a 2-D online preset. */
    static double tailRms(String name) {
        Run run = load(name);
        double[] mle = run.data().mle();
        run.runTo(15_000, r -> true);
        double ss = 0;
        long k = 0;
        while (run.step() < 20_000) {
            run.advance();
            double e = run.reported()[0] - mle[0];
            ss += e * e;
            k++;
        }
        return Math.sqrt(ss / k);
    }

    @Test
    void theDecayingScheduleAndTheMiniBatchShrinkTheNoiseBall() {
        double fixed = tailRms("online-fix-2d.json");
        double inv = tailRms("online-fix-inv-2d.json");
        double mini = tailRms("online-minibatch-2d.json");
        // the constant-alpha ball: sd about sqrt(alpha/2) = 0.032 (math.md 9.5)
        assertEquals(0.0316, fixed, 0.006, "the noise ball");
        assertTrue(inv < fixed / 3, "1/t: " + inv + " vs " + fixed);
        // B = 32: sqrt(alpha / (2 B)) = 0.0056
        assertEquals(0.0056, mini, 0.0012, "a ball sqrt(32) times smaller");
    }

    /** The averaging preset: the iterate keeps its ball, the average settles near the MLE. */
    @Test
    void averagingTheFixedOnlineRunSettlesOnTheMle() {
        Run run = load("online-fix-average-2d.json");
        double[] mle = run.data().mle();
        run.runTo(15_000, r -> true);
        double iterate = 0;
        double averaged = 0;
        long k = 0;
        double[] a = new double[5];
        while (run.step() < 20_000) {
            run.advance();
            run.averaged(a);
            iterate += Math.pow(run.reported()[0] - mle[0], 2);
            averaged += Math.pow(a[0] - mle[0], 2);
            k++;
        }
        iterate = Math.sqrt(iterate / k);
        averaged = Math.sqrt(averaged / k);
        // the ball: sqrt(alpha / 2) = 0.045 at alpha = 0.004 (math.md 9.5); the paragraph's 0.040
        assertEquals(0.040, iterate, 0.0005, "the iterate's ball");
        assertEquals(0.0028, averaged, 0.0001, "the averaged mu1");
        assertEquals(0.0008, Math.abs(a[0] - mle[0]), 0.00005, "the averaged mu1 at the end");
        assertTrue(averaged < iterate / 14, "fourteen times closer");
    }
}
