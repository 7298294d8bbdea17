package org.likelihoodlab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.likelihoodlab.experiment.DataSampler;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.io.Datasets;

/**
 * The window's last loaded data set, so a restart with the same data does not sample or read
 * again. A data file is known by its path, size and modification time (an edited file is read
 * again; dropping a file always reads it again). Thread-safe: loads run in the background.
 */
final class DataCache {

    private Object key;
    private Dataset data;
    /** The standard normal draws of the last sample, by (n, seed, dim): moving the truth reuses them. */
    private String drawsKey;
    private double[] draws;

    /** @return the cached data for the source, or {@code null} if it would have to be loaded */
    synchronized Dataset cached(DataSource source, int dim) {
        return Objects.equals(key, key(source, dim)) ? data : null;
    }

    /** Loads (or returns the cached) data; call it off the FX thread. */
    Dataset load(DataSource source, int dim) {
        Object k = key(source, dim);
        synchronized (this) {
            if (Objects.equals(key, k)) {
                return data;
            }
        }
        Dataset d = source instanceof DataSource.Sampled s ? sample(s) : Datasets.load(source, dim);
        synchronized (this) {
            key = k;
            data = d;
        }
        return d;
    }

    /** Samples through the cached draws: the same points as {@link Datasets#load}, bit for bit. */
    private Dataset sample(DataSource.Sampled s) {
        String k = s.n() + "#" + s.seed() + "#" + s.truth().dim();
        double[] z;
        synchronized (this) {
            z = k.equals(drawsKey) ? draws : null;
        }
        if (z == null) {
            z = DataSampler.draws(s.n(), s.seed(), s.truth().dim());
            synchronized (this) {
                drawsKey = k;
                draws = z;
            }
        }
        try {
            return DataSampler.fromDraws(s.truth(), z);
        } catch (IllegalArgumentException e) {
            throw new org.likelihoodlab.io.BadInputException("sampled data: " + e.getMessage());
        }
    }

    /** Forgets the cached data (the next load reads or samples again). */
    synchronized void clear() {
        key = null;
        data = null;
    }

    private static Object key(DataSource source, int dim) {
        if (source instanceof DataSource.FromFile f) {
            Path p = f.file().toAbsolutePath().normalize();
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return p + "#" + dim + "#" + a.size() + "#" + a.lastModifiedTime().toMillis() + "#"
                        + a.fileKey();
            } catch (IOException e) {
                return p + "#" + dim + "#missing";
            }
        }
        return source;
    }
}
