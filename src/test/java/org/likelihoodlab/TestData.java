package org.likelihoodlab;

import java.nio.file.Path;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.io.DataCsv;

/** The committed data sets of math.md sections 6-7. */
public final class TestData {
    public static final Path PRESETS = Path.of("resources", "presets");

    private TestData() {
    }

    /** Data A: 400 draws of N(2, 0.5^2), s^2 = 0.231980. */
    public static Dataset a() {
        return DataCsv.read(PRESETS.resolve("data-a.csv"), 1);
    }

    /** Data B: 400 draws of N(-1, 1.5^2), s^2 = 2.217449. */
    public static Dataset b() {
        return DataCsv.read(PRESETS.resolve("data-b.csv"), 1);
    }

    /** Data C: 400 correlated 2-D points, eigenvalues of S 0.29398 and 1.602358. */
    public static Dataset c() {
        return DataCsv.read(PRESETS.resolve("data-c.csv"), 2);
    }
}
