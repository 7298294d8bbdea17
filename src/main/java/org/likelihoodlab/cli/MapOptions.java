package org.likelihoodlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.MapAxis;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.SettingException;
import org.likelihoodlab.experiment.StabilityMap;
import org.likelihoodlab.io.BadInputException;
import org.likelihoodlab.io.Datasets;
import picocli.CommandLine.Option;

/**
 * The axes of a stability map ({@code --x}, {@code --y}, {@code --threads}), shared by {@code sweep2}
 * and {@code render --figure stability-map}: both check them the same way before any run and run
 * the same map.
 */
public final class MapOptions {

    /** The most cells a map holds. */
    static final int MAX_CELLS = 1 << 20;

    @Option(names = "--x", paramLabel = "AXIS", description = "The x axis NAME:FROM:TO:COUNT[:log|:lin], e.g. "
            + "lr:1e-4:10:64:log (NAME: lr, beta, beta1, beta2, sigma0, mu0, batch, n).")
    String x;

    @Option(names = "--y", paramLabel = "AXIS", description = "The y axis, e.g. beta:0:0.99:64.")
    String y;

    @Option(names = "--threads", paramLabel = "T", description = "Rows at once (default: all cores; at most 4 x cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** A map ready to run: checked axes, the scenario and its data. */
    record Prepared(Scenario scenario, MapAxis x, MapAxis y, Dataset data, boolean nAxis) {
    }

    /**
     * Checks the axes and resolves the scenario (an lr axis stands in for a missing --lr).
     *
     * @param out the output file, which must be none of the inputs
     * @throws BadInputException naming the option and what is wrong
     */
    Prepared prepare(RunOptions options, Path out) {
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
        return new Prepared(s, ax, ay, data, nAxis);
    }

    /** Runs the map on {@link #threads} threads, with a progress line on a terminal. */
    List<StabilityMap.Cell> run(Prepared p, PrintWriter err, String command) throws InterruptedException {
        boolean tty = System.console() != null;
        AtomicInteger rows = new AtomicInteger();
        List<StabilityMap.Cell> cells = StabilityMap.run(p.scenario(), sc -> p.nAxis() ? Datasets.load(sc.data(),
                sc.dim()) : p.data(), p.x(), p.y(), threads, row -> {
                    int done = rows.incrementAndGet();
                    if (tty) {
                        synchronized (err) {
                            err.print("\r" + command + ": " + done + "/" + p.y().count() + " rows");
                            err.flush();
                        }
                    }
                });
        if (tty) {
            err.println();
        }
        return cells;
    }

    private static MapAxis axis(String option, String text) {
        if (text == null) {
            throw new BadInputException("option " + option + ": missing; give an axis NAME:FROM:TO:COUNT[:log|:lin], "
                    + "e.g. lr:1e-4:10:64:log");
        }
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
