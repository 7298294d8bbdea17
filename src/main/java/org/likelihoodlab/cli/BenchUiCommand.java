package org.likelihoodlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.likelihoodlab.io.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-ui}: opens the window flat out for some seconds and prints its frame rate, chart
 * redraws and longest frame gap (alone, and with {@code --load N} again while N busy threads
 * compete for the CPU); with {@code --startup}, launches the window several times in fresh JVMs
 * and times, from outside, launch to window shown and to the first chart pixels on screen.
 */
@Command(name = "bench-ui", mixinStandardHelpOptions = true,
        description = {"Runs the window flat out (needs a display, e.g. Xvfb) and prints frames per second "
            + "(median, 1st percentile), chart redraws per second, the longest frame gap, optimizer steps per "
            + "second and the peak heap.",
            "--startup instead times launch -> window shown -> first chart pixels over fresh JVMs."})
public final class BenchUiCommand implements Callable<Integer> {

    /** The class-data-sharing archive the build writes beside the jar. */
    public static final String CDS_ARCHIVE = "likelihood-lab.jsa";

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", description = "How long to measure (default 10).")
    int seconds = 10;

    @Option(names = "--preset", description = "Preset to run, without a step limit (default online-fix-2d.json); a race "
            + "preset's name (e.g. batch-question-fixes.json) runs its six runs.")
    String preset = "online-fix-2d.json";

    @Option(names = "--load", paramLabel = "N", description = "Measure again while N busy threads compete for "
            + "the CPU (default 0: measure once, alone).")
    int load;

    @Option(names = "--startup", description = "Time the start of the window instead: launch -> window shown -> "
            + "first chart pixels, in fresh JVMs, with and without the class-data-sharing archive.")
    boolean startup;

    @Option(names = "--runs", description = "Launches per variant for --startup (default 5).")
    int runs = 5;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1) {
            throw new BadInputException("option --seconds: must be >= 1 (was " + seconds + ")");
        }
        if (load < 0 || load > 64) {
            throw new BadInputException("option --load: must be between 0 and 64 (was " + load + ")");
        }
        if (runs < 1) {
            throw new BadInputException("option --runs: must be >= 1 (was " + runs + ")");
        }
        if (startup) {
            return startup(spec.commandLine().getOut());
        }
        try {
            Class.forName(Main.WINDOW_CLASS).getMethod("benchUi", int.class, String.class, int.class)
                    .invoke(null, seconds, preset, load);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception c ? c : e;
        }
        return 0;
    }

    // ---- --startup ---- //

    private int startup(PrintWriter out) throws IOException, InterruptedException {
        String classPath = System.getProperty("java.class.path");
        Path archive = archiveBeside(classPath);
        List<Launch> variants = new ArrayList<>();
        variants.add(new Launch("the stack's baseline (" + FLOOR_WHAT + "):", FLOOR_CLASS, null));
        variants.add(new Launch("without the app CDS archive:", Main.class.getName(), null));
        if (archive != null) {
            variants.add(new Launch("with the app CDS archive (" + CDS_ARCHIVE + "):", Main.class.getName(), archive.toString()));
        }
        out.printf("startup: launch -> window shown -> first chart pixels on screen, %d fresh JVMs per variant "
                + "(timed by this process from the launch to each line the window prints)%n", runs);
        double[][] shown = new double[variants.size()][runs];
        double[][] charts = new double[variants.size()][runs];
        for (int r = 0; r < runs; r++) {
            for (int v = 0; v < variants.size(); v++) {   // interleaved, so a noisy neighbour hits all alike
                double[] t = launchOnce(classPath, variants.get(v));
                shown[v][r] = t[0];
                charts[v][r] = t[1];
            }
        }
        for (int v = 0; v < variants.size(); v++) {
            out.printf(Locale.ROOT, "  %-46s window shown %s, first chart pixels %s%n",
                    variants.get(v).what(), summary(shown[v]), summary(charts[v]));
        }
        for (int v = 1; v < variants.size(); v++) {
            out.printf(Locale.ROOT, "  ratio to the baseline (medians, first chart pixels), %s %.2f%n",
                    v == 1 ? "without the archive" : "with the archive", median(charts[v]) / median(charts[0]));
        }
        if (variants.size() > 2) {
            out.printf(Locale.ROOT, "  ratio with / without the archive (medians): %.2f (first chart pixels)%n",
                    median(charts[2]) / median(charts[1]));
        } else {
            out.println("  (no " + CDS_ARCHIVE + " beside the jar: `./mvnw package` writes one)");
        }
        out.flush();
        return 0;
    }

    /** The baseline window: the stack alone (a menu bar and four jfreechart-fx viewers), named so no JavaFX loads here. */
    static final String FLOOR_CLASS = "org.likelihoodlab.ui.StartupFloor";
    private static final String FLOOR_WHAT = "a menu bar and 4 JFreeChart viewers, nothing else";

    /** One way of starting: a main class, with or without a class-data-sharing archive. */
    private record Launch(String what, String mainClass, String archive) {
    }

    /** @return {shown, charts} in seconds after the launch */
    private static double[] launchOnce(String classPath, Launch launch) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // keep settings such as -Dprism.order=sw or -Xmx; not an archive, an agent or a recording
            if (!a.startsWith("-XX:SharedArchiveFile") && !a.startsWith("-Xshare") && !a.startsWith("-agent")
                    && !a.startsWith("-javaagent") && !a.startsWith("-XX:StartFlightRecording")) {
                cmd.add(a);
            }
        }
        if (launch.archive() != null) {
            cmd.add("-XX:SharedArchiveFile=" + launch.archive());
        }
        cmd.add("-D" + PROBE + "=true");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(launch.mainClass());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        double shown = Double.NaN;
        double charts = Double.NaN;
        StringBuilder log = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                double t = (System.nanoTime() - t0) * 1e-9;
                if (line.startsWith(SHOWN) && Double.isNaN(shown)) {
                    shown = t;
                } else if (line.startsWith(CHARTS)) {
                    charts = t;
                } else if (log.length() < 4000) {
                    log.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (Double.isNaN(charts)) {
            throw new IllegalStateException("the window did not report its first chart pixels (is there a display?):\n"
                    + log);
        }
        return new double[] {shown, charts};
    }

    // the probe's property and lines (LabApp's constants, repeated so this command loads no JavaFX)
    private static final String PROBE = "likelihoodlab.startupProbe";
    private static final String SHOWN = "startup-probe: window shown";
    private static final String CHARTS = "startup-probe: charts on screen";

    /** @return the CDS archive beside the jar on the class path, or {@code null} */
    static Path archiveBeside(String classPath) {
        String first = classPath.split(java.io.File.pathSeparator)[0];
        if (!first.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(first).toAbsolutePath();
        Path a = jar.resolveSibling(CDS_ARCHIVE);
        return Files.isRegularFile(a) ? a : null;
    }

    private static String summary(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %.2f s (%.2f-%.2f)", median(xs), s[0], s[s.length - 1]);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
}
