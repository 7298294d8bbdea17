package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.TestData;

/**
 * Issue 12 through the real command line: each bad input, fault or limit exits 2 with one short
 * line naming the problem, no stack trace, the existing output intact and no temp file; the
 * inputs that are fine (a BOM, a name in any locale, a far natural-gradient start) run.
 */
class BadInputTest {

    @TempDir
    Path dir;
    Cli cli;
    Path keep;
    Path dataA;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        keep = dir.resolve("traj.csv");
        dataA = TestData.PRESETS.resolve("data-a.csv");
    }

    /** run --data DATA --lr 0.1 --steps 10 --out TRAJ, where {@code more} replaces or adds options. */
    String[] run(Object data, String... more) {
        java.util.Map<String, String> opts = new java.util.LinkedHashMap<>();
        opts.put("--data", data.toString());
        opts.put("--lr", "0.1");
        opts.put("--steps", "10");
        opts.put("--out", keep.toString());
        for (int i = 0; i < more.length; i += 2) {
            opts.put(more[i], more[i + 1]);
        }
        List<String> a = new java.util.ArrayList<>(List.of("run"));
        opts.forEach((k, v) -> {
            a.add(k);
            a.add(v);
        });
        return a.toArray(new String[0]);
    }

    String[] scenario(String json, String... more) throws Exception {
        Path s = cli.write("s.json", json);
        List<String> a = new java.util.ArrayList<>(List.of("run", "--scenario", s.toString(), "--out", keep.toString()));
        a.addAll(List.of(more));
        return a.toArray(new String[0]);
    }

    // ---- limits ---- //

    @Test
    void endlessAndHugeInputsEndInAMessage() throws Exception {
        cli.bad("/dev/zero line 1: binary data", keep, run("/dev/zero"));
        cli.bad("/dev/zero line 1: binary data", keep, scenario("{\"data\": {\"file\": \"/dev/zero\"}, \"lr\": 0.1, "
                + "\"steps\": 3}"));
        Path longLine = cli.write("long.csv", "1\n2\n" + "3".repeat(20_000) + "\n");
        cli.bad(longLine + " line 3: longer than 10000 characters", keep, run(longLine));
        cli.bad("field 'data.n' must be at most 100000000 points (was 500000000)", keep, scenario(
                "{\"data\": {\"truth\": {\"mu\": 0, \"sigma\": 1}, \"n\": 500000000, \"seed\": 1}, \"lr\": 0.1, "
                + "\"steps\": 3}"));
        cli.bad("a PNG of 160000 x 160000 pixels is too large (at most 100000000 pixels", keep, "render", "--data",
                dataA.toString(), "--lr", "0.1", "--steps", "3", "--figure", "dashboard", "--format", "png",
                "--width", "20000", "--height", "20000", "--scale", "8", "--out", keep.toString());
        int cores = Runtime.getRuntime().availableProcessors();
        cli.bad("option --threads: must be between 1 and " + 4 * cores, keep, "sweep", "--lr-from", "0.01",
                "--lr-to", "1", "--count", "3", "--threads", "100000", "--data", dataA.toString(), "--out",
                keep.toString());
    }

    @Test
    void aPipeThatNothingWritesToTimesOut() throws Exception {
        Path fifo = dir.resolve("fifo");
        Cli.exec("mkfifo", fifo.toString());
        String old = System.getProperty("likelihoodlab.pipeTimeout");
        System.setProperty("likelihoodlab.pipeTimeout", "0.2");
        try {
            cli.bad(fifo + ": a named pipe (FIFO) that nothing wrote to within 0.2 s", keep, run(fifo));
        } finally {
            if (old == null) {
                System.clearProperty("likelihoodlab.pipeTimeout");
            } else {
                System.setProperty("likelihoodlab.pipeTimeout", old);
            }
        }
    }

    @Test
    void dataWhoseMomentsOverflowAreRefusedAlsoByRender() throws Exception {
        Path big = cli.write("big.csv", "1e155\n2e155\n3e155\n");
        cli.bad("the data's scale overflows doubles", keep, run(big));
        Path huge = cli.write("huge.csv", "1e300\n-2e300\n3e300\n");
        String e = cli.bad("the data's scale overflows doubles", keep, "render", "--data", huge.toString(), "--lr",
                "0.1", "--steps", "3", "--figure", "surface", "--format", "png", "--out", keep.toString());
        assertTrue(e.contains("rescale the data (divide them by 1e300)"), e);
    }

    // ---- input formats ---- //

    @Test
    void aByteOrderMarkKeepsTheFirstRowAndTheSummaryGoesToStderr() throws Exception {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, "\uFEFF1\n2\n4\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, cli.run(run(bom, "--steps", "0")), cli.err);
        assertEquals("read 3 rows of " + bom + " (no header: the first row is numbers)", cli.err.strip());
        assertEquals("", cli.out, "stdout keeps its contract");
        double mean = Double.parseDouble(Files.readAllLines(keep).get(1).split(",")[1]);
        assertEquals(0.0, mean, 0);
        Path numeric = cli.write("numeric.csv", "1e5\n1\n2\n");
        assertEquals(0, cli.run(run(numeric)), cli.err);
        assertTrue(cli.err.startsWith("read 3 rows of " + numeric + " (no header"), cli.err);
        assertEquals(0, cli.run(run(dataA)), cli.err);
        assertTrue(cli.err.startsWith("read 400 rows of " + dataA + " (header 'x' skipped)"), cli.err);
        Path bomJson = dir.resolve("bom.json");
        Files.write(bomJson, ("\uFEFF{\"data\": {\"file\": \"" + dataA.toAbsolutePath() + "\"}, \"lr\": 0.1, \"steps\": 3}")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(0, cli.run("run", "--scenario", bomJson.toString(), "--out", keep.toString()), cli.err);
    }

    @Test
    void aNonAsciiNameWorksUnderTheCLocale() throws Exception {
        Path cafe = Files.copy(dataA, dir.resolve("caf\u00e9.csv"));
        Path out = dir.resolve("d\u00efr");
        Files.createDirectory(out);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", "--data", cafe.toString(),
                "--lr", "0.1", "--steps", "3", "--out", out.resolve("t.csv").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log").toFile());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("LC_CTYPE");
        assertEquals(0, pb.start().waitFor(), Files.readString(dir.resolve("log")));
        assertEquals(5, Files.readAllLines(out.resolve("t.csv")).size());
    }

    // ---- messages and scenario files ---- //

    @Test
    void aStartWhoseLogLikelihoodIsNotFiniteIsBadInput() throws Exception {
        cli.bad("option --init: the start's log-likelihood is not finite", keep, run(dataA, "--init", "0,1e-200"));
        cli.bad("option --init: the start's log-likelihood is not finite", keep, run(dataA, "--init", "1e308,1e308"));
        cli.bad("field 'init' the start's log-likelihood is not finite", keep, scenario(
                "{\"data\": {\"truth\": {\"mu\": 0, \"sigma\": 1}, \"n\": 50, \"seed\": 1}, \"lr\": 0.1, \"steps\": 3, "
                + "\"init\": [0, 1e-200]}"));
    }

    @Test
    void aFileThatIsNoDataFileIsQuotedAsAShortTokenOnly() throws Exception {
        Path shadow = cli.write("shadow", "root:$6$Sh0uldN0tBeSh0wn:19000:0:99999:7:::\n"
                + "daemon:$6$N0rTh1sH4shEither:19000:0:99999:7:::\n");
        String e = cli.bad(shadow + " line 2, column 1: 'daemon...' is not a number", keep,
                scenario("{\"data\": {\"file\": \"" + shadow + "\"}, \"lr\": 0.1, \"steps\": 3}"));
        assertFalse(e.contains("$6$"), e);
    }

    @Test
    void everyEchoedValueIsCapped() throws Exception {
        String huge = "9".repeat(1_000_000) + "x";
        cli.bad("--lr", keep, run(dataA, "--lr", huge));
        cli.bad("option --init", keep, run(dataA, "--init", "0," + huge));
        cli.bad("option --mode: unknown value", keep, run(dataA, "--mode", huge));
        cli.bad("field 'mode' has unknown value", keep, scenario("{\"mode\": \"" + huge + "\"}"));
        cli.bad("not valid JSON", keep, scenario("{\"lr\": " + "1".repeat(5000) + "}"));
        Path csv = cli.write("wide.csv", "1\n2\n1" + "x".repeat(9000) + "\n");
        cli.bad(csv + " line 3, column 1: '1xxxxxxxxxxxxxxxxxxx...' is not a number", keep, run(csv));
    }

    @Test
    void jacksonInternalsNeverShowAndFieldPathsAreTheFilesOwn() throws Exception {
        for (String json : new String[] {"{\"lr\": NaN}", "{\"lr\": Infinity}", "{'lr': 1}", "{\"lr\": 01}",
            "{\"lr\": 1,}", "{\"lr\": 1 \"steps\": 2}", "{\"data\": {\"n\": 99999999999}}", "{\"lr\": 1, \"lr\": 2}",
            "[".repeat(3000), "{\"name\": \"a\u0001b\"}", "{\"lr\": 0.1", "{\"lr\": tru}"}) {
            String e = cli.bad("s.json", keep, scenario(json));
            assertFalse(e.contains("Feature") || e.contains("`") || e.contains("com.fasterxml")
                    || e.contains("Source:") || e.contains("StreamRead"), json + " -> " + e);
        }
        String nan = cli.bad("s.json line 1: not valid JSON (in field 'lr'): 'NaN' is not a number here", keep,
                scenario("{\"lr\": NaN}"));
        assertFalse(nan.contains("ALLOW_NON_NUMERIC"), nan);
        cli.bad("field 'data.n': the number 99999999999 is too large", keep,
                scenario("{\"data\": {\"n\": 99999999999}}"));
        cli.bad("field 'data.n' must be at least 2 (was 1)", keep, scenario(
                "{\"data\": {\"truth\": {\"mu\": 0, \"sigma\": 1}, \"n\": 1, \"seed\": 1}, \"lr\": 0.1, \"steps\": 3}"));
    }

    @Test
    void unreadableInputsSayWhy() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        cli.bad(folder + ": is a folder, not a file", keep, run(folder));
        cli.bad(dir.resolve("nope.json") + ": no such file", keep, "run", "--scenario",
                dir.resolve("nope.json").toString(), "--out", keep.toString());
    }

    @Test
    void messagesDoNotContradictTheData() throws Exception {
        // exactly collinear, but the rounded determinant of the moments is 4e-16 > 0
        Path line = cli.write("line.csv", "2.1,4.1863336454843125\n3.7,6.625960955819564\n4.6,7.998251317883142\n"
                + "3.3,6.0160541282357505\n4.4,7.693297904091237\n5.0,8.608158145466955\n");
        cli.bad("the 6 points lie on a line", keep, run(line, "--dim", "2"));
        Path denormal = cli.write("denormal.csv", "1e-320\n2e-320\n3e-320\n");
        String e = cli.bad("their variance underflows doubles", keep, run(denormal));
        assertFalse(e.contains("equal"), e);
        String tiny = cli.bad("field 'data.truth.sigma' is too small", keep, scenario(
                "{\"data\": {\"truth\": {\"mu\": 0, \"sigma\": 1e-200}, \"n\": 50, \"seed\": 1}, \"lr\": 0.1, "
                + "\"steps\": 3}"));
        assertFalse(tiny.contains("must be > 0"), tiny);
    }

    @Test
    void theNaturalGradientFromAFarStartDoesNotReportRoundingAsDivergence() throws Exception {
        assertEquals(0, cli.run(run(dataA, "--param", "mu-variance", "--optimizer", "natural", "--lr", "1",
                "--init", "0,1e9", "--steps", "50")), cli.err + cli.out);
        List<String> rows = Files.readAllLines(keep);
        assertEquals(52, rows.size());
        assertEquals(0.4816, Double.parseDouble(rows.get(51).split(",")[2]), 1e-4);
    }
}
