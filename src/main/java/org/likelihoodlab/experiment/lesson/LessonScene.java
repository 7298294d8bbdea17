package org.likelihoodlab.experiment.lesson;

import java.util.List;
import java.util.Objects;
import org.likelihoodlab.experiment.Race;
import org.likelihoodlab.experiment.Scenario;

/**
 * One scene of a lesson: a state of the lab (a scenario, or a race of several runs on the same
 * data), what to show, a few sentences to read, notes for the speaker and a script of cues.
 *
 * @param title the scene's title (never empty: the scenario's or race's name if none is given)
 * @param file the scenario or race file the scene reads ({@code null}: inline in the lesson)
 * @param race the runs: one entry for a scenario scene
 * @param isRace true if the scene is a race (even of one run)
 * @param view what to show
 * @param narration the caption, with simple inline maths ({@code sigma^2}, {@code \nabla}, {@code alpha}, {@code s_1})
 * @param notes the speaker's notes ({@code ""} permitted)
 * @param cues the script, in order (empty: the run plays at once)
 */
public record LessonScene(String title, java.nio.file.Path file, Race race, boolean isRace, SceneView view, String narration,
        String notes, List<Cue> cues) {

    public LessonScene {
        Objects.requireNonNull(race, "race");
        view = view == null ? SceneView.DEFAULT : view;
        narration = narration == null ? "" : narration;
        notes = notes == null ? "" : notes;
        cues = List.copyOf(cues == null ? List.of() : cues);
        if (title == null || title.isBlank()) {
            title = isRace ? (race.name().isEmpty() ? "A race" : race.name())
                    : (race.runs().get(0).scenario().name().isEmpty() ? "A run" : race.runs().get(0).scenario().name());
        }
    }

    /** A scene of one scenario. */
    public static LessonScene of(String title, java.nio.file.Path file, Scenario s, SceneView view, String narration, String notes,
            List<Cue> cues) {
        return new LessonScene(title, file, new Race(s.name(), List.of(new Race.Entry(s.name(), s))), false, view,
                narration, notes, cues);
    }

    /** @return the scenario of the scene, or a race's first run */
    public Scenario scenario() {
        return race.runs().get(0).scenario();
    }

    /** @return the same scene with another narration */
    public LessonScene withNarration(String text) {
        return new LessonScene(title, file, race, isRace, view, text, notes, cues);
    }

    /** @return the same scene with another title */
    public LessonScene withTitle(String text) {
        return new LessonScene(text, file, race, isRace, view, narration, notes, cues);
    }

    /** @return the same scene with other notes */
    public LessonScene withNotes(String text) {
        return new LessonScene(title, file, race, isRace, view, narration, text, cues);
    }
}
