package org.likelihoodlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The training run of the class-data-sharing archive, run by the build after the jar is made
 * ({@code java -XX:ArchiveClassesAtExit=likelihood-lab.jsa -cp likelihood-lab.jar
 * org.likelihoodlab.cli.CdsTraining}): it loads every class the window loads from launch to its
 * first chart pixels (the list {@code /org/likelihoodlab/cds/classes.txt}, recorded from a real
 * start), then does the headless part of the start for real (presets, a run, charts drawn into an
 * image). The JVM writes what it loaded, parsed and verified into the archive at exit, and a
 * window started with {@code -XX:SharedArchiveFile=likelihood-lab.jsa} maps it instead. Needs no
 * display: classes are loaded, not initialized, so no toolkit starts. Not a subcommand: the
 * command line is unchanged.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        int loaded = 0;
        int missing = 0;
        // a list of one's own (one class name a line) may be given instead of the recorded one
        try (InputStream in = args.length > 0 ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(args[0]))
                : CdsTraining.class.getResourceAsStream("/org/likelihoodlab/cds/classes.txt")) {
            if (in == null) {
                throw new IOException("no class list in the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    missing++;   // renamed or removed since the list was recorded: not archived
                }
            }
        }
        System.setProperty("java.awt.headless", "true");
        Class.forName("org.likelihoodlab.ui.WarmUp").getMethod("runNow").invoke(null);
        System.out.println("class-data-sharing training: " + loaded + " classes loaded, " + missing
                + " of the list not found");
    }
}
