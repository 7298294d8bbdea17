package org.likelihoodlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.FixCheck;

/**
 * The state of a run at an earlier step, for the timeline: a replay of the run's plan on its data
 * to that step, through a {@link Lane} as the worker made it, so the snapshot is the one the live
 * run published when it was there, bit for bit (runs are deterministic from their plan). No
 * threads and no JavaFX: {@link Replayer} calls it in the background.
 */
final class StepReplay {

    private StepReplay() {
    }

    /**
     * @return the last step of a run's history: the update that diverged (the timeline shows the
     *     divergence there), else the steps done
     */
    static long end(Snapshot live) {
        return live.divergedAt() > 0 ? live.divergedAt() : live.step();
    }

    /** @return the longest history of these runs (0 for none) */
    static long end(List<Snapshot> live) {
        long end = 0;
        for (Snapshot s : live) {
            end = Math.max(end, end(s));
        }
        return end;
    }

    /**
     * @param live the run's latest snapshot (its plan holds every live change so far)
     * @param k the step to show
     * @param cancelled asked between chunks of updates whether the replay is still wanted
     * @return the run at step {@code k}, or at its end if it ended earlier (then the live snapshot
     *     itself); {@code null} if cancelled
     */
    static Snapshot at(Snapshot live, long k, BooleanSupplier cancelled) {
        return at(live, k, cancelled, new FixCheck(live.data()));
    }

    /** As {@link #at(Snapshot, long, BooleanSupplier)}, the diagnosis's fixes checked by {@code check} (on the run's data). */
    static Snapshot at(Snapshot live, long k, BooleanSupplier cancelled, FixCheck check) {
        if (k >= end(live)) {
            return live;
        }
        Lane lane = new Lane(live.plan(), live.data(), live.runId(), RunWorker.VIEW_BUCKETS, check);
        if (!lane.replayTo(Math.max(0, k), cancelled)) {
            return null;
        }
        return lane.snapshot(live.version(), System.nanoTime(), false);
    }

    /** @return every run at step {@code k} (each at its own end if it ended earlier), or {@code null} if cancelled */
    static List<Snapshot> at(List<Snapshot> live, long k, BooleanSupplier cancelled) {
        return at(live, k, cancelled, FixCheck::new);
    }

    /**
     * As {@link #at(List, long, BooleanSupplier)}, with the fix checks of each run's data from {@code checks}
     * (so a drag of the scrubber checks each fix once).
     */
    static List<Snapshot> at(List<Snapshot> live, long k, BooleanSupplier cancelled,
            Function<Dataset, FixCheck> checks) {
        List<Snapshot> out = new ArrayList<>(live.size());
        for (Snapshot s : live) {
            Snapshot r = at(s, k, cancelled, checks.apply(s.data()));
            if (r == null) {
                return null;
            }
            out.add(r);
        }
        return List.copyOf(out);
    }
}
