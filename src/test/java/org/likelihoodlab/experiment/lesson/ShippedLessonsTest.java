package org.likelihoodlab.experiment.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Diagnosis;
import org.likelihoodlab.experiment.Outcome;
import org.likelihoodlab.experiment.RaceResult;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.Sweep;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.LessonJson;

/**
 * The three shipped lessons: each reads without a broken scene, and every number its narration
 * states is what the scene's runs do (played by the scene's cues, as the window and the handout
 * play them).
 */
class ShippedLessonsTest {

    static final Path LESSONS = Path.of("resources", "lessons");

    static Lesson lesson(String name) {
        Lesson l = LessonJson.read(LESSONS.resolve(name));
        assertEquals(List.of(), l.problems(), name);
        return l;
    }

    static Dataset data(LessonScene s) {
        return Datasets.load(s.scenario().data(), s.scenario().dim());
    }

    static SceneRun played(LessonScene s) {
        return ScenePlayback.play(s, data(s), 1024).get(0);
    }

    /** @return the rms of mu1's error over steps 15001..20000 (of the iterate, or of its average) */
    static double tailRms(Scenario s, boolean averaged) {
        Run run = new Run(s, Datasets.load(s.data(), s.dim()));
        double[] mle = run.data().mle();
        double[] avg = new double[5];
        run.runTo(15_000, r -> true);
        double ss = 0;
        long k = 0;
        while (run.step() < 20_000) {
            run.advance();
            double mu1 = run.reported()[0];
            if (averaged) {
                run.averaged(avg);
                mu1 = avg[0];
            }
            ss += (mu1 - mle[0]) * (mu1 - mle[0]);
            k++;
        }
        return Math.sqrt(ss / k);
    }

    static void assertNarrationSays(LessonScene s, String... parts) {
        String text = InlineMath.plain(s.narration());
        for (String p : parts) {
            assertTrue(text.contains(p), "scene '" + s.title() + "' should say '" + p + "': " + text);
        }
    }

    @Test
    void theOnlineLessonsNumbers() {
        Lesson l = lesson("online-gaussian.json");
        assertEquals("Why doesn't my online Gaussian converge?", l.title());
        assertEquals(6, l.scenes().size());
        List<LessonScene> s = l.scenes();
        // 1: the typo breaks Sigma at step 1
        SceneRun typo = played(s.get(0));
        assertEquals(1, typo.run().divergedAt());
        assertEquals("Sigma not positive definite", typo.run().divergence());
        assertNarrationSays(s.get(0), "After step 1", "\u03a3 = \u03b1\u2207");
        // 2: the fix, paused at step 5000 with the ellipse near the data
        SceneRun fix = played(s.get(1));
        assertEquals(5000, fix.run().step());
        assertTrue(Math.abs(fix.run().reported()[2] - 1) < 0.1, "s11 near 1: " + fix.run().reported()[2]);
        assertNarrationSays(s.get(1), "\u03c3\u00b2/\u03b1 = 500", "2\u03c3\u2074/\u03b1 = 1000");
        assertEquals(500, 1 / s.get(1).scenario().lr() * 1, 1e-9, "sigma^2/alpha with sigma = 1");
        // 3: the noise ball: rms 0.035, sqrt(alpha/2) = 0.032
        double ball = tailRms(s.get(2).scenario(), false);
        assertEquals(0.035, ball, 0.0005);
        assertEquals(0.03, Math.sqrt(s.get(2).scenario().lr() / 2), 0.0025);
        assertNarrationSays(s.get(2), "0.035");
        // 4: 1/t: 0.010, three times closer
        double inv = tailRms(s.get(3).scenario(), false);
        assertEquals(0.010, inv, 0.0005);
        assertTrue(inv * 3 < ball, inv + " vs " + ball);
        assertEquals("inv:2000", s.get(3).scenario().schedule().toString());
        assertNarrationSays(s.get(3), "0.010", "\u03c4 = 2000");
        // 5: averaging: 0.003 against 0.027, nine times closer
        double iterate = tailRms(s.get(4).scenario(), false);
        double average = tailRms(s.get(4).scenario(), true);
        assertEquals(0.027, iterate, 0.0005);
        assertEquals(0.003, average, 0.0005);
        assertEquals(9, Math.round(iterate / average));
        assertEquals(5000, s.get(4).scenario().average());
        assertNarrationSays(s.get(4), "0.003", "0.027", "nine times");
        // 6: mini-batches: 0.005, sqrt(alpha/(2B)) = 0.0056
        double mini = tailRms(s.get(5).scenario(), false);
        assertEquals(0.005, mini, 0.0005);
        assertEquals(0.0056, Math.sqrt(s.get(5).scenario().lr() / (2 * s.get(5).scenario().batchSize())), 0.00005);
        assertNarrationSays(s.get(5), "B = 32", "0.0056");
    }

