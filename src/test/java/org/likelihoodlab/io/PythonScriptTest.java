package org.likelihoodlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;

/**
 * The Python export: the script's trajectory is the app's, step by step. Runs where python3 with
 * numpy exists; skipped (not failed) elsewhere.
 */
class PythonScriptTest {

    @TempDir
    Path dir;

    static boolean pythonWithNumpy() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** @return the script's CSV rows {step, mu, sigma, loglik} and its standard error */
    List<double[]> runScript(String script, StringBuilder err) throws Exception {
        Path py = Files.writeString(dir.resolve("scene.py"), script);
        ProcessBuilder pb = new ProcessBuilder("python3", py.toString());
        pb.environment().put("LIKELIHOODLAB_NO_FIGURE", "1");
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        err.append(Files.readString(dir.resolve("err.txt")));
        assertEquals(0, p.exitValue(), err.toString());
        List<double[]> rows = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            if (line.startsWith("step")) {
                continue;
            }
            String[] f = line.split(",");
            rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3])});
        }
        return rows;
    }

    /** @return the app's rows of the same run */
    static List<double[]> appRows(Scenario s, Dataset d) {
        List<double[]> rows = new ArrayList<>();
        new Run(s, d).runAll((k, rep, ll) -> rows.add(new double[] {k, rep[0], rep[1], ll}));
        return rows;
    }

    @Test
    void theScriptsNumbersAreTheAppsForEveryKindOfRunItCovers() throws Exception {
        Assumptions.assumeTrue(pythonWithNumpy(), "python3 with numpy is not installed here");
        Path presets = Path.of("resources", "presets");
        String[] names = {"batch-coordinate-blowup.json", "batch-simultaneous-converges.json",
            "small-start-simultaneous.json", "online-typo-1d.json"};
        for (String name : names) {
            Scenario s = ScenarioJson.read(presets.resolve(name));
            Dataset d = Datasets.load(s.data(), s.dim());
            assertNull(PythonScript.unsupported(s), name);
            StringBuilder err = new StringBuilder();
            List<double[]> py = runScript(PythonScript.of(s, d, s.name()), err);
            List<double[]> app = appRows(s, d);
            assertEquals(app.size(), py.size(), name + ": rows (" + err + ")");
            for (int k = 0; k < app.size(); k++) {
                double[] a = app.get(k);
                double[] p = py.get(k);
                assertEquals(a[0], p[0], name);
                // the same IEEE operations in the same order: the parameters agree exactly
                assertEquals(a[1], p[1], 0.0, name + " mu at step " + k);
                assertEquals(a[2], p[2], 0.0, name + " sigma at step " + k);
                // log may differ by an ulp between libms
                assertEquals(a[3], p[3], 1e-12 * Math.abs(a[3]), name + " loglik at step " + k);
            }
            Run run = new Run(s, d);
            run.runAll((k, rep, ll) -> { });
            if (run.divergence() != null) {
                assertTrue(err.toString().contains("diverged at step " + run.divergedAt() + ": " + run.divergence()),
                        name + ": " + err);
            }
        }
    }

    @Test
    void runsTheExportDoesNotCoverAreRefusedSayingWhy() {
        Scenario s = ScenarioJson.read(Path.of("resources", "presets", "fix-natural.json"));
        String why = PythonScript.unsupported(s);
        assertNotNull(why);
        assertTrue(why.contains("natural"), why);
        assertTrue(assertThrows(BadInputException.class, () -> PythonScript.of(s, null, "x")).getMessage()
                .contains("natural"));
        Scenario two = ScenarioJson.read(Path.of("resources", "presets", "online-fix-2d.json"));
        assertTrue(PythonScript.unsupported(two).contains("2-D"));
    }
}
