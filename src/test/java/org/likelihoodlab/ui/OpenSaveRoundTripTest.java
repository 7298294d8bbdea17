package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.likelihoodlab.TestData;
import org.likelihoodlab.cli.Main;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.io.ScenarioJson;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/**
 * One truth: a scenario opened in the window's model and saved again runs, on the command line,
 * to the same trajectory file byte for byte as the original (2-D with non-identity Sigma too).
 */
class OpenSaveRoundTripTest {

    /** The rules that work in 2-D (and in 1-D): all but Newton. */
    static final Optimizer[] TWO_D = java.util.Arrays.stream(Optimizer.values()).filter(o -> o != Optimizer.NEWTON)
            .toArray(Optimizer[]::new);


    private Path dir;

    @BeforeProperty
    void makeDir() throws Exception {
        dir = Files.createTempDirectory("roundtrip");
    }

    @AfterProperty
    void removeDir() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Scenario random(Random rnd) {
        boolean twoD = rnd.nextBoolean();
        Parameterization[] ps = twoD ? new Parameterization[] {Parameterization.MEAN_COV, Parameterization.MEAN_CHOLESKY}
                : new Parameterization[] {Parameterization.MU_SIGMA, Parameterization.MU_VARIANCE,
                    Parameterization.MU_LOGSIGMA};
        DataSource data;
        if (rnd.nextInt(4) == 0) {
            data = new DataSource.FromFile(TestData.PRESETS.resolve(twoD ? "data-c.csv" : "data-a.csv").toAbsolutePath());
        } else if (twoD) {
            // entries that do not survive Sigma -> (sigma1, sigma2, rho) -> Sigma, such as 0.3 and 0.8
            double s11 = 0.2 + 2 * rnd.nextDouble();
            double s22 = 0.2 + 2 * rnd.nextDouble();
            double s12 = (1.8 * rnd.nextDouble() - 0.9) * Math.sqrt(s11 * s22);
            data = new DataSource.Sampled(new TrueGaussian(new double[] {rnd.nextGaussian(), rnd.nextGaussian()},
                    new double[] {s11, s12, s22}), 5 + rnd.nextInt(300), rnd.nextLong());
        } else {
            data = new DataSource.Sampled(TrueGaussian.of1(3 * rnd.nextGaussian(), 0.1 + 2 * rnd.nextDouble()),
                    2 + rnd.nextInt(300), rnd.nextLong());
        }
        double[] init;
        if (twoD) {
            double a = 0.3 + rnd.nextDouble();
            double c = 0.3 + rnd.nextDouble();
            init = new double[] {rnd.nextGaussian(), rnd.nextGaussian(), a, (1.6 * rnd.nextDouble() - 0.8) * Math.sqrt(a * c), c};
        } else {
            init = new double[] {rnd.nextGaussian(), 0.2 + 2 * rnd.nextDouble()};
        }
        return new Scenario.Builder().name("random " + rnd.nextInt(1000)).dim(twoD ? 2 : 1).data(data)
                .mode(rnd.nextBoolean() ? Mode.BATCH : Mode.ONLINE).param(ps[rnd.nextInt(ps.length)])
                .optimizer(twoD ? TWO_D[rnd.nextInt(TWO_D.length)] : Optimizer.values()[rnd.nextInt(Optimizer.values().length)])
                .lr(Math.exp(-7 + 6 * rnd.nextDouble())).steps(rnd.nextInt(150)).init(init)
                .order(rnd.nextBoolean() ? UpdateOrder.SIMULTANEOUS : UpdateOrder.COORDINATE)
                .bug(rnd.nextInt(5) == 0 ? Bug.ASSIGN : Bug.NONE).every(1 + rnd.nextInt(3)).build();
    }

    static String runCsv(Path scenario, Path out) throws Exception {
        CommandLine cl = new CommandLine();
        int rc = cl.execute("run", "--scenario", scenario.toString(), "--out", out.toString());
        if (rc != 0 && rc != 3) {
            throw new AssertionError("run failed (" + rc + "): " + cl.err);
        }
        return rc + "\n" + Files.readString(out);
    }

    /** picocli with captured streams. */
    static final class CommandLine {
        final StringWriter err = new StringWriter();

        int execute(String... args) {
            picocli.CommandLine cmd = Main.newCommandLine();
            cmd.setOut(new PrintWriter(new StringWriter()));
            cmd.setErr(new PrintWriter(err));
            return cmd.execute(args);
        }
    }

    @Property(tries = 300)
    void openedAndSavedInTheWindowModelItRunsToTheSameFile(@ForAll @IntRange(min = 0, max = 1_000_000) int seed)
            throws Exception {
        Scenario original = random(new Random(seed));
        Path a = dir.resolve("a" + seed + ".json");
        ScenarioJson.write(original, a);
        LabModel model = new LabModel(new CurrentThreadTaskExecutor());
        // when: the window opens the file and saves it again
        model.apply(ScenarioJson.read(a));
        Path b = dir.resolve("b" + seed + ".json");
        Exporter.scenario(model.toScenario(), b);
        // then: the command line runs both to the same bytes
        assertEquals(runCsv(a, dir.resolve("a.csv")), runCsv(b, dir.resolve("b.csv")));
        assertEquals(ScenarioJson.read(a), ScenarioJson.read(b));
    }

    @Property(tries = 100)
    void editingOneControlChangesOnlyItsField(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) throws Exception {
        Scenario original = random(new Random(seed));
        LabModel model = new LabModel(new CurrentThreadTaskExecutor());
        model.apply(original);
        // when: the learning rate and the steps are edited
        model.lr.set(0.0123);
        model.steps.set(77);
        Scenario edited = model.toScenario();
        // then: everything else is bit for bit the original
        assertEquals(original.toBuilder().lr(0.0123).steps(77).build(), edited);
        assertArrayEquals(original.init(), edited.init());
        if (original.dim() == 2) {
            model.initMu2.set(0.5);
            double[] init = model.toScenario().init();
            assertEquals(original.init()[3], init[3]);
            assertEquals(original.init()[4], init[4]);
        }
    }
}
