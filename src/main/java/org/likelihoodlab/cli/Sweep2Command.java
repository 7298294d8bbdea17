package org.likelihoodlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.MapAxis;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.SettingException;
import org.likelihoodlab.experiment.StabilityMap;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.BadInputException;
import org.likelihoodlab.io.Datasets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sweep2}: a stability map, the scenario at every (x, y) of two axes, in parallel, to a CSV file. */
@Command(name = "sweep2", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a scenario at every point of two axes NAME:FROM:TO:COUNT[:log|:lin] (NAME: lr, beta, "
            + "beta1, beta2, sigma0, mu0, n; both ends included) on all cores and writes",
            "x,y,status,step,final_loglik,distance (status from the one classifier; step: where it converged or "
                + "diverged)."})
public final class Sweep2Command implements Callable<Integer> {

    /** The most cells a map holds. */
    static final int MAX_CELLS = 1 << 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--x", required = true, paramLabel = "AXIS", description = "The x axis, e.g. lr:1e-4:10:64:log.")
    String x;

    @Option(names = "--y", required = true, paramLabel = "AXIS", description = "The y axis, e.g. beta:0:0.99:64.")
    String y;

    @Mixin
    RunOptions options;

    @Option(names = "--threads", paramLabel = "T", description = "Rows at once (default: all cores; at most 4 x cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", required = true, paramLabel = "map.csv", converter = PathConverters.OutPath.class,
            description = "The CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        MapAxis ax = axis("--x", x);
        MapAxis ay = axis("--y", y);
        if (ax.setting() == ay.setting()) {
            throw new BadInputException("option --y: the two axes vary the same setting (" + ax.setting().cliName()
                    + ")");
        }
        if ((long) ax.count() * ay.count() > MAX_CELLS) {
            throw new BadInputException("options --x and --y: " + ax.count() + " x " + ay.count() + " cells; a map holds "
                    + "at most " + MAX_CELLS);
        }
        Outputs.checkThreads(threads);
        if (options.lr == null) {
            // an lr axis gives each run its own; this only satisfies the scenario check
            options.lr = ax.setting() == MapAxis.Setting.LR ? ax.from() : ay.setting() == MapAxis.Setting.LR ? ay.from()
                    : null;
        }
        Scenario s = options.resolve();
        Outputs.notAnInput(out, options.scenario, s, options.dataFromOption());
        check(s, ax, "--x");
        check(s, ay, "--y");
        Dataset data = options.load(s);
        boolean nAxis = ax.setting() == MapAxis.Setting.N || ay.setting() == MapAxis.Setting.N;
        AtomicFiles.Pending pending = Outputs.begin(out);
        try (pending) {
            PrintWriter err = spec.commandLine().getErr();
            boolean tty = System.console() != null;
            AtomicInteger rows = new AtomicInteger();
            List<StabilityMap.Cell> cells = StabilityMap.run(s, sc -> nAxis ? Datasets.load(sc.data(), sc.dim()) : data,
                    ax, ay, threads, row -> {
                        int done = rows.incrementAndGet();
                        if (tty) {
                            synchronized (err) {
                                err.print("\rsweep2: " + done + "/" + ay.count() + " rows");
                                err.flush();
                            }
                        }
                    });
            if (tty) {
                err.println();
            }
            StringBuilder b = new StringBuilder(StabilityMap.HEADER).append('\n');
            for (StabilityMap.Cell c : cells) {
                b.append(StabilityMap.csv(c)).append('\n');
            }
            java.nio.file.Files.writeString(pending.temp(), b);
            pending.commit();
        } catch (IOException e) {
            throw Outputs.cannotWrite(out, e);
        }
        return 0;
    }

    private static MapAxis axis(String option, String text) {
        try {
            return MapAxis.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("option " + option + ": " + e.getMessage());
        }
    }

    /** Applies both ends of the axis before any run, so a value the setting cannot take is bad input now. */
    private static void check(Scenario s, MapAxis a, String option) {
        for (double v : new double[] {a.values()[0], a.values()[a.count() - 1]}) {
            try {
                a.apply(s, v);
            } catch (SettingException e) {
                throw new BadInputException("option " + option + ": " + a.setting().cliName() + " = " + v + ": "
                        + e.problem());
            } catch (IllegalArgumentException e) {
                throw new BadInputException("option " + option + ": " + a.setting().cliName() + " = " + v + ": "
                        + e.getMessage());
            }
        }
    }
}
