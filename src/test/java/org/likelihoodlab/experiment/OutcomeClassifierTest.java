package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.likelihoodlab.TestData;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.ScenarioJson;
import org.likelihoodlab.optim.Optimizer;

/** The one classifier: the sweep and the diagnosis call a run the same thing, and the names fit. */
class OutcomeClassifierTest {

    static Scenario preset(String name) {
        return ScenarioJson.read(TestData.PRESETS.resolve(name));
    }

    static OutcomeClassifier.Verdict classify(Scenario s) {
        Run run = new Run(s, Datasets.load(s.data(), s.dim()));
        OutcomeClassifier c = OutcomeClassifier.forRun(run);
        run.replay(c);
        return c.verdict(run);
    }

    @Test
    void slowMonotoneConvergenceIsNotOscillating() {
        // lr = 0.0005, 1/460 of the bound s^2: it creeps towards the MLE without overshooting
        Scenario s = preset("batch-simultaneous-converges.json").toBuilder().lr(0.0005).build();
        OutcomeClassifier.Verdict v = classify(s);
        assertEquals(Outcome.CRAWLING, v.outcome());
        assertTrue(v.remaining() > 2000, "it needs more steps than it made: " + v.remaining());
        // and the sweep says the same
        assertEquals(Outcome.CRAWLING, Sweep.runOne(s, Datasets.load(s.data(), 1), 0.0005).status());
    }

    @Test
    void aShortRunStillGettingCloserIsUnfinished() {
        // near the MLE the error of mu shrinks by 1 - lr/s^2 per step: from 1e-3 to 1e-6 in about 640 steps
        double[] mle = TestData.a().mle();
        Scenario s = preset("batch-simultaneous-converges.json").toBuilder().lr(0.0025).steps(400)
                .init(mle[0] + 1e-3, mle[1] + 1e-3).build();
        OutcomeClassifier.Verdict v = classify(s);
        assertEquals(Outcome.UNFINISHED, v.outcome());
        assertTrue(v.remaining() > 150 && v.remaining() < 350, "about 240 more steps: " + v.remaining());
        assertEquals(Outcome.UNFINISHED, classify(s.toBuilder().steps(60).build()).outcome(), "too early to say");
    }

    @Test
    void aZeroStepRunIsUnfinished() {
        Scenario s = preset("batch-simultaneous-converges.json").toBuilder().steps(0).build();
        assertEquals(Outcome.UNFINISHED, classify(s).outcome());
        assertEquals(Outcome.UNFINISHED, Sweep.runOne(s, TestData.a(), 0.5).status());
    }

    @Test
    void aPeriodTwoOrbitOscillatesAndTheBlowUpsDiverge() {
        assertEquals(Outcome.OSCILLATING, classify(preset("batch-simultaneous-converges.json").toBuilder().lr(0.5)
                .build()).outcome());
        OutcomeClassifier.Verdict v = classify(preset("batch-coordinate-blowup.json"));
        assertEquals(Outcome.DIVERGED, v.outcome());
        assertEquals(110, v.step());
        OutcomeClassifier.Verdict c = classify(preset("batch-simultaneous-converges.json"));
        assertEquals(Outcome.CONVERGED, c.outcome());
        assertEquals(53, c.firstConverged());
    }

    @Test
    void theSmallSimultaneousStartCrawlsBack() {
        assertEquals(Outcome.CRAWLING, classify(preset("small-start-simultaneous.json")).outcome());
    }

    static Stream<String> presets() throws Exception {
        try (Stream<Path> files = Files.list(TestData.PRESETS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    /** The sweep's status at the preset's learning rate and the diagnosis of the same run agree. */
    @ParameterizedTest
    @MethodSource("presets")
    void theSweepAndTheDiagnosisAgreeOnEveryPreset(String name) {
        Scenario s = preset(name);
        Dataset data = Datasets.load(s.data(), s.dim());
        Sweep.Point p = Sweep.runOne(s, data, s.lr());
        Run run = new Run(s, data);
        TrajectoryRecorder rec = new TrajectoryRecorder(run, 256);
        OutcomeClassifier c = OutcomeClassifier.forRun(run);
        run.replay(RunObserver.all(rec, c));
        Diagnosis d = Diagnosis.of(run, c.verdict(run), rec.trajectory().rows());
        assertEquals(p.status(), d.kind(), name + ": " + d.text());
    }

    @Test
    void dataWithAHugeMeanConverge() {
        // epoch milliseconds: one rounding step of mu (2.4e-4) is far above the absolute 1e-6
        double[] x = new double[200];
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = 1.7e12 + 1000 * rnd.nextGaussian();
        }
        Dataset data = Dataset.of1(x);
        double[] mle = data.mle();
        Scenario s = new Scenario.Builder().dim(1).data(new DataSource.FromFile(Path.of("epoch.csv")))
                .optimizer(Optimizer.GD).lr(0.2 * mle[1] * mle[1]).steps(2000).init(mle[0] + 5000, 1500).build();
        Run run = new Run(s, data);
        OutcomeClassifier c = OutcomeClassifier.forRun(run);
        run.replay(c);
        assertNotEquals(Outcome.DIVERGED, c.verdict(run).outcome());
        assertTrue(Convergence.distance(run.reported(), mle) > Convergence.TOLERANCE, "the absolute test alone fails");
        assertEquals(Outcome.CONVERGED, c.verdict(run).outcome());
        assertTrue(Convergence.DEFAULT.converged(run.reported(), mle));
    }
}
