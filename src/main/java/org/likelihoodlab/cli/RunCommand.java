package org.likelihoodlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.BadInputException;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.TrajectoryCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: one run, headless, its trajectory written to a CSV file. The file appears only
 * complete (temp file, then move); a run that fails on bad input never touches an existing file.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs gradient ascent headless and writes the trajectory to a CSV file.",
            "Exit 0: all steps done; 3: diverged (the line 'diverged at step T: REASON' is printed and rows "
                + "0..T-1 are written); 2: bad input."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Option(names = "--out", required = true, paramLabel = "TRAJ.csv",
            description = "Trajectory CSV: step,mu,sigma,loglik (1-D) or step,mu1,mu2,s11,s12,s22,loglik (2-D).")
    Path out;

    @Override
    public Integer call() {
        Scenario s = options.resolve();
        Dataset data = Datasets.load(s.data(), s.dim());
        Run run = new Run(s, data);
        boolean ok;
        try (AtomicFiles.Pending pending = begin(out)) {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(pending.temp()),
                    StandardCharsets.UTF_8), 1 << 16)) {
                ok = run.runAll(new TrajectoryCsv(w, s.dim()));
            }
            pending.commit();
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException("option --out: cannot write " + out + " (" + reason(e) + ")");
        }
        if (!ok) {
            spec.commandLine().getOut().println("diverged at step " + run.divergedAt() + ": " + run.divergence());
            spec.commandLine().getOut().flush();
            return Main.DIVERGED;
        }
        return 0;
    }

    private static AtomicFiles.Pending begin(Path out) {
        try {
            return AtomicFiles.begin(out);
        } catch (IOException e) {
            throw new BadInputException("option --out: cannot write " + out + " (" + reason(e) + ")");
        }
    }

    static String reason(Exception e) {
        return AtomicFiles.reason(e);
    }
}
