package org.likelihoodlab.charts;

import java.awt.Color;
import java.util.Objects;

/**
 * One run of a race as the figures draw it: its name for the legend, its colour, and its view.
 *
 * @param label the run's name ("gd α=0.1")
 * @param colour its colour, from {@link Palette#race(int)}
 * @param view what it shows now
 * @param selected true for the run whose settings the window edits (drawn a little heavier)
 */
public record RunLine(String label, Color colour, RunView view, boolean selected) {
    public RunLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(view, "view");
    }

    /** @return the step this run's mark goes at: its divergence, its convergence, or -1 */
    public long markStep() {
        if (view.divergedAt() > 0) {
            return view.divergedAt();
        }
        return view.convergedAt();
    }

    /**
     * @return the mark's text: "diverged at k" for a divergence (the colour says whose), none for a
     *     convergence (the leaderboard and the legend say those; six labels would hide the lines)
     */
    public String markText() {
        return view.divergedAt() > 0 ? "diverged at " + view.divergedAt() : null;
    }
}
