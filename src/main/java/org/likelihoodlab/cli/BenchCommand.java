package org.likelihoodlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.likelihoodlab.experiment.DataSampler;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: nanoseconds per update for every optimizer and parameterization, batch and online,
 * against a baseline measured in the same process: a hand-inlined loop of the same 1-D
 * {@code mu-logsigma} gd update (gradient, step, divergence check; one exp per update), with no
 * engine around it.
 * Each figure is the median of several timed rounds after a warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Prints ns per update for each optimizer x parameterization (batch and online).")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--n", description = "Data points for the batch and online runs (default 1000000).")
    int n = 1_000_000;

    @Option(names = "--rounds", description = "Timed rounds per figure (default 7).")
    int rounds = 7;

    @Option(names = "--round-ms", description = "Length of a timed round in ms (default 150).")
    int roundMs = 150;

    @Option(names = "--param", description = "Only this parameterization (a fresh JVM per combination avoids "
            + "the JIT's profile from the others).")
    String onlyParam;

    @Option(names = "--optimizer", description = "Only this optimizer.")
    String onlyOptimizer;

    @Option(names = "--mode", description = "Only this mode (batch or online).")
    String onlyMode;

    private static volatile double sink;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Dataset d1 = DataSampler.sample(new DataSource.Sampled(TrueGaussian.of1(2, 0.5), n, 1));
        Dataset d2 = DataSampler.sample(new DataSource.Sampled(TrueGaussian.of2(1, -1, 1, 0.9, 0.6), n, 2));
        Dataset small1 = DataSampler.sample(new DataSource.Sampled(TrueGaussian.of1(2, 0.5), 1000, 1));
        double base = baseline(d1);
        out.printf("baseline: hand-inlined 1-D mu-logsigma gd loop (one exp per update): %.2f ns/update%n", base);
        out.printf("n = %d; ratio = engine / baseline%n%n", n);
        out.printf("%-14s %-9s %-7s %10s %8s%n", "param", "optimizer", "mode", "ns/update", "ratio");
        for (Parameterization p : Parameterization.values()) {
            if (onlyParam != null && !p.cliName().equals(onlyParam)) {
                continue;
            }
            Dataset d = p.dim() == 1 ? d1 : d2;
            for (Optimizer o : Optimizer.values()) {
                if (onlyOptimizer != null && !o.cliName().equals(onlyOptimizer)) {
                    continue;
                }
                for (Mode m : Mode.values()) {
                    if (onlyMode != null && !m.cliName().equals(onlyMode)) {
                        continue;
                    }
                    double ns = measure(d, p, o, m);
                    out.printf("%-14s %-9s %-7s %10.2f %8.2f%n", p.cliName(), o.cliName(), m.cliName(), ns, ns / base);
                }
            }
        }
        if (onlyParam != null || onlyOptimizer != null || onlyMode != null) {
            out.flush();
            return 0;
        }
        double nsSmall = measure(small1, Parameterization.MU_LOGSIGMA, Optimizer.GD, Mode.BATCH);
        double nsBig = measure(d1, Parameterization.MU_LOGSIGMA, Optimizer.GD, Mode.BATCH);
        out.printf("%nbatch cost against n (mu-logsigma gd): n = 1000: %.2f ns, n = %d: %.2f ns (ratio %.2f)%n",
                nsSmall, n, nsBig, nsBig / nsSmall);
        surfaces(out, d1, d2);
        exports(out);
        out.flush();
        return 0;
    }

    /**
     * The two exports people wait for: a 100-frame GIF of the dashboard at the dialog's default
     * 800 x 533, and the dashboard as a 4x PNG (1200 x 800 points, 4800 x 3200 pixels), each
     * timed from start to bytes, median of three after one warm-up (goals: 5 s and 1 s).
     */
    private void exports(PrintWriter out) {
        String[] presets = {"batch-coordinate-blowup.json", "online-fix-2d.json"};
        out.printf("%nexports (median of 3, after one warm-up):%n");
        for (String name : presets) {
            try {
                Scenario s = org.likelihoodlab.io.ScenarioJson.read(preset(name));
                Dataset data = org.likelihoodlab.io.Datasets.load(s.data(), s.dim());
                org.likelihoodlab.experiment.RunPlan plan = org.likelihoodlab.experiment.RunPlan.of(s);
                double gif = medianOf3(() -> {
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                    org.likelihoodlab.charts.Animation.write(plan, data, org.likelihoodlab.charts.Figures.Kind.DASHBOARD,
                            100, 10, 800, 533, bytes, null, null);
                    sink = bytes.size();
                });
                org.likelihoodlab.experiment.TrajectoryRecorder rec = new org.likelihoodlab.experiment.TrajectoryRecorder(
                        new Run(plan, data), 1024);
                rec.runAll();
                org.likelihoodlab.charts.RunView view = org.likelihoodlab.charts.RunView.of(rec);
                double png = medianOf3(() -> {
                    byte[] b = org.likelihoodlab.charts.Figures.of(view, org.likelihoodlab.charts.Figures.Kind.DASHBOARD)
                            .png(1200, 800, 4);
                    sink = b.length;
                });
                out.printf(java.util.Locale.ROOT, "  %-30s 100-frame GIF (dashboard, 800x533): %.2f s; dashboard PNG "
                        + "at 4x (4800x3200): %.2f s%n", name, gif, png);
            } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
                out.printf("  %s: export failed: %s%n", name, e);
            }
        }
    }

    /** @return a preset file inside the jar (or the build's resources) as a path */
    private static java.nio.file.Path preset(String name) throws java.io.IOException, java.net.URISyntaxException {
        java.net.URI uri = BenchCommand.class.getResource("/presets/" + name).toURI();
        if ("jar".equals(uri.getScheme())) {
            try {
                java.nio.file.FileSystems.getFileSystem(uri);
            } catch (java.nio.file.FileSystemNotFoundException e) {
                java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
            }
        }
        return java.nio.file.Path.of(uri);
    }

    /** Something to time that may throw. */
    private interface Job {
        void run() throws java.io.IOException;
    }

    private static double medianOf3(Job job) throws java.io.IOException {
        job.run();
        double[] t = new double[3];
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            job.run();
            t[i] = (System.nanoTime() - t0) * 1e-9;
        }
        Arrays.sort(t);
        return t[1];
    }

    private double measure(Dataset data, Parameterization p, Optimizer o, Mode m) {
        double[] mle = data.mle();
        double[] init = p.dim() == 1 ? new double[] {mle[0] + 0.3, mle[1] * 1.3}
                : new double[] {mle[0] + 0.3, mle[1] - 0.2, mle[2] * 1.3, mle[3] * 0.5, mle[4] * 1.2};
        double lr = o == Optimizer.NATURAL ? 0.5 : o == Optimizer.ADAM ? 0.001 : 0.01;
        Scenario s = new Scenario.Builder().dim(p.dim()).data(new DataSource.Sampled(
                p.dim() == 1 ? TrueGaussian.of1(0, 1) : TrueGaussian.of2(0, 0, 1, 1, 0), 2, 1))
                .mode(m).param(p).optimizer(o).lr(lr).steps(Long.MAX_VALUE).init(init).build();
        double[] result = new double[rounds];
        Run[] holder = {new Run(s, data)};
        timeRounds(() -> advance(holder, s, data, 1 << 14), 3);
        for (int r = 0; r < rounds; r++) {
            result[r] = timeRounds(() -> advance(holder, s, data, 1 << 14), 1);
        }
        Arrays.sort(result);
        return result[rounds / 2];
    }

    private static long advance(Run[] holder, Scenario s, Dataset data, int count) {
        Run run = holder[0];
        for (int i = 0; i < count; i++) {
            if (!run.advance()) {
                holder[0] = new Run(s, data);   // should not happen with these settings; keep measuring
                run = holder[0];
            }
        }
        sink = run.logLik();
        return count;
    }

    /** The surface grids: 400 x 400 cells from the moments, in ms (goal: under 10 ms). */
    private void surfaces(PrintWriter out, Dataset d1, Dataset d2) {
        double[] m1 = d1.moments();
        double[] m2 = d2.moments();
        int[] sizes = {100, 400};
        out.printf("%nsurface grids (median of %d rounds):%n", rounds);
        for (int size : sizes) {
            for (org.likelihoodlab.math.Surfaces.Scale sc : org.likelihoodlab.math.Surfaces.Scale.values()) {
                double q0 = sc.of(0.2);
                double q1 = sc.of(1.5);
                double ns = median(() -> {
                    double[] g = org.likelihoodlab.math.Surfaces.grid1(m1, sc, 0, 4, q0, q1, size, size);
                    sink = g[g.length / 2];
                    return 1;
                });
                out.printf("  1-D %-9s %dx%d: %.3f ms%n", sc.name().toLowerCase(java.util.Locale.ROOT), size, size,
                        ns / 1e6);
            }
            double ns2 = median(() -> {
                double[] g = org.likelihoodlab.math.Surfaces.grid2(m2, 1, 0.5, 0.8, -2, 3, -3, 2, size, size);
                sink = g[g.length / 2];
                return 1;
            });
            out.printf("  2-D mean    %dx%d: %.3f ms%n", size, size, ns2 / 1e6);
        }
        double[] cells = org.likelihoodlab.math.Surfaces.grid1(m1, org.likelihoodlab.math.Surfaces.Scale.SIGMA, 0, 4,
                0.2, 1.5, 400, 400);
        double ms = median(() -> {
            java.awt.geom.Path2D p = org.likelihoodlab.charts.MarchingSquares.contour(cells, 400, 400, 0, 0.01, 0.2,
                    1.3 / 400, cells[200 * 400 + 200] - 0.5);
            sink = p.getBounds2D().getWidth();
            return 1;
        }) / 1e6;
        out.printf("  one contour level on 400x400 (marching squares): %.3f ms%n", ms);
    }

    private double median(java.util.function.LongSupplier work) {
        double[] r = new double[rounds];
        timeRounds(work, 2);
        for (int i = 0; i < rounds; i++) {
            r[i] = timeRounds(work, 1);
        }
        Arrays.sort(r);
        return r[rounds / 2];
    }

    /** Runs batches of work for about roundMs * rounds ms; returns ns per unit of work. */
    private double timeRounds(java.util.function.LongSupplier work, int count) {
        long units = 0;
        long start = System.nanoTime();
        long end = start + (long) roundMs * 1_000_000L * count;
        long now;
        do {
            units += work.getAsLong();
            now = System.nanoTime();
        } while (now < end);
        return (now - start) / (double) units;
    }

    /** The same update as the engine's batch mu-logsigma gd, inlined into one loop. */
    private double baseline(Dataset data) {
        double[] mom = data.moments();
        double[] result = new double[rounds];
        double[] state = {mom[0] + 0.3, Math.log(Math.sqrt(mom[1]) * 1.3)};
        java.util.function.LongSupplier work = () -> {
            double m = mom[0];
            double c = mom[1];
            double mu = state[0];
            double s = state[1];
            double lr = 0.01;
            int count = 1 << 14;
            double e = Math.exp(s);
            for (int i = 0; i < count; i++) {
                double rbar = m - mu;
                double sS = c + rbar * rbar;
                double gmu = rbar / (e * e);
                double gs = sS / (e * e) - 1;
                mu += lr * gmu;
                s += lr * gs;
                e = Math.exp(s);   // the next gradient's exp doubles as this state's check
                double rb = m - mu;
                if (!Double.isFinite(mu) || !Double.isFinite(s) || !(e > 0) || !Double.isFinite(e)
                        || !Double.isFinite((c + rb * rb) / (2 * e * e))) {
                    break;
                }
            }
            state[0] = mu;
            state[1] = s;
            sink = mu + s;
            return count;
        };
        timeRounds(work, 3);
        for (int r = 0; r < rounds; r++) {
            result[r] = timeRounds(work, 1);
        }
        Arrays.sort(result);
        return result[rounds / 2];
    }
}
