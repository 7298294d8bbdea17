package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.ScenarioJson;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/** Each misbehaving preset gets the right cause and a fix that works. */
class DiagnosisTest {

    static TrajectoryRecorder play(Scenario s) {
        TrajectoryRecorder rec = new TrajectoryRecorder(new Run(s, Datasets.load(s.data(), s.dim())), 256);
        rec.runAll();
        return rec;
    }

    static Diagnosis diagnose(Scenario s) {
        Run run = new Run(s, Datasets.load(s.data(), s.dim()));
        TrajectoryRecorder rec = new TrajectoryRecorder(run, 256);
        OutcomeClassifier classifier = OutcomeClassifier.forRun(run);
        run.replay(RunObserver.all(rec, classifier));
        return Diagnosis.of(run, classifier.verdict(run), rec.trajectory().rows());
    }

    static Scenario preset(String name) {
        return ScenarioJson.read(TestData.PRESETS.resolve(name));
    }

    /** The fix's run ends converged (batch) or at least not diverged (online). */
    static void assertFixWorks(Diagnosis.Fix fix) {
        TrajectoryRecorder rec = play(fix.scenario());
        Run run = rec.run();
        assertEquals(Run.Status.RUNNING, run.status(), fix.label() + ": " + run.divergence());
        if (fix.scenario().mode() == Mode.BATCH) {
            assertTrue(Convergence.DEFAULT.converged(run.reported(), run.data().mle()), fix.label() + " converges");
        }
    }

    @Test
    void theTyposAreNamedAndFixed() {
        for (String name : new String[] {"online-typo-2d.json", "online-typo-1d.json"}) {
            Diagnosis d = diagnose(preset(name));
            assertEquals(Outcome.DIVERGED, d.kind(), name);
            assertTrue(d.text().contains("typo \u03a3 = \u03b1\u2207"), d.text());
            assertTrue(d.fixes().get(0).label().startsWith("Fix the typo"), d.fixes().toString());
            assertEquals(Bug.NONE, d.fixes().get(0).scenario().bug());
            assertFixWorks(d.fixes().get(0));
        }
        Diagnosis twoD = diagnose(preset("online-typo-2d.json"));
        assertTrue(twoD.text().contains("not positive definite"), twoD.text());
    }

    @Test
    void coordinateBlowupNamesTheStepAndTheBound() {
        Diagnosis d = diagnose(preset("batch-coordinate-blowup.json"));
        assertEquals(Outcome.DIVERGED, d.kind());
        assertTrue(d.text().contains("diverged at step 110"), d.text());
        assertTrue(d.text().contains("\u03c3 went from 0.6368 to -0.03522"), d.text());
        assertTrue(d.text().contains("was larger than \u03c3 itself"), d.text());
        assertTrue(d.text().contains("above the local stability bound"), d.text());
        assertTrue(d.text().contains("0.232"), d.text());
        assertTrue(d.text().contains("above 0.9279"), d.text());
        assertTrue(d.fixes().size() >= 2 && d.fixes().size() <= 3, d.fixes().toString());
        assertEquals("Lower \u03b1 to 0.11 (below the bound)", d.fixes().get(0).label());
        for (Diagnosis.Fix f : d.fixes()) {
            assertFixWorks(f);
        }
    }

    @Test
    void aLearningRateBetweenTheBoundsOscillates() {
        Scenario s = preset("batch-simultaneous-converges.json").toBuilder().lr(0.5).build();
        Diagnosis d = diagnose(s);
        assertEquals(Outcome.OSCILLATING, d.kind());
        assertTrue(d.text().contains("swings between"), d.text());
        assertTrue(d.text().contains("oscillates instead of blowing up"), d.text());
        assertFixWorks(d.fixes().get(0));
    }

    @Test
    void theSmallSimultaneousStartCrawlsAndTheOrderIsTheFix() {
        Diagnosis d = diagnose(preset("small-start-simultaneous.json"));
        assertEquals(Outcome.CRAWLING, d.kind());
        assertEquals(UpdateOrder.COORDINATE, d.fixes().get(0).scenario().order());
        assertFixWorks(d.fixes().get(0));
        assertFixWorks(d.fixes().get(1));
    }

