package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.LiveSettings;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.RunPlan;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrajectoryRecorder;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.optim.Optimizer;

/** The timeline's state at step k is the live run's state when it was at k, bit for bit. */
class StepReplayTest {

    private static final String BLOWUP = "batch-coordinate-blowup.json";

    /** A live lane stepped as the worker steps it (chunks of {@code chunk}), snapshots kept at the steps asked. */
    private static Map<Long, Snapshot> live(Lane lane, long to, int chunk, long... keep) {
        Map<Long, Snapshot> kept = new HashMap<>();
        long v = 0;
        while (lane.run().step() < to && lane.canPlay()) {
            long next = Math.min(to, lane.run().step() + chunk);
            for (long k : keep) {
                if (k > lane.run().step() && k < next) {
                    next = k;
                }
            }
            lane.release();   // play after the pause at convergence
            lane.advance(next - lane.run().step());
            for (long k : keep) {
                if (lane.run().step() == k && !kept.containsKey(k)) {
                    kept.put(k, lane.snapshot(++v, System.nanoTime(), false));
                }
            }
        }
        kept.put(-1L, lane.snapshot(++v, System.nanoTime(), false));
        return kept;
    }

    private static void assertSameState(Snapshot live, Snapshot replay) {
        assertEquals(live.step(), replay.step());
        assertArrayEquals(live.reported(), replay.reported());   // exact: doubles compared bit for bit
        assertEquals(Double.doubleToLongBits(live.logLik()), Double.doubleToLongBits(replay.logLik()));
        assertEquals(live.divergedAt(), replay.divergedAt());
        assertEquals(live.state(), replay.state());
        assertEquals(live.verdict(), replay.verdict());
        assertEquals(live.scenario(), replay.scenario());
        assertEquals(live.diagnosis(), replay.diagnosis());
        assertArrayEquals(live.rows(), replay.rows());
        assertArrayEquals(live.xs(), replay.xs());
        assertArrayEquals(live.ys(), replay.ys());
    }

    @Test
    void theBlowUpPresetIsReplayedToEachStepAsItWasLiveAndDivergesAt110NotBefore() {
        Scenario s = Presets.load(BLOWUP);
        Dataset data = Datasets.load(s.data(), s.dim());
        Lane lane = new Lane(RunPlan.of(s), data, 7, RunWorker.VIEW_BUCKETS);
        Map<Long, Snapshot> live = live(lane, s.steps(), 13, 1, 50, 108, 109);
        Snapshot end = live.get(-1L);
        assertEquals(110, end.divergedAt(), "the preset diverges at step 110");
        assertEquals(110, StepReplay.end(end));

        for (long k : new long[] {1, 50, 108, 109}) {
            Snapshot replay = StepReplay.at(end, k, () -> false);
            assertSameState(live.get(k), replay);
            assertEquals(0, replay.divergedAt(), "no divergence yet at step " + k);
            assertEquals(RunState.PAUSED, replay.state());
        }
        // at 110 the timeline shows the divergence: the run's end, which is the live snapshot
        Snapshot at110 = StepReplay.at(end, 110, () -> false);
        assertSame(end, at110);
        assertEquals(RunState.DIVERGED, at110.state());
        assertTrue(at110.reason().contains("sigma"), at110.reason());
        // step 0 is the start
        assertArrayEquals(new double[] {0, 1}, StepReplay.at(end, 0, () -> false).reported());
    }

    @Test
    void theReplayIsAHeadlessRunOfThePlanToThatStep() {
        Scenario s = Presets.load(BLOWUP);
        Dataset data = Datasets.load(s.data(), s.dim());
        Lane lane = new Lane(RunPlan.of(s), data, 1, RunWorker.VIEW_BUCKETS);
        Snapshot end = live(lane, s.steps(), 1000).get(-1L);
        for (long k : new long[] {109, 110}) {
            Run headless = new Run(end.plan().withSteps(k), data);
            TrajectoryRecorder rec = new TrajectoryRecorder(headless, RunWorker.VIEW_BUCKETS);
            rec.runAll();
            Snapshot replay = StepReplay.at(end, k, () -> false);
            assertArrayEquals(headless.reported(), replay.reported());
            assertEquals(headless.logLik(), replay.logLik(), 0.0);
            assertEquals(headless.divergedAt(), replay.divergedAt());
            assertEquals(k == 110 ? 110 : 0, replay.divergedAt());
        }
    }

    @Test
    void liveChangesTakeEffectInTheReplayAtTheStepTheyWereMade() {
        Scenario s = Presets.load("batch-coordinate-converges.json").toBuilder().steps(400).build();
        Dataset data = Datasets.load(s.data(), s.dim());
        Lane lane = new Lane(RunPlan.of(s), data, 3, RunWorker.VIEW_BUCKETS);
        Map<Long, Snapshot> before = live(lane, 20, 7, 5);
        lane.change(new LiveSettings(s.lr() / 2, Optimizer.MOMENTUM, s.hyper()));
        // at the step of a change the replay shows the settings as they were once it was made
        Snapshot atChange = lane.snapshot(100, System.nanoTime(), false);
        Map<Long, Snapshot> after = live(lane, 400, 9, 33, 250);
        Snapshot end = after.get(-1L);
        assertEquals(1, end.changes().size());
        assertSameState(before.get(5L), StepReplay.at(end, 5, () -> false));
        assertSameState(atChange, StepReplay.at(end, 20, () -> false));
        assertSameState(after.get(33L), StepReplay.at(end, 33, () -> false));
        assertSameState(after.get(250L), StepReplay.at(end, 250, () -> false));
        assertEquals(Optimizer.MOMENTUM, StepReplay.at(end, 33, () -> false).scenario().optimizer());
        assertEquals(s.optimizer(), StepReplay.at(end, 19, () -> false).scenario().optimizer());
    }

    @Test
    void inARaceEachRunIsShownAtTheStepOrAtItsOwnEndAndACancelledReplayGivesNothing() {
        Scenario blowup = Presets.load(BLOWUP);
        Dataset data = Datasets.load(blowup.data(), blowup.dim());
        Scenario slow = blowup.toBuilder().lr(0.05).steps(300).build();
        Snapshot a = live(new Lane(RunPlan.of(blowup), data, 1, RunWorker.VIEW_BUCKETS), 300, 50).get(-1L);
        Snapshot b = live(new Lane(RunPlan.of(slow), data, 2, RunWorker.VIEW_BUCKETS), 300, 50).get(-1L);
        List<Snapshot> race = List.of(a, b);
        assertEquals(300, StepReplay.end(race));
        List<Snapshot> at200 = StepReplay.at(race, 200, () -> false);
        assertSame(a, at200.get(0), "the blow-up ended at 110: it stays at its end");
        assertEquals(200, at200.get(1).step());
        assertNotNull(StepReplay.at(race, 100, () -> false));
        assertNull(StepReplay.at(race, 100, () -> true));
    }
}
