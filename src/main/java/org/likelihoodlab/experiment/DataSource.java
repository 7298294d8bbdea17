package org.likelihoodlab.experiment;

import java.nio.file.Path;

/** Where a scenario's data come from: sampled with a seed, or read from a CSV file. */
public sealed interface DataSource permits DataSource.Sampled, DataSource.FromFile {

    /**
     * n points drawn from {@code truth} with a seeded commons-math3 generator: reproducible
     * without a data file.
     */
    record Sampled(TrueGaussian truth, int n, long seed) implements DataSource {
        public Sampled {
            if (n < 2) {
                throw new SettingException("n", "must be at least 2 (was " + n + ")");
            }
        }
    }

    /** A CSV file of points, one per row (math.md section 1). */
    record FromFile(Path file) implements DataSource {
    }
}
