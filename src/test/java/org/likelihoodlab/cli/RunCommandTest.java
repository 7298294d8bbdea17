package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.likelihoodlab.TestData;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.ScenarioJson;
import picocli.CommandLine;

/** The run command's contract: rows, exit codes, messages, and files never half-written. */
class RunCommandTest {

    @TempDir
    Path dir;

    StringWriter out;
    StringWriter err;
    Path traj;
    Path dataA;

    @BeforeEach
    void setUp() throws Exception {
        traj = dir.resolve("traj.csv");
        dataA = TestData.PRESETS.resolve("data-a.csv");
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = Main.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    List<String> rows() throws Exception {
        return Files.readAllLines(traj);
    }

    @Test
    void writesNPlusOneRowsThatRoundTripTheRunsDoubles() throws Exception {
        int rc = run("run", "--data", dataA.toString(), "--dim", "1", "--mode", "batch", "--param", "mu-logsigma",
                "--optimizer", "adam", "--lr", "0.05", "--steps", "300", "--init", "0,1", "--order", "coordinate",
                "--out", traj.toString());
        assertEquals(0, rc, err.toString());
        List<String> rows = rows();
        assertEquals("step,mu,sigma,loglik", rows.get(0));
        assertEquals(302, rows.size());
        // row 0: the initial state and the average log-likelihood -0.5 log 2pi - log 1 - S(0)/2
        String[] first = rows.get(1).split(",");
        assertEquals(List.of("0", "0.0", "1.0"), List.of(first).subList(0, 3));
        double s0 = 0.2319800231547933 + 2.0223430556812154 * 2.0223430556812154;
        assertEquals(-0.5 * Math.log(2 * Math.PI) - s0 / 2, Double.parseDouble(first[3]), 1e-12);
        Scenario s = new Scenario.Builder().data(new org.likelihoodlab.experiment.DataSource.FromFile(dataA))
                .param(org.likelihoodlab.math.Parameterization.MU_LOGSIGMA)
                .optimizer(org.likelihoodlab.optim.Optimizer.ADAM).lr(0.05).steps(300).init(0, 1)
                .order(org.likelihoodlab.optim.UpdateOrder.COORDINATE).build();
        Run r = new Run(s, Datasets.load(s.data(), 1));
        for (int k = 0; k < 300; k++) {
            r.advance();
        }
        String[] last = rows.get(301).split(",");
        assertEquals("300", last[0]);
        assertEquals(r.reported()[0], Double.parseDouble(last[1]), 0);
        assertEquals(r.reported()[1], Double.parseDouble(last[2]), 0);
        assertEquals(r.logLik(), Double.parseDouble(last[3]), 0);
    }

    @Test
    void everyWritesMultiplesAndTheLastRow() throws Exception {
        assertEquals(0, run("run", "--data", dataA.toString(), "--lr", "0.1", "--steps", "25", "--every", "10",
                "--out", traj.toString()));
        List<String> steps = rows().stream().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(List.of("0", "10", "20", "25"), steps);
    }

    @Test
    void divergenceWritesRowsBeforeItPrintsTheLineAndExitsThree() throws Exception {
        int rc = run("run", "--data", dataA.toString(), "--dim", "1", "--param", "mu-sigma", "--lr", "1",
                "--steps", "2000", "--init", "0,1", "--order", "coordinate", "--out", traj.toString());
        assertEquals(3, rc);
        assertEquals("diverged at step 110: sigma <= 0", out.toString().strip());
        List<String> rows = rows();
        assertEquals(111, rows.size());
        assertTrue(rows.get(110).startsWith("109,"));
    }

    @Test
    void twoDimensionalHeaderAndTypoDivergesAtStepOne() throws Exception {
        int rc = run("run", "--scenario", TestData.PRESETS.resolve("online-typo-2d.json").toString(),
                "--out", traj.toString());
        assertEquals(3, rc);
        assertEquals("diverged at step 1: Sigma not positive definite", out.toString().strip());
        assertEquals(List.of("step,mu1,mu2,s11,s12,s22,loglik"), rows().subList(0, 1));
        assertEquals(2, rows().size());
    }

    @Test
    void negativeInitParsesInBothForms() throws Exception {
        assertEquals(0, run("run", "--data", dataA.toString(), "--lr", "0.01", "--steps", "1", "--init", "-1.5,2",
                "--out", traj.toString()), err.toString());
        assertTrue(rows().get(1).startsWith("0,-1.5,2.0,"));
        assertEquals(0, run("run", "--data", dataA.toString(), "--lr", "0.01", "--steps", "1", "--init=-1.5,2",
                "--out", traj.toString()), err.toString());
        assertTrue(rows().get(1).startsWith("0,-1.5,2.0,"));
    }

    @Test
    void flagsOverrideTheScenarioFile() throws Exception {
        Path preset = TestData.PRESETS.resolve("batch-coordinate-blowup.json");
        assertEquals(0, run("run", "--scenario", preset.toString(), "--lr", "0.1", "--steps", "60",
                "--out", traj.toString()), err.toString());
        assertEquals(62, rows().size());
    }

    @Test
    void scenarioWithSampledDataIsReproducible() throws Exception {
        Path preset = TestData.PRESETS.resolve("online-fix-2d.json");
        run("run", "--scenario", preset.toString(), "--steps", "500", "--out", traj.toString());
        String first = Files.readString(traj);
        run("run", "--scenario", preset.toString(), "--steps", "500", "--out", traj.toString());
        assertEquals(first, Files.readString(traj));
    }

    // ---- bad input: exit 2, one line, no stack trace, the existing output untouched ---- //

    Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    void assertBadInput(String expectedPart, String... args) throws Exception {
        Files.writeString(traj, "precious\n");
        int rc = run(args);
        assertEquals(2, rc, "exit code; stderr: " + err);
        String e = err.toString().strip();
        assertFalse(e.contains("\n"), "one line: " + e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), "no stack trace: " + e);
        assertTrue(e.contains(expectedPart), "'" + e + "' should mention '" + expectedPart + "'");
        assertEquals("precious\n", Files.readString(traj), "the existing --out file is untouched");
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temp file left behind");
        }
    }

    /** run --data DATA --lr 0.1 --steps 10 --out TRAJ, where {@code more} replaces or adds options. */
    String[] withData(Path data, String... more) {
        java.util.Map<String, String> opts = new java.util.LinkedHashMap<>();
        opts.put("--data", data.toString());
        opts.put("--lr", "0.1");
        opts.put("--steps", "10");
        opts.put("--out", traj.toString());
        for (int i = 0; i < more.length; i += 2) {
            opts.put(more[i], more[i + 1]);
        }
        java.util.List<String> all = new java.util.ArrayList<>(List.of("run"));
        opts.forEach((k, v) -> {
            all.add(k);
            all.add(v);
        });
        return all.toArray(new String[0]);
    }

    @Test
    void emptyDataFile() throws Exception {
        Path p = write("empty.csv", "");
        assertBadInput(p + ": no data rows", withData(p));
    }

    @Test
    void missingDataFile() throws Exception {
        Path p = dir.resolve("nope.csv");
        assertBadInput(p + ": no such file", withData(p));
    }

    @Test
    void binaryGarbage() throws Exception {
        Path p = dir.resolve("garbage.csv");
        Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff, '\n', 3, 4});
        assertBadInput(p + " line 1", withData(p));
    }

    @Test
    void nonNumericValueNamesTheLine() throws Exception {
        Path p = write("bad.csv", "x\n1.0\n2.0\nabc\n");
        assertBadInput(p + " line 4, column 1: 'abc' is not a number", withData(p));
    }

    @Test
    void nonFiniteValue() throws Exception {
        Path p = write("nan.csv", "1.0\n2.0\nNaN\n");
        assertBadInput(p + " line 3, column 1: 'NaN' is not a finite number", withData(p));
        Path q = write("inf.csv", "1.0\n1e400\n3\n");
        assertBadInput(q + " line 2, column 1: '1e400' overflows", withData(q));
    }

    @Test
    void raggedRow() throws Exception {
        Path p = write("ragged.csv", "1,2\n3,4\n5\n");
        assertBadInput(p + " line 3: 1 value but the data are 2-D", withData(p, "--dim", "2"));
    }

    @Test
    void columnCountDoesNotMatchDim() throws Exception {
        Path p = write("two.csv", "y1,y2\n1,2\n3,4\n");
        assertBadInput(p + " line 1: header has 2 columns but the data are 1-D", withData(p, "--dim", "1"));
        Path q = write("two-nohead.csv", "1,2\n3,4\n");
        assertBadInput(q + " line 1: 2 values but the data are 1-D", withData(q, "--dim", "1"));
    }

    @Test
    void tooFewPointsAndZeroVariance() throws Exception {
        Path one = write("one.csv", "# a comment\nx\n\n3.5\n");
        assertBadInput("needs at least 2 points", withData(one));
        Path constant = write("const.csv", "2\n2\n2\n");
        assertBadInput("zero variance", withData(constant));
        Path line = write("line.csv", "1,2\n2,4\n3,6\n");
        assertBadInput("singular covariance", withData(line, "--dim", "2"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--lr|0|option --lr: must be a finite number > 0",
        "--lr|-1|option --lr: must be a finite number > 0",
        "--lr|abc|--lr",
        "--steps|-1|option --steps: must be >= 0",
        "--init|0,0|option --init: sigma must be > 0",
        "--init|0,-1|option --init: sigma must be > 0",
        "--init|0,x|option --init: 'x' is not a number",
        "--init|0,1,2|option --init: needs 2 values",
        "--param|mu-foo|option --param: unknown value 'mu-foo' (allowed: mu-sigma, mu-variance, mu-logsigma, mean-cov, mean-cholesky)",
        "--param|mean-cov|option --param: mean-cov is a 2-D parameterization; with dim 1",
        "--param|mu-sigma|option --param: mu-sigma is a 1-D parameterization; with dim 2",
        "--mode|sometimes|option --mode: unknown value 'sometimes' (allowed: batch, online, minibatch)",
        "--optimizer|sgd|option --optimizer: unknown value 'sgd' (allowed: gd, momentum, adam, natural, nesterov, adagrad, rmsprop, newton)",
        "--order|random|option --order: unknown value 'random' (allowed: simultaneous, coordinate)",
        "--bug|typo|option --bug: unknown value 'typo' (allowed: none, assign)",
        "--dim|3|option --dim: must be 1 or 2",
        "--every|0|option --every: must be >= 1",
        "--beta|1.5|option --beta must be in [0, 1)"})
    void badOptionValues(String option, String value, String message) throws Exception {
        String dim = option.equals("--param") && value.startsWith("mu-") ? "2" : "1";
        assertBadInput(message, withData(dataA, "--dim", dim, option, value));
    }

    @Test
    void nonPositiveDefiniteSigma0() throws Exception {
        Path c = TestData.PRESETS.resolve("data-c.csv");
        assertBadInput("option --init: Sigma0 = [[1.0, 2.0], [2.0, 1.0]] is not positive definite",
                withData(c, "--dim", "2", "--init", "0,0,1,2,1"));
    }

    @Test
    void unwritableOut() throws Exception {
        Files.writeString(traj, "precious\n");
        int rc = run("run", "--data", dataA.toString(), "--lr", "0.1", "--steps", "5", "--out",
                dir.resolve("no/such/folder/t.csv").toString());
        assertEquals(2, rc);
        assertTrue(err.toString().startsWith("option --out: cannot write"), err.toString());
        rc = run("run", "--data", dataA.toString(), "--lr", "0.1", "--steps", "5", "--out", dir.toString());
        assertEquals(2, rc);
        assertTrue(err.toString().contains("is a folder"), err.toString());
    }

    @Test
    void missingDataAndLr() throws Exception {
        assertBadInput("option --data: missing", "run", "--lr", "0.1", "--steps", "5", "--out", traj.toString());
        assertBadInput("option --lr: missing", "run", "--data", dataA.toString(), "--steps", "5",
                "--out", traj.toString());
    }

    @Test
    void malformedScenarioFiles() throws Exception {
        Path syntax = write("syntax.json", "{\n  \"lr\": 0.1,\n  \"steps\": \n}\n");
        assertBadInput(syntax + " line 4: not valid JSON", "run", "--scenario", syntax.toString(),
                "--out", traj.toString());
        Path unknown = write("unknown.json", "{\n  \"lr\": 0.1,\n  \"learning_rate\": 0.2\n}\n");
        assertBadInput(unknown + " line 3: unknown field 'learning_rate' (allowed: ", "run", "--scenario",
                unknown.toString(), "--out", traj.toString());
        Path type = write("type.json", "{\n  \"lr\": \"fast\"\n}\n");
        assertBadInput(type + " line 2: field 'lr' has the wrong type: expected a number", "run", "--scenario",
                type.toString(), "--out", traj.toString());
        Path nested = write("nested.json", "{\"data\": {\"truth\": {\"mu\": 0, \"sigma\": \"1\"}, \"n\": 10, "
                + "\"seed\": 1}, \"lr\": 0.1, \"steps\": 3}");
        assertBadInput("field 'data.truth.sigma' has the wrong type: expected a number", "run", "--scenario",
                nested.toString(), "--out", traj.toString());
        Path badValue = write("value.json", "{\"data\": {\"file\": \"x.csv\"}, \"mode\": \"sideways\", \"lr\": 1, "
                + "\"steps\": 1}");
        assertBadInput(badValue + ": field 'mode' has unknown value 'sideways' (allowed: batch, online, minibatch)", "run",
                "--scenario", badValue.toString(), "--out", traj.toString());
        Path negLr = write("neglr.json", "{\"data\": {\"file\": \"x.csv\"}, \"lr\": -1, \"steps\": 1}");
        assertBadInput(negLr + ": field 'lr' must be a finite number > 0", "run", "--scenario", negLr.toString(),
                "--out", traj.toString());
        Path empty = write("empty.json", "");
        assertBadInput(empty + ": empty file", "run", "--scenario", empty.toString(), "--out", traj.toString());
        Path array = write("array.json", "[1, 2]");
        assertBadInput(array + " line 1: expected a JSON object", "run", "--scenario", array.toString(),
                "--out", traj.toString());
    }

    @Test
    void scenarioFileRoundTripsThroughJson() throws Exception {
        for (String preset : new String[] {"online-fix-2d.json", "fix-adam.json", "correlated-2d-cholesky.json"}) {
            Scenario s = ScenarioJson.read(TestData.PRESETS.resolve(preset));
            Path copy = dir.resolve(preset);
            ScenarioJson.write(s, copy);
            assertEquals(s, ScenarioJson.read(copy), preset);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nesterov", "adagrad", "rmsprop", "newton"})
    void theNewOptimizersRunFromTheCommandLine(String optimizer) throws Exception {
        int rc = run("run", "--data", dataA.toString(), "--optimizer", optimizer, "--lr", "0.05", "--steps", "50",
                "--init", "2,0.5", "--out", traj.toString());
        assertEquals(0, rc, err.toString());
        assertEquals(52, rows().size());
    }

    @Test
    void theLineSearchMakesTheBlowUpConvergeAndClippingIsAnOption() throws Exception {
        // the coordinate blow-up at lr = 1: sigma <= 0 at step 110 without the line search
        int rc = run("run", "--data", dataA.toString(), "--lr", "1", "--steps", "2000", "--init", "0,1", "--order",
                "coordinate", "--line-search", "armijo", "--out", traj.toString());
        assertEquals(0, rc, err.toString() + out);
        String[] last = rows().get(rows().size() - 1).split(",");
        double[] mle = TestData.a().mle();
        assertEquals(mle[0], Double.parseDouble(last[1]), 1e-6);
        assertEquals(mle[1], Double.parseDouble(last[2]), 1e-6);
        assertEquals(0, run("run", "--data", dataA.toString(), "--lr", "0.1", "--steps", "20", "--init", "0,1",
                "--clip", "0.5", "--out", traj.toString()), err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--line-search|wolfe|option --line-search: unknown value 'wolfe' (allowed: none, armijo)",
        "--clip|0|option --clip: must be a finite number > 0",
        "--clip|-1|option --clip: must be a finite number > 0",
        "--rho|1|option --rho must be in [0, 1)"})
    void badGuardOptionsAreRefused(String option, String value, String message) {
        assertEquals(2, run("run", "--data", dataA.toString(), "--lr", "0.1", "--steps", "5", option, value, "--out",
                traj.toString()));
        assertTrue(err.toString().contains(message), err.toString());
    }

    @Test
    void newtonIn2dIsBadInputAndAdagradsEpsDefaultsTo1e10() throws Exception {
        assertEquals(2, run("run", "--data", TestData.PRESETS.resolve("data-c.csv").toString(), "--dim", "2",
                "--optimizer", "newton", "--lr", "1", "--steps", "5", "--out", traj.toString()));
        assertTrue(err.toString().contains("newton is 1-D only"), err.toString());
        Path f = dir.resolve("ada.json");
        Files.writeString(f, "{\"dim\": 1, \"data\": {\"file\": \"" + dataA.toAbsolutePath().toString().replace("\\", "/")
                + "\"}, \"optimizer\": \"adagrad\", \"lr\": 0.5, \"steps\": 3, \"clip\": 2, \"lineSearch\": \"armijo\"}");
        Scenario s = ScenarioJson.read(f);
        assertEquals(1e-10, s.hyper().eps());
        assertEquals(2, s.guards().clip());
        assertTrue(s.guards().armijo());
        // written and read again, the same scenario
        Path g = dir.resolve("again.json");
        ScenarioJson.write(s, g);
        assertEquals(s, ScenarioJson.read(g));
    }

    @Test
    void miniBatchesSampleOrdersSchedulesAndAveragingRunFromTheCommandLine() throws Exception {
        int rc = run("run", "--data", dataA.toString(), "--mode", "minibatch", "--batch-size", "32", "--sampling",
                "shuffle", "--sampling-seed", "7", "--schedule", "inv:100", "--warmup", "10", "--average", "50",
                "--lr", "0.05", "--steps", "300", "--init", "2,0.5", "--out", traj.toString());
        assertEquals(0, rc, err.toString());
        List<String> r = rows();
        assertEquals("step,mu,sigma,loglik,avg_mu,avg_sigma,avg_loglik", r.get(0));
        assertEquals(302, r.size());
        assertEquals(7, r.get(301).split(",").length);
        // averaging off: the plain contract, byte for byte the run without the averaging flag
        run("run", "--data", dataA.toString(), "--mode", "online", "--lr", "0.01", "--steps", "100", "--out",
                traj.toString());
        List<String> plain = rows();
        assertEquals("step,mu,sigma,loglik", plain.get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--batch-size|500|option --batch-size: must be at most n = 400",
        "--schedule|inv:0|option --schedule: TAU must be a number > 0",
        "--schedule|step:10:2|option --schedule: GAMMA must be in (0, 1]",
        "--schedule|linear|option --schedule: unknown schedule 'linear'",
        "--sampling|stream|option --sampling: stream draws fresh points from the true distribution",
        "--sampling|sorted|option --sampling: unknown value 'sorted' (allowed: file, shuffle, replace, stream)",
        "--average|-2|option --average: must be a whole number >= 0"})
    void badStochasticOptionsAreRefused(String option, String value, String message) {
        assertEquals(2, run("run", "--data", dataA.toString(), "--mode", "minibatch", "--lr", "0.1", "--steps", "5",
                option, value, "--out", traj.toString()));
        assertTrue(err.toString().contains(message), err.toString());
    }
}