    @Test
    void theSigmaLessonsNumbers() {
        Lesson l = lesson("sigma-blow-up.json");
        assertEquals(7, l.scenes().size());
        List<LessonScene> s = l.scenes();
        // 1: flung out to about 1884 after 2000 steps
        SceneRun flung = played(s.get(0));
        assertEquals(2000, flung.run().step());
        assertEquals(1884, flung.run().reported()[1], 0.5);
        assertNarrationSays(s.get(0), "1884", "1/\u03c3 + ((x-\u03bc)\u00b2)/\u03c3\u00b3");
        // 2: coordinate order dies at 110; at alpha = 0.1 the same run converges at 50
        LessonScene coord = s.get(1);
        Dataset a = data(coord);
        SceneRun r = new SceneRun(coord.scenario(), a, 64);
        r = ScenePlayback.apply(r, coord.cues().get(0), a, 64);
        assertEquals(110, r.run().divergedAt());
        assertEquals("sigma <= 0", r.run().divergence());
        SceneRun after = played(coord);
        assertEquals(0.1, after.run().lr());
        assertEquals(Outcome.CONVERGED, after.verdict().outcome());
        assertEquals(50, after.verdict().step());
        assertEquals(0.232, a.mle()[1] * a.mle()[1], 0.0005, "s^2");
        assertNarrationSays(coord, "step 110", "step 50", "s\u00b2 = 0.232");
        // 3: the bound is s^2 and alpha = 0.1 converges at 53
        LessonScene bound = s.get(2);
        assertEquals(0.232, Diagnosis.boundAtMle(bound.scenario(), a).local(), 0.0005);
        assertEquals(53, played(bound).verdict().step());
        assertNarrationSays(bound, "0.232", "step 53", "-2/s\u00b2");
        // 4: the small start: the first step throws sigma to 43; 42.8 still at step 2000
        SceneRun small = played(s.get(3));
        assertEquals(1, small.run().step());
        assertEquals(43.2, small.run().reported()[1], 0.05);
        SceneRun smallEnd = new SceneRun(s.get(3).scenario(), a, 64);
        smallEnd.playTo(2000);
        assertEquals(42.8, smallEnd.run().reported()[1], 0.05);
        assertNarrationSays(s.get(3), "0.1 to 43", "42.8");
        // 5: coordinate from the small start: sigma_1 = 2.32, converges at 433
        LessonScene sc = s.get(4);
        SceneRun first = ScenePlayback.apply(new SceneRun(sc.scenario(), a, 64), sc.cues().get(0), a, 64);
        assertEquals(2.32, first.run().reported()[1], 0.005);
        assertEquals(433, played(sc).verdict().step());
        assertNarrationSays(sc, "\u03c3\u2081 = 2.32", "step 433");
        // 6: log sigma at 0.4: above the (mu, sigma) bound, below its own 0.46; converges at 35
        LessonScene logs = s.get(5);
        assertEquals(0.4, logs.scenario().lr());
        assertEquals(0.46, Diagnosis.boundAtMle(logs.scenario(), a).local(), 0.005);
        assertTrue(0.4 > Diagnosis.boundAtMle(bound.scenario(), a).local());
        assertEquals(35, played(logs).verdict().step());
        assertNarrationSays(logs, "0.46", "step 35");
        // 7: the natural gradient from sigma_0 = 0.1 converges in 10 steps
        LessonScene nat = s.get(6);
        assertEquals(0.1, nat.scenario().init()[1]);
        assertEquals(10, played(nat).verdict().step());
        assertNarrationSays(nat, "10 steps", "\u03c3\u2080 = 0.1");
    }

    @Test
    void theRaceLessonsNumbers() {
        Lesson l = lesson("which-fix-race.json");
        assertEquals(3, l.scenes().size());
        LessonScene fixes = l.scenes().get(0);
        assertTrue(fixes.isRace());
        Dataset a = data(fixes);
        long[] steps = {110, 50, 35, 4, 292, 7};
        Outcome[] outcomes = {Outcome.DIVERGED, Outcome.CONVERGED, Outcome.CONVERGED, Outcome.CONVERGED,
            Outcome.CONVERGED, Outcome.CONVERGED};
        for (int k = 0; k < steps.length; k++) {
            RaceResult r = RaceResult.of(fixes.race().runs().get(k).scenario(), a);
            assertEquals(outcomes[k], r.outcome(), "run " + (k + 1));
            assertEquals(steps[k], r.step(), "run " + (k + 1));
        }
        assertNarrationSays(fixes, "step 110", "step 50", "step 35", "step 292", "step 7", "step 4", "step 256");
        // played by its cue, as the window plays it, Adam pauses at its first convergence
        List<SceneRun> played = ScenePlayback.play(fixes, a, 64);
        assertEquals(256, played.get(4).run().step());
        assertEquals(Outcome.CONVERGED, played.get(4).verdict().outcome());
        // the stability map
        LessonScene map = l.scenes().get(1);
        assertEquals(SceneView.Tab.SWEEP, map.view().tab());
        double bound = Diagnosis.boundAtMle(map.scenario(), a).local();
        for (double lr : Sweep.learningRates(1e-3, 10, 41)) {
            Outcome o = Sweep.runOne(map.scenario(), a, lr).status();
            if (lr >= 0.003 && lr < bound) {
                assertEquals(Outcome.CONVERGED, o, "lr " + lr);
            } else if (lr < 0.003) {
                assertNotEquals(Outcome.CONVERGED, o, "lr " + lr);
            } else if (lr < 0.7) {
                assertEquals(Outcome.OSCILLATING, o, "lr " + lr);
            } else if (lr >= 1.26 && lr < 6) {
                assertEquals(Outcome.DIVERGED, o, "lr " + lr);
            }
        }
        assertNarrationSays(map, "0.003", "0.232", "1.26");
        // momentum
        LessonScene mom = l.scenes().get(2);
        long[] momSteps = {53, 274, 152};
        for (int k = 0; k < 3; k++) {
            RaceResult r = RaceResult.of(mom.race().runs().get(k).scenario(), a);
            assertEquals(Outcome.CONVERGED, r.outcome());
            assertEquals(momSteps[k], r.step(), "run " + (k + 1));
        }
        assertNarrationSays(mom, "step 53", "152", "274");
    }
}
