package org.likelihoodlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.likelihoodlab.experiment.StabilityMap;
import org.likelihoodlab.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sweep2}: a stability map, the scenario at every (x, y) of two axes, in parallel, to a CSV file. */
@Command(name = "sweep2", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a scenario at every point of two axes NAME:FROM:TO:COUNT[:log|:lin] (NAME: lr, beta, "
            + "beta1, beta2, sigma0, mu0, batch, n; both ends included) on all cores and writes",
            "x,y,status,step,final_loglik,distance (status from the one classifier; step: where it converged or "
                + "diverged)."})
public final class Sweep2Command implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    MapOptions map;

    @Mixin
    RunOptions options;

    @Option(names = "--out", required = true, paramLabel = "map.csv", converter = PathConverters.OutPath.class,
            description = "The CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        MapOptions.Prepared p = map.prepare(options, out);
        AtomicFiles.Pending pending = Outputs.begin(out);
        try (pending) {
            List<StabilityMap.Cell> cells = map.run(p, spec.commandLine().getErr(), "sweep2");
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
}
