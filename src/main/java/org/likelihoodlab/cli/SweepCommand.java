package org.likelihoodlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.RepeatedSweep;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.Sweep;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sweep}: one scenario at K log-spaced learning rates, in parallel, to a CSV file. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a scenario at log-spaced learning rates (both ends included) on all cores and writes",
            "lr,status,diverged_step,final_loglik,steps_to_tol (status: converged, unfinished, crawling, oscillating, diverged)."})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lr-from", required = true, paramLabel = "A", description = "Smallest learning rate > 0.")
    double from;

    @Option(names = "--lr-to", required = true, paramLabel = "B", description = "Largest learning rate >= A.")
    double to;

    @Option(names = "--count", required = true, paramLabel = "K", description = "Number of learning rates (>= 2).")
    int count;

    @Mixin
    RunOptions options;

    @Option(names = "--threads", paramLabel = "T", description = "Runs at once (default: all cores; at most 4 x cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repeats", paramLabel = "R", description = {"Stochastic runs: R sampling seeds per learning rate",
        "(seed, seed+1, ...); writes " + RepeatedSweep.HEADER + " instead",
        "(the median and the 10-90 % band of the final error). Default 1."})
    int repeats = 1;

    @Option(names = "--out", required = true, paramLabel = "sweep.csv", converter = PathConverters.OutPath.class,
            description = "The CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!(from > 0) || !Double.isFinite(from)) {
            throw new BadInputException("option --lr-from: must be a finite number > 0 (was " + from + ")");
        }
        if (!(to >= from) || !Double.isFinite(to)) {
            throw new BadInputException("option --lr-to: must be a finite number >= --lr-from (was " + to + ")");
        }
        if (count < 2 || count > 100_000) {
            throw new BadInputException("option --count: must be between 2 and 100000 (was " + count + ")");
        }
        Outputs.checkThreads(threads);
        if (options.lr == null) {
            options.lr = from;   // each run gets its own lr; this only satisfies the scenario check
        }
        Scenario s = options.resolve();
        Outputs.notAnInput(out, options.scenario, s, options.dataFromOption());
        try {
            RepeatedSweep.check(s, repeats);
        } catch (org.likelihoodlab.experiment.SettingException e) {
            throw new BadInputException("option --" + e.getMessage());
        }
        Dataset data = options.load(s);
        if (repeats > 1) {
            return repeated(s, data);
        }
        AtomicFiles.Pending pending = Outputs.begin(out);
        try (pending) {
            PrintWriter err = spec.commandLine().getErr();
            boolean tty = System.console() != null;
            List<Sweep.Point> points = Sweep.run(s, data, Sweep.learningRates(from, to, count), threads, done -> {
                if (tty) {
                    synchronized (err) {
                        err.print("\rsweep: " + done + "/" + count + " runs");
                        err.flush();
                    }
                }
            });
            if (tty) {
                err.println();
            }
            StringBuilder b = new StringBuilder(Sweep.HEADER).append('\n');
            for (Sweep.Point p : points) {
                b.append(Sweep.csv(p)).append('\n');
            }
            java.nio.file.Files.writeString(pending.temp(), b);
            pending.commit();
        } catch (IOException e) {
            throw Outputs.cannotWrite(out, e);
        }
        return 0;
    }

    /** The sweep with R seeds per learning rate: one summary line per learning rate. */
    private Integer repeated(Scenario s, Dataset data) throws Exception {
        AtomicFiles.Pending pending = Outputs.begin(out);
        try (pending) {
            PrintWriter err = spec.commandLine().getErr();
            boolean tty = System.console() != null;
            long total = (long) count * repeats;
            List<RepeatedSweep.Point> points = RepeatedSweep.run(s, data, Sweep.learningRates(from, to, count), repeats,
                    threads, done -> {
                        if (tty) {
                            synchronized (err) {
                                err.print("\rsweep: " + done + "/" + total + " runs");
                                err.flush();
                            }
                        }
                    });
            if (tty) {
                err.println();
            }
            StringBuilder b = new StringBuilder(RepeatedSweep.HEADER).append('\n');
            for (RepeatedSweep.Point p : points) {
                b.append(RepeatedSweep.csv(p)).append('\n');
            }
            java.nio.file.Files.writeString(pending.temp(), b);
            pending.commit();
        } catch (IOException e) {
            throw Outputs.cannotWrite(out, e);
        }
        return 0;
    }
}
