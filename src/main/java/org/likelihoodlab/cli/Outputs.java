package org.likelihoodlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.BadInputException;

/** The checks on an {@code --out} file before any work: not one of the inputs, writable, room on the disk. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Refuses an output that is one of the run's inputs (the same file, also through a link).
     *
     * @param scenarioFile the {@code --scenario} file, or null
     */
    static void notAnInput(Path out, Path scenarioFile, Scenario s, boolean dataFromOption) {
        if (s.data() instanceof DataSource.FromFile f && same(out, f.file())) {
            String which = dataFromOption || scenarioFile == null ? "--data " + f.file()
                    : "data.file of " + scenarioFile;
            throw new BadInputException("option --out: " + out + " is the data file (" + which + "); refusing to "
                    + "overwrite an input: give another --out");
        }
        if (scenarioFile != null && same(out, scenarioFile)) {
            throw new BadInputException("option --out: " + out + " is the scenario file (--scenario " + scenarioFile
                    + "); refusing to overwrite an input: give another --out");
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return b.getFileSystem() == a.getFileSystem() && Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Refuses a {@code --threads} outside 1 .. 4 x the cores (sweep and sweep2 share the limit). */
    static void checkThreads(int threads) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > 4 * cores) {
            throw new BadInputException("option --threads: must be between 1 and " + 4 * cores + " (4 x the " + cores
                    + " cores; was " + threads + ")");
        }
    }

    /** @return the pending output, or a bad-input message naming the file and the reason */
    static AtomicFiles.Pending begin(Path out) {
        try {
            return AtomicFiles.begin(out);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    static BadInputException cannotWrite(Path out, Exception e) {
        return new BadInputException("option --out: cannot write " + out + " (" + AtomicFiles.reason(e) + ")");
    }

    /** @return the rows a run writes: 0, K, 2K, ... and the last */
    static long rows(long steps, long every) {
        return steps / every + 2;
    }

    /** @return about how many bytes a trajectory row takes (numbers as Double.toString: about 20 characters) */
    static long bytesPerRow(int dim, long steps) {
        return String.valueOf(steps).length() + (dim == 1 ? 3 : 6) * 20L + (dim == 1 ? 4 : 7);
    }

    /** Refuses a trajectory that would not fit on the disk, with the numbers and a --every that fits. */
    static void roomFor(AtomicFiles.Pending pending, Scenario s) {
        if (pending.direct()) {
            return;
        }
        long free;
        try {
            free = Files.getFileStore(pending.temp()).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return;   // unknown: the write reports a full disk itself
        }
        long rows = rows(s.steps(), s.every());
        long per = bytesPerRow(s.dim(), s.steps());
        double bytes = (double) rows * per;
        if (bytes <= free) {
            return;
        }
        long every = (long) Math.ceil(s.steps() / Math.max(1.0, free / 2.0 / per));
        throw new BadInputException(String.format(Locale.ROOT, "option --steps: %d steps write %d rows of about %d "
                + "bytes, about %s, but the folder of %s has %s free; write fewer rows with --every (e.g. --every %d)",
                s.steps(), rows, per, size(bytes), pending.target(), size(free), Math.max(2, every)));
    }

    static String size(double bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};
        int u = 0;
        while (bytes >= 1000 && u < units.length - 1) {
            bytes /= 1000;
            u++;
        }
        return u == 0 ? String.format(Locale.ROOT, "%.0f %s", bytes, units[u])
                : String.format(Locale.ROOT, "%.3g %s", bytes, units[u]);
    }
}
