package org.likelihoodlab.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.likelihoodlab.experiment.TrajectorySink;

/**
 * Writes trajectory rows in the {@code run} format: header {@code step,mu,sigma,loglik} (1-D) or
 * {@code step,mu1,mu2,s11,s12,s22,loglik} (2-D); numbers as {@link Double#toString}, which
 * round-trips a double exactly.
 */
public final class TrajectoryCsv implements TrajectorySink {

    public static final String HEADER_1D = "step,mu,sigma,loglik";
    public static final String HEADER_2D = "step,mu1,mu2,s11,s12,s22,loglik";

    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);

    /** The extra columns of an averaged run (math.md 9.4), after the usual ones. */
    public static final String AVERAGE_1D = ",avg_mu,avg_sigma,avg_loglik";
    public static final String AVERAGE_2D = ",avg_mu1,avg_mu2,avg_s11,avg_s12,avg_s22,avg_loglik";

    /** Writes the header for {@code dim} at once. */
    public TrajectoryCsv(Writer out, int dim) throws IOException {
        this(out, dim, false);
    }

    /** @param averaged add the avg_* columns (only for a run that averages its iterates) */
    public TrajectoryCsv(Writer out, int dim, boolean averaged) throws IOException {
        this.out = out;
        out.write(dim == 1 ? HEADER_1D : HEADER_2D);
        if (averaged) {
            out.write(dim == 1 ? AVERAGE_1D : AVERAGE_2D);
        }
        out.write('\n');
    }

    @Override
    public void row(long step, double[] reported, double logLik, double[] averaged, double averagedLogLik) {
        line.setLength(0);
        line.append(step);
        for (double v : reported) {
            line.append(',').append(v);
        }
        line.append(',').append(logLik);
        for (double v : averaged) {
            line.append(',').append(v);
        }
        line.append(',').append(averagedLogLik).append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(long step, double[] reported, double logLik) {
        line.setLength(0);
        line.append(step);
        for (double v : reported) {
            line.append(',').append(v);
        }
        line.append(',').append(logLik).append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
