package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.likelihoodlab.TestData;

/** The sweep2 command's contract: the map's rows, and bad input exit 2 with one line. */
class Sweep2CommandTest {

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

    @Test
    void writesOneRowPerCellYOuterXInner() throws Exception {
        Path out = dir.resolve("map.csv");
        int rc = run("sweep2", "--scenario", TestData.PRESETS.resolve("batch-simultaneous-converges.json").toString(),
                "--x", "lr:1e-3:2:6:log", "--y", "sigma0:0.5:2:4", "--steps", "300", "--init", "2.022343,1", "--out",
                out.toString());
        assertEquals(0, rc, err.toString());
        List<String> rows = Files.readAllLines(out);
        assertEquals("x,y,status,step,final_loglik,distance", rows.get(0));
        assertEquals(1 + 6 * 4, rows.size());
        assertTrue(rows.get(1).startsWith("0.001,0.5,"), rows.get(1));
        assertTrue(rows.get(6).startsWith("2.0,0.5,"), rows.get(6));
        assertTrue(rows.get(7).startsWith("0.001,1.0,"), rows.get(7));
        // from mu0 = x-bar, sigma0 = 1 at lr = 2 >= sigma0^4 / (sigma0^2 - s^2) = 1.30: sigma <= 0 at step 1
        assertTrue(rows.get(12).startsWith("2.0,1.0,diverged,1,"), rows.get(12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gamma:0:1:4|beta:0:0.9:4|option --x: unknown setting 'gamma'",
        "lr:0:1:4:log|beta:0:0.9:4|option --x: a log axis needs FROM and TO > 0",
        "lr:0.1:1:4|beta:0:1:4|option --y: beta = 1.0: beta must be in [0, 1)",
        "lr:0.1:1:4|lr:0.2:1:4|the two axes vary the same setting",
        "lr:0.1:1:4|n:10:100:4|option --y: n = 10.0: an n axis needs sampled data",
        "lr:0.1:1:2000|beta:0:0.9:1000|option --x: COUNT must be between 2 and 1024"})
    void badAxesAreOneLineAndExit2(String x, String y, String message) {
        Path out = dir.resolve("never.csv");
        assertEquals(2, run("sweep2", "--scenario", TestData.PRESETS.resolve("fix-small-lr.json").toString(), "--x", x,
                "--y", y, "--out", out.toString()));
        assertTrue(err.toString().contains(message), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(Files.exists(out));
    }
}
