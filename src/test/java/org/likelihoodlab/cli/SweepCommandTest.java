package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.TestData;
import picocli.CommandLine;

/** The sweep CSV agrees with run at the same learning rate; bad input exits 2. */
class SweepCommandTest {

    @TempDir
    Path dir;
    StringWriter err;
    StringWriter out;

    int exec(String... args) {
        err = new StringWriter();
        out = new StringWriter();
        CommandLine cmd = Main.newCommandLine();
        cmd.setErr(new PrintWriter(err));
        cmd.setOut(new PrintWriter(out));
        return cmd.execute(args);
    }

    @Test
    void sweepRowsMatchRunForTheSameLearningRate() throws Exception {
        Path csv = dir.resolve("sweep.csv");
        String data = TestData.PRESETS.resolve("data-a.csv").toString();
        assertEquals(0, exec("sweep", "--lr-from", "0.05", "--lr-to", "2", "--count", "9", "--data", data, "--dim", "1",
                "--mode", "batch", "--param", "mu-sigma", "--optimizer", "gd", "--init", "0,1", "--order", "coordinate",
                "--steps", "500", "--out", csv.toString()), err.toString());
        List<String> rows = Files.readAllLines(csv);
        assertEquals("lr,status,diverged_step,final_loglik,steps_to_tol", rows.get(0));
        assertEquals(10, rows.size());
        boolean sawDiverged = false;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            Path traj = dir.resolve("t.csv");
            int rc = exec("run", "--data", data, "--dim", "1", "--mode", "batch", "--param", "mu-sigma", "--optimizer",
                    "gd", "--init", "0,1", "--order", "coordinate", "--steps", "500", "--lr", f[0], "--out",
                    traj.toString());
            List<String> t = Files.readAllLines(traj);
            String[] last = t.get(t.size() - 1).split(",");
            assertEquals(Double.parseDouble(last[3]), Double.parseDouble(f[3]), 0, "final loglik at lr " + f[0]);
            if (f[1].equals("diverged")) {
                sawDiverged = true;
                assertEquals(3, rc);
                assertEquals("diverged at step " + f[2], out.toString().strip().split(":")[0]);
            } else {
                assertEquals(0, rc);
                assertEquals("", f[2]);
            }
            if (f[1].equals("converged")) {
                assertTrue(Long.parseLong(f[4]) > 0);
            }
        }
        assertTrue(sawDiverged, "lr 2 in coordinate order diverges");
    }

    @Test
    void badSweepOptions() throws Exception {
        Path csv = dir.resolve("keep.csv");
        Files.writeString(csv, "precious");
        String preset = TestData.PRESETS.resolve("fix-adam.json").toString();
        assertEquals(2, exec("sweep", "--scenario", preset, "--lr-from", "0", "--lr-to", "1", "--count", "5",
                "--out", csv.toString()));
        assertTrue(err.toString().startsWith("option --lr-from: must be a finite number > 0"), err.toString());
        assertEquals(2, exec("sweep", "--scenario", preset, "--lr-from", "1", "--lr-to", "0.1", "--count", "5",
                "--out", csv.toString()));
        assertTrue(err.toString().startsWith("option --lr-to"), err.toString());
        assertEquals(2, exec("sweep", "--scenario", preset, "--lr-from", "0.1", "--lr-to", "1", "--count", "1",
                "--out", csv.toString()));
        assertTrue(err.toString().startsWith("option --count"), err.toString());
        assertEquals("precious", Files.readString(csv));
    }
}
