package org.likelihoodlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A lecture: a title and scenes, stepped through in order. A lesson read from a file with broken
 * scenes keeps the good ones and lists the others in {@link #problems()}.
 *
 * @param title the lesson's title
 * @param scenes the scenes that could be read, in order
 * @param problems the scenes that could not, with the reason (empty: none)
 */
public record Lesson(String title, List<LessonScene> scenes, List<Problem> problems) {

    /**
     * A scene that could not be read.
     *
     * @param scene its place in the file, 1-based
     * @param title its title if it had one ({@code ""} otherwise)
     * @param message one line: what is wrong
     */
    public record Problem(int scene, String title, String message) {
        /** @return "scene 3 ("The bound"): message" */
        public String describe() {
            return "scene " + scene + (title.isEmpty() ? "" : " (\"" + title + "\")") + ": " + message;
        }
    }

    public Lesson {
        title = title == null ? "" : title;
        scenes = List.copyOf(scenes);
        problems = List.copyOf(problems == null ? List.of() : problems);
    }

    /** @return an empty lesson to add scenes to */
    public static Lesson empty(String title) {
        return new Lesson(title, List.of(), List.of());
    }

    /** @return the lesson with a scene added at the end */
    public Lesson plus(LessonScene s) {
        List<LessonScene> l = new ArrayList<>(scenes);
        l.add(s);
        return new Lesson(title, l, problems);
    }

    /** @return the lesson with scene {@code i} (0-based) replaced */
    public Lesson with(int i, LessonScene s) {
        List<LessonScene> l = new ArrayList<>(scenes);
        l.set(i, s);
        return new Lesson(title, l, problems);
    }

    /** @return the lesson without scene {@code i} (0-based) */
    public Lesson without(int i) {
        List<LessonScene> l = new ArrayList<>(scenes);
        l.remove(i);
        return new Lesson(title, l, problems);
    }

    /** @return the lesson with scene {@code i} moved by {@code by} places (kept within the list) */
    public Lesson moved(int i, int by) {
        List<LessonScene> l = new ArrayList<>(scenes);
        int to = Math.max(0, Math.min(l.size() - 1, i + by));
        LessonScene s = l.remove(i);
        l.add(to, s);
        return new Lesson(title, l, problems);
    }
}
