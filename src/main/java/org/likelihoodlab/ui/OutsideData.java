package org.likelihoodlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Scenario;

/**
 * A scenario file from a stranger may point its {@code data.file} anywhere ({@code /etc/...},
 * {@code ../../}): the window asks before it reads data that lie outside the scenario's own folder.
 */
final class OutsideData {

    /** Asks the user a yes/no question (an alert in the window; tests answer it themselves). */
    @FunctionalInterface
    interface Confirm {
        boolean ok(String header, String text);
    }

    private OutsideData() {
    }

    /** @return the data file of the scenario if it lies outside the folder of {@code scenarioFile}, else null */
    static Path outside(Scenario s, Path scenarioFile) {
        if (!(s.data() instanceof DataSource.FromFile f)) {
            return null;
        }
        Path folder = real(scenarioFile.toAbsolutePath().getParent());
        Path data = real(f.file().toAbsolutePath());
        return folder != null && data.startsWith(folder) ? null : data;
    }

    private static Path real(Path p) {
        if (p == null) {
            return null;
        }
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.normalize();
        }
    }
}
