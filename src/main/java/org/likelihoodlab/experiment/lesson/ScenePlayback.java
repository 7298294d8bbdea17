package org.likelihoodlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Race;

/**
 * A scene played headless: every run of the scene started and taken through the scene's cues
 * ({@link Cue}). A scene without cues plays once (as the window plays it when the scene opens).
 */
public final class ScenePlayback {

    private ScenePlayback() {
    }

    /**
     * @param data the scene's data (every run of a scene shares them)
     * @param buckets the decimation capacity of each recorded trajectory (even)
     * @return the runs in the scene's order, in the state the cues leave them
     */
    public static List<SceneRun> play(LessonScene scene, Dataset data, int buckets) {
        List<SceneRun> out = new ArrayList<>();
        for (Race.Entry e : scene.race().runs()) {
            SceneRun r = new SceneRun(e.scenario(), data, buckets);
            List<Cue> cues = scene.cues().isEmpty() ? List.of(Cue.play()) : scene.cues();
            for (Cue c : cues) {
                r = apply(r, c, data, buckets);
            }
            out.add(r);
        }
        return out;
    }

    /** @return the run after one cue (a new run if the cue starts it again) */
    public static SceneRun apply(SceneRun r, Cue c, Dataset data, int buckets) {
        switch (c.kind()) {
            case PLAY_TO:
                r.playTo(c.step());
                return r;
            case PLAY:
                r.playTo(r.run().scenario().steps());
                return r;
            case SET_LR:
                return r.setLr(c.lr(), data, buckets);
            default:
                return r;
        }
    }
}
