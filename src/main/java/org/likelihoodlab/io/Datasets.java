package org.likelihoodlab.io;

import org.likelihoodlab.experiment.DataSampler;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;

/** Turns a scenario's data source into data: samples it, or reads its CSV file. */
public final class Datasets {
    private Datasets() {
    }

    /**
     * @param source the data source
     * @param dim the dimension the run expects
     * @throws BadInputException if the file is missing or malformed, or the data are degenerate
     */
    public static Dataset load(DataSource source, int dim) {
        if (source instanceof DataSource.FromFile f) {
            return DataCsv.read(f.file(), dim);
        }
        DataSource.Sampled s = (DataSource.Sampled) source;
        long bytes = 8L * s.truth().dim() * s.n();
        Heap.require(bytes, "data.n = " + s.n() + " sampled points");
        try {
            return DataSampler.sample(s);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("sampled data: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw Heap.tooLarge("data.n = " + s.n() + " sampled points", bytes);
        }
    }
}
