package org.likelihoodlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.EveryKthRow;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.RunObserver;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.TrajectoryCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: one run, headless, its trajectory written to a CSV file. The file appears only
 * complete (temp file, then move); a run that fails on bad input never touches an existing file.
 * Standard output has one line only for a divergence; the data summary and the progress line go
 * to standard error.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs gradient ascent headless and writes the trajectory to a CSV file.",
            "Exit 0: all steps done; 3: diverged (the line 'diverged at step T: REASON' is printed and rows "
                + "0..T-1 are written); 2: bad input."})
public final class RunCommand implements Callable<Integer> {

    /** Whether a progress line is shown: on a terminal only. */
    static boolean terminal = System.console() != null;

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Option(names = "--out", required = true, paramLabel = "TRAJ.csv", converter = PathConverters.OutPath.class,
            description = "Trajectory CSV: step,mu,sigma,loglik (1-D) or step,mu1,mu2,s11,s12,s22,loglik (2-D).")
    Path out;

    @Override
    public Integer call() {
        Scenario s = options.resolve();
        Outputs.notAnInput(out, options.scenario, s, options.dataFromOption());
        PrintWriter err = spec.commandLine().getErr();
        boolean ok;
        Run run;
        try (AtomicFiles.Pending pending = Outputs.begin(out)) {
            Dataset data = options.load(s);
            Outputs.roomFor(pending, s);
            run = new Run(s, data);
            if (options.summary() != null) {
                err.println(options.summary());   // stderr: stdout keeps its one line for a divergence
                err.flush();
            }
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(pending.temp()),
                    StandardCharsets.UTF_8), 1 << 16)) {
                RunObserver rows = new EveryKthRow(new TrajectoryCsv(w, s.dim(), s.averaging()), s.every(), s.steps());
                ok = run.replay(terminal ? RunObserver.all(rows, new Progress(err, s.steps(), System::nanoTime)) : rows);
            }
            pending.commit();
        } catch (IOException | UncheckedIOException e) {
            throw Outputs.cannotWrite(out, e);
        }
        if (!ok) {
            spec.commandLine().getOut().println("diverged at step " + run.divergedAt() + ": " + run.divergence());
            spec.commandLine().getOut().flush();
            return Main.DIVERGED;
        }
        return 0;
    }

    static String reason(Exception e) {
        return AtomicFiles.reason(e);
    }
}
