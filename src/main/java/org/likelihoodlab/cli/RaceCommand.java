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
import org.likelihoodlab.experiment.Convergence;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.EveryKthRow;
import org.likelihoodlab.experiment.Outcome;
import org.likelihoodlab.experiment.OutcomeClassifier;
import org.likelihoodlab.experiment.Race;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.RunObserver;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.BadInputException;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.RaceJson;
import org.likelihoodlab.io.RaceSummary;
import org.likelihoodlab.io.TrajectoryCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code race}: every run of a race file, headless, on the race's data. {@code DIR/run-k.csv} is
 * exactly what {@code run} writes for the k-th entry as a scenario (byte for byte), and
 * {@code DIR/summary.csv} says who won: {@code run,label,status,step,final_loglik,distance}.
 */
@Command(name = "race", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs every run of a race file on its data and writes DIR/run-1.csv ... DIR/run-N.csv (each "
            + "as 'run' writes it) and DIR/summary.csv (run,label,status,step,final_loglik,distance).",
            "Exit 0: all written (a run that diverged is an outcome in the summary); 2: bad input."})
public final class RaceCommand implements Callable<Integer> {

    /** CSV header of the summary. */
    public static final String SUMMARY_HEADER = RaceSummary.HEADER;

    @Option(names = "--file", required = true, paramLabel = "RACE.json", converter = PathConverters.AnyPath.class,
            description = "The race file: {\"name\": ..., \"data\": {...}, \"runs\": [{...}, ...]}.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", converter = PathConverters.AnyPath.class,
            description = "The folder for the files (created if it does not exist; its parent must).")
    Path out;

    @Override
    public Integer call() {
        Race race = RaceJson.read(file);
        Path dir = folder(out);
        Scenario first = race.runs().get(0).scenario();
        Dataset data = Datasets.load(first.data(), first.dim());
        StringBuilder summary = new StringBuilder(SUMMARY_HEADER).append('\n');
        for (int k = 1; k <= race.runs().size(); k++) {
            Race.Entry e = race.runs().get(k - 1);
            Path csv = dir.resolve("run-" + k + ".csv");
            Outputs.notAnInput(csv, file, e.scenario(), false);
            summary.append(runOne(k, e, data, csv)).append('\n');
        }
        Path sum = dir.resolve("summary.csv");
        try {
            AtomicFiles.writeText(sum, w -> w.write(summary.toString()));
        } catch (IOException e) {
            throw Outputs.cannotWrite(sum, e);
        }
        return 0;
    }

    /** Writes one run's trajectory and returns its summary line. */
    private static String runOne(int k, Race.Entry e, Dataset data, Path csv) {
        Scenario s = e.scenario();
        Run run = new Run(s, data);
        OutcomeClassifier classifier = OutcomeClassifier.forRun(run);
        try (AtomicFiles.Pending pending = Outputs.begin(csv)) {
            Outputs.roomFor(pending, s);
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(pending.temp()),
                    StandardCharsets.UTF_8), 1 << 16)) {
                run.replay(RunObserver.all(new EveryKthRow(new TrajectoryCsv(w, s.dim(), s.averaging()), s.every(), s.steps()),
                        classifier));
            }
            pending.commit();
        } catch (IOException | UncheckedIOException x) {
            throw Outputs.cannotWrite(csv, x);
        }
        return RaceSummary.line(k, e.label(), classifier.verdict(run), run.logLik(),
                Convergence.distance(run.reported(), data.mle()));
    }

    /** @return the output folder, created if missing; its parent must exist */
    private static Path folder(Path dir) {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (Files.exists(dir)) {
            throw new BadInputException("option --out: " + dir + " is a file, not a folder");
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadInputException("option --out: folder " + parent + " does not exist");
        }
        try {
            return Files.createDirectory(dir);
        } catch (IOException e) {
            throw new BadInputException("option --out: cannot create " + dir + " (" + AtomicFiles.reason(e) + ")");
        }
    }
}