    @Test
    void logSigmaOverflowSuggestsSmallerStepsOrNatural() {
        Scenario s = preset("fix-logsigma.json").toBuilder().init(0, 0.1).lr(0.1).order(UpdateOrder.COORDINATE).build();
        Diagnosis d = diagnose(s);
        assertEquals(Outcome.DIVERGED, d.kind());
        assertTrue(d.text().contains("out of range") || d.text().contains("infinite"), d.text());
        assertTrue(d.fixes().stream().anyMatch(f -> f.scenario().optimizer() == Optimizer.NATURAL));
        assertFixWorks(d.fixes().stream().filter(f -> f.scenario().optimizer() == Optimizer.NATURAL).findFirst()
                .orElseThrow());
    }

    @Test
    void convergedRunsNeedNoFix() {
        Diagnosis d = diagnose(preset("fix-natural.json"));
        assertEquals(Outcome.CONVERGED, d.kind());
        assertTrue(d.fixes().isEmpty());
    }

    @Test
    void twoDimensionalCovarianceBlowupSuggestsCholesky() {
        Scenario s = preset("correlated-2d-cov.json").toBuilder().lr(1.5).build();
        Diagnosis d = diagnose(s);
        assertEquals(Outcome.DIVERGED, d.kind(), d.text());
        assertTrue(d.fixes().stream().anyMatch(f -> f.scenario().param() == Parameterization.MEAN_CHOLESKY),
                d.fixes().toString());
        assertFixWorks(d.fixes().get(0));
    }

    @Test
    void sigmaFlungOutCrawlsBackAndIsNotCalledAnOscillation() {
        Diagnosis d = diagnose(preset("batch-simultaneous-blowup.json"));
        assertEquals(Outcome.CRAWLING, d.kind(), d.text());
        assertFalse(d.text().contains("swings between") || d.text().contains("oscillat"), d.text());
    }

    @Test
    void aCholeskyOverflowIsNotCalledIndefiniteAndLowerNeverRaises() {
        // log-Cholesky cannot lose definiteness: a blow-up there is an overflow
        Scenario s = preset("correlated-2d-cholesky.json").toBuilder().lr(3).build();
        Diagnosis d = diagnose(s);
        assertEquals(Outcome.DIVERGED, d.kind(), d.text());
        assertFalse(d.text().contains("not positive definite"), d.text());
        for (Diagnosis.Fix f : d.fixes()) {
            if (f.label().startsWith("Lower")) {
                assertTrue(f.scenario().lr() < s.lr(), f.label() + " at \u03b1 = " + s.lr());
            }
        }
    }

    @Test
    void aChangeAfterTheDivergenceDoesNotRewriteItsExplanation() {
        Scenario s = preset("batch-coordinate-blowup.json");
        Run run = new Run(s, Datasets.load(s.data(), 1));
        OutcomeClassifier c = OutcomeClassifier.forRun(run);
        run.replay(c);
        String before = Diagnosis.of(run, c.verdict(run), null).text();
        // when: alpha is lowered after the run diverged
        run.change(LiveSettings.of(s).withLr(0.01));
        // then: the run keeps the settings it diverged with, and so does its explanation
        assertEquals(1.0, run.current().lr());
        assertEquals(before, Diagnosis.of(run, c.verdict(run), null).text());
    }

    @Test
    void newtonFarFromTheMleIsToldAboutTheHessianAndOfferedFisherScoring() {
        // from (0, 1) on data A: (x-bar - mu)^2 = 4.1 > 3 s^2 - sigma^2, so H is not negative definite there
        Scenario s = preset("batch-simultaneous-converges.json").toBuilder().optimizer(Optimizer.NEWTON).lr(1).build();
        Diagnosis d = diagnose(s);
        assertTrue(d.kind() != Outcome.CONVERGED, d.text());
        assertTrue(d.text().contains("not negative definite"), d.text());
        assertEquals(Optimizer.NATURAL, d.fixes().get(0).scenario().optimizer());
        assertFixWorks(d.fixes().get(0));
    }

    @Test
    void theLineSearchIsAFixThatWorksForTheBlowUps() {
        for (String name : new String[] {"batch-coordinate-blowup.json", "batch-simultaneous-blowup.json"}) {
            Diagnosis d = diagnose(preset(name));
            Diagnosis.Fix ls = d.fixes().stream().filter(f -> f.scenario().guards().armijo()).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": " + d.fixes()));
            assertEquals(preset(name).lr(), ls.scenario().lr(), name);
            assertFixWorks(ls);
        }
    }
}
