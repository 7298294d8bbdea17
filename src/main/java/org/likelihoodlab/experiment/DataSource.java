package org.likelihoodlab.experiment;

import java.nio.file.Path;

/** Where a scenario's data come from: sampled with a seed, or read from a CSV file. */
public sealed interface DataSource permits DataSource.Sampled, DataSource.FromFile {

    /** The most points a data set may have, sampled or read (10^8: 0.8 GB in 1-D, 1.6 GB in 2-D). */
    int MAX_POINTS = 100_000_000;

    /**
     * n points drawn from {@code truth} with a seeded commons-math3 generator: reproducible
     * without a data file.
     */
    record Sampled(TrueGaussian truth, int n, long seed) implements DataSource {
        public Sampled {
            if (n < 2) {
                throw new SettingException("data.n", "must be at least 2 (was " + n + ")");
            }
            if (n > MAX_POINTS) {
                throw new SettingException("data.n", "must be at most " + MAX_POINTS + " points (was " + n + ")");
            }
        }
    }

    /** A CSV file of points, one per row (math.md section 1). */
    record FromFile(Path file) implements DataSource {
    }
}
