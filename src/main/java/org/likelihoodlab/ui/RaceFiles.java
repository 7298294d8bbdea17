package org.likelihoodlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.likelihoodlab.experiment.Race;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.RaceJson;

/**
 * The window's race files: save the race (every run with its name) as a race file, write the
 * leaderboard as CSV (the lines of {@code race}'s summary.csv). Opening goes through the window's
 * "Open" (a race file is recognised by its "runs").
 */
final class RaceFiles {

    private final LabModel model;
    private final Leaderboard leaderboard;

    RaceFiles(LabModel model, Leaderboard leaderboard) {
        this.model = model;
        this.leaderboard = leaderboard;
    }

    /** Saves the race atomically; says what happened in the status line. */
    boolean save(Path file) {
        try {
            Race race = model.toRace();
            RaceJson.write(race, file);
            model.say("Saved the race (" + race.runs().size() + (race.runs().size() == 1 ? " run" : " runs") + ") to "
                    + file.getFileName(), false);
            return true;
        } catch (IOException | RuntimeException e) {
            model.say("Cannot save " + file.getFileName() + ": " + LabWindow.reason(e), true);
            return false;
        }
    }

    /** Writes the leaderboard (run,label,status,step,final_loglik,distance) atomically. */
    boolean exportLeaderboard(Path file) {
        String csv = leaderboard.csv();
        try {
            AtomicFiles.writeText(file, w -> w.write(csv));
            model.say("Exported the leaderboard to " + file.getFileName(), false);
            return true;
        } catch (IOException | RuntimeException e) {
            model.say("Cannot write " + file.getFileName() + ": " + LabWindow.reason(e), true);
            return false;
        }
    }
}
