package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.TestData;
import picocli.CommandLine;

/** {@code sweep --repeats R}: R sampling seeds per learning rate, the median and the 10-90 % band. */
class RepeatedSweepCommandTest {

    @TempDir
    Path dir;
    StringWriter err;

    int exec(String... args) {
        err = new StringWriter();
        CommandLine cmd = Main.newCommandLine();
        cmd.setErr(new PrintWriter(err));
        cmd.setOut(new PrintWriter(new StringWriter()));
        return cmd.execute(args);
    }

    private String[] args(String... extra) {
        String[] base = {"sweep", "--lr-from", "0.001", "--lr-to", "0.1", "--count", "3", "--scenario",
            TestData.PRESETS.resolve("online-fix-inv-2d.json").toString(), "--steps", "3000"};
        String[] all = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void eachRowIsTheQuantilesOfTheRunsOfItsSeeds() throws Exception {
        Path csv = dir.resolve("sweep.csv");
        assertEquals(0, exec(args("--repeats", "5", "--out", csv.toString())), err.toString());
        List<String> rows = Files.readAllLines(csv);
        assertEquals("lr,repeats,diverged,median_error,p10_error,p90_error", rows.get(0));
        assertEquals(4, rows.size());
        // the middle row: run each of the 5 seeds with run and take the quantiles by hand
        String[] f = rows.get(2).split(",");
        double lr = Double.parseDouble(f[0]);
        double[] errors = new double[5];
        org.likelihoodlab.experiment.Scenario s = org.likelihoodlab.io.ScenarioJson.read(
                TestData.PRESETS.resolve("online-fix-inv-2d.json")).toBuilder().steps(3000).build();
        org.likelihoodlab.experiment.Dataset d = org.likelihoodlab.io.Datasets.load(s.data(), 2);
        for (int r = 0; r < 5; r++) {
            Path traj = dir.resolve("t" + r + ".csv");
            assertEquals(0, exec("run", "--scenario", TestData.PRESETS.resolve("online-fix-inv-2d.json").toString(),
                    "--steps", "3000", "--lr", f[0], "--sampling-seed", Long.toString(s.effectiveSamplingSeed() + r),
                    "--out", traj.toString()), err.toString());
            List<String> t = Files.readAllLines(traj);
            String[] last = t.get(t.size() - 1).split(",");
            double[] mle = d.mle();
            double e = 0;
            for (int i = 0; i < 5; i++) {
                e = Math.max(e, Math.abs(Double.parseDouble(last[1 + i]) - mle[i]));
            }
            errors[r] = e;
        }
        Arrays.sort(errors);
        assertEquals(0.01, lr, 1e-15);
        assertEquals("5", f[1]);
        assertEquals("0", f[2]);
        assertEquals(errors[2], Double.parseDouble(f[3]), 0);
        // 10 %: position 0.4 between the two smallest; 90 %: 3.6 between the two largest
        assertEquals(errors[0] + 0.4 * (errors[1] - errors[0]), Double.parseDouble(f[4]), 1e-15);
        assertEquals(errors[3] + 0.6 * (errors[4] - errors[3]), Double.parseDouble(f[5]), 1e-15);
        assertTrue(Double.parseDouble(f[4]) < Double.parseDouble(f[3]) && Double.parseDouble(f[3]) < Double.parseDouble(f[5]));
    }

    @Test
    void repeatsOfARunNoSeedEntersAreBadInput() throws Exception {
        Path csv = dir.resolve("sweep.csv");
        assertEquals(2, exec(args("--repeats", "5", "--sampling", "file", "--out", csv.toString())));
        assertTrue(err.toString().contains("option --repeats: needs a random sample order"), err.toString());
        assertEquals(2, exec(args("--repeats", "5", "--mode", "batch", "--out", csv.toString())));
        assertTrue(err.toString().contains("option --repeats: needs an online or mini-batch run"), err.toString());
        assertEquals(2, exec(args("--repeats", "0", "--out", csv.toString())));
        assertTrue(err.toString().contains("option --repeats: must be between 1 and 10000"), err.toString());
        assertFalse(Files.exists(csv), "nothing left behind");
    }
}
