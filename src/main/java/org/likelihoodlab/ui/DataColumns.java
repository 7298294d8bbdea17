package org.likelihoodlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.likelihoodlab.io.BadInputException;

/** How many columns a dropped CSV has: its dimension. Reads the file, so call it off the FX thread. */
final class DataColumns {

    private DataColumns() {
    }

    /**
     * @return the number of comma-separated fields on the first data line (1 or 2)
     * @throws BadInputException naming the file if it has no data rows, another column count, or is not text
     */
    static int count(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            for (String l : (Iterable<String>) lines::iterator) {
                String t = l.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int n = t.split(",", -1).length;
                if (n != 1 && n != 2) {
                    throw new BadInputException(file.getFileName() + ": " + n + " columns; Likelihood Lab fits 1-D "
                            + "(one column) or 2-D (two columns) data");
                }
                return n;
            }
        } catch (UncheckedIOException e) {
            throw new BadInputException(file.getFileName() + ": not a text file");
        } catch (IOException e) {
            throw new BadInputException(file.getFileName() + ": cannot read (" + org.likelihoodlab.io.AtomicFiles.reason(e)
                    + ")");
        }
        throw new BadInputException(file.getFileName() + ": no data rows");
    }
}
