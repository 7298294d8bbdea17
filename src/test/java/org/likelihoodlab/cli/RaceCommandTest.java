package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.likelihoodlab.experiment.Race;
import org.likelihoodlab.io.RaceJson;
import org.likelihoodlab.io.ScenarioJson;

/** The race command: each run's file is the run command's, byte for byte; a summary says who won. */
class RaceCommandTest {

    static final Path RACES = Path.of("resources", "races");

    @TempDir
    Path dir;

    StringWriter err;

    int run(String... args) {
        err = new StringWriter();
        picocli.CommandLine cmd = Main.newCommandLine();
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    static Stream<String> races() throws Exception {
        try (Stream<Path> f = Files.list(RACES)) {
            return f.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("races")
    void everyRunOfARaceIsTheRunOfItsScenarioByteForByte(String name) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, run("race", "--file", RACES.resolve(name).toString(), "--out", out.toString()), err.toString());
        Race race = RaceJson.read(RACES.resolve(name));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(RaceCommand.SUMMARY_HEADER, summary.get(0));
        assertEquals(race.runs().size() + 1, summary.size());
        for (int k = 1; k <= race.runs().size(); k++) {
            // the entry alone, as a scenario file, through the run command
            Path scenario = dir.resolve("run" + k + ".json");
            ScenarioJson.write(race.runs().get(k - 1).scenario(), scenario);
            Path single = dir.resolve("single" + k + ".csv");
            int rc = run("run", "--scenario", scenario.toString(), "--out", single.toString());
            assertTrue(rc == 0 || rc == 3, err.toString());
            assertArrayEquals(Files.readAllBytes(single), Files.readAllBytes(out.resolve("run-" + k + ".csv")),
                    name + " run " + k);
            String status = summary.get(k).replaceAll("^\\d+,(\"[^\"]*\"|[^,]*),", "").split(",")[0];
            assertEquals(rc == 3, status.equals("diverged"), summary.get(k));
        }
    }

    @Test
    void theFixesRaceHasTheBlowUpAndFiveWinners() throws Exception {
        Path out = dir.resolve("fixes");
        assertEquals(0, run("race", "--file", RACES.resolve("batch-question-fixes.json").toString(), "--out",
                out.toString()));
        List<String> s = Files.readAllLines(out.resolve("summary.csv"));
        assertTrue(s.get(1).contains(",diverged,110,"), s.get(1));
        for (int k = 2; k <= 6; k++) {
            assertTrue(s.get(k).contains(",converged,"), s.get(k));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"data\": {\"file\": \"x.csv\"}}|field 'runs' must be a list",
        "{\"runs\": [{\"lr\": 0.1, \"steps\": 5}]}|field 'data' missing",
        "{\"data\": {\"truth\": {\"mu\": 0, \"sigma\": 1}, \"n\": 50, \"seed\": 1}, \"runs\": [{\"lr\": 0.1, \"steps\": 5}, {\"lr\": -1, \"steps\": 5}]}|runs[2]: field 'lr'",
        "{\"data\": {\"truth\": {\"mu\": 0, \"sigma\": 1}, \"n\": 50, \"seed\": 1}, \"runs\": [{\"lr\": 0.1, \"steps\": 5, \"data\": {}}]}|belongs to the race",
        "{\"data\": {\"truth\": {\"mu\": 0, \"sigma\": 1}, \"n\": 50, \"seed\": 1}, \"runs\": [{\"lr\": 0.1, \"steps\": 5}], \"colour\": 1}|unknown field 'colour'",
        "{\"data\": {\"truth\": {\"mu\": 0, \"sigma\": 1}, \"n\": 50, \"seed\": 1}, \"runs\": [{\"lr\": 0.1, \"steps\": 5, \"label\": 3}]}|field 'label' must be text",
        "not json|not valid JSON"})
    void aBadRaceFileIsOneLineAndExit2(String json, String message) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        Path out = dir.resolve("never");
        assertEquals(2, run("race", "--file", f.toString(), "--out", out.toString()));
        assertTrue(err.toString().contains(message), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(out.resolve("summary.csv")));
    }

    @Test
    void sevenRunsAreTooMany() throws Exception {
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            runs.append(i == 0 ? "" : ", ").append("{\"lr\": 0.1, \"steps\": 5}");
        }
        Path f = dir.resolve("seven.json");
        Files.writeString(f, "{\"data\": {\"truth\": {\"mu\": 0, \"sigma\": 1}, \"n\": 50, \"seed\": 1}, \"runs\": ["
                + runs + "]}");
        assertEquals(2, run("race", "--file", f.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("at most 6"), err.toString());
    }
}
