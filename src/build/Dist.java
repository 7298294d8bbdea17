import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Build step of {@code ./mvnw -Pdist package} (run with Java's source launcher): the native
 * installers of the platform it runs on, with jpackage.
 *
 * <ol>
 * <li>a runtime trimmed with jlink: only the modules the app uses, no debug information (nor
 *     native symbols, where objcopy is there), no man pages or headers, compressed, with the JDK's
 *     class-data-sharing archive (for heaps under 32 GB only);</li>
 * <li>the app image {@code target/dist/LikelihoodLab} (that runtime, the jar, the launcher);</li>
 * <li>the installers: Linux {@code .deb} (where dpkg-deb exists) and {@code .rpm} (where rpmbuild
 *     exists), Windows {@code .msi} and {@code .exe} (need the WiX Toolset 3 on the PATH), macOS
 *     {@code .dmg} and {@code .pkg}; with the icon, a desktop / start-menu entry, the scenario
 *     and lesson file associations, the version of the pom;</li>
 * <li>the app's class-data-sharing archive for the app image where it lies (the installed
 *     {@code .deb} makes its own at install time: the archive is tied to the jar's path).</li>
 * </ol>
 *
 * <pre>java src/build/Dist.java VERSION TARGET_DIR PACKAGE_DIR MAIN_CLASS</pre>
 */
public final class Dist {

    /** The modules the app needs (jdeps on the jar, plus the zip file system the presets use). */
    static final String MODULES = "java.base,java.desktop,java.logging,java.management,java.prefs,"
            + "java.scripting,java.sql,java.xml,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs";

    public static void main(String[] args) throws Exception {
        String version = args[0];
        Path target = Path.of(args[1]);
        Path pkg = Path.of(args[2]);
        String mainClass = args[3];
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        boolean windows = os.contains("win");
        boolean mac = os.contains("mac");
        Path dist = target.resolve("dist");
        Path runtime = target.resolve("runtime");
        Path input = target.resolve("jpackage-input");
        delete(dist);
        delete(runtime);
        delete(input);
        Files.createDirectories(input);
        Files.copy(target.resolve("likelihood-lab.jar"), input.resolve("likelihood-lab.jar"));

        List<String> jlink = new ArrayList<>(List.of("--add-modules", MODULES, "--strip-debug", "--no-man-pages",
                "--no-header-files", "--compress=2", "--generate-cds-archive", "--output", runtime.toString()));
        if (!windows && !mac && Files.isExecutable(Path.of("/usr/bin/objcopy"))) {
            // some JDKs ship libjvm.so with its symbols: 3 MB
            jlink.add("--strip-native-debug-symbols=objcopy=/usr/bin/objcopy");
        }
        run("jlink", jlink.toArray(String[]::new));
        // the JDK's archive for heaps over 32 GB: the app runs with -Xmx1g (11 MB)
        Files.deleteIfExists(runtime.resolve("lib").resolve("server").resolve("classes_nocoops.jsa"));

        if (mac && version.startsWith("0.")) {
            // macOS bundle versions must not start with 0, and jpackage refuses one that does
            String bundle = "1." + version.substring(2);
            System.out.println("dist: macOS bundle version " + bundle + " for " + version + " (no leading 0 allowed)");
            version = bundle;
        }
        String icon = pkg.resolve(windows ? "LikelihoodLab.ico" : mac ? "LikelihoodLab.icns" : "LikelihoodLab.png")
                .toString();
        List<String> common = List.of("--name", "LikelihoodLab", "--app-version", version,
                "--vendor", "Likelihood Lab", "--description", "Gradient ascent on the log-likelihood of a Gaussian, live",
                "--copyright", "Apache License 2.0");
        List<String> image = new ArrayList<>(common);
        image.addAll(List.of("--type", "app-image", "--runtime-image", runtime.toString(),
                "--input", input.toString(), "--main-jar", "likelihood-lab.jar", "--main-class", mainClass,
                "--icon", icon, "--dest", dist.toString(),
                // the class-data-sharing archive beside the jar, if there is one for this place
                "--java-options", "-Xmx1g -XX:SharedArchiveFile=$APPDIR/likelihood-lab.jsa -Xshare:auto "
                        + "-Xlog:cds=off -Xlog:cds+dynamic=off"));
        run("jpackage", image.toArray(String[]::new));
        Path appImage = dist.resolve(mac ? "LikelihoodLab.app" : "LikelihoodLab");

        List<String> types = new ArrayList<>();
        if (windows) {
            types.add("msi");
            types.add("exe");
        } else if (mac) {
            types.add("dmg");
            types.add("pkg");
        } else {
            if (onPath("dpkg-deb")) {
                types.add("deb");
            }
            if (onPath("rpmbuild")) {
                types.add("rpm");
            }
        }
        for (String type : types) {
            List<String> a = new ArrayList<>(common);
            a.addAll(List.of("--type", type, "--app-image", appImage.toString(), "--dest", dist.toString(),
                    "--file-associations", pkg.resolve("scenario.properties").toString(),
                    "--file-associations", pkg.resolve("lesson.properties").toString()));
            if (windows) {
                a.addAll(List.of("--win-menu", "--win-menu-group", "Likelihood Lab", "--win-shortcut",
                        "--win-dir-chooser", "--win-upgrade-uuid", "6f1f4a52-3c1e-4c43-9d1e-5e2f7f0a1b18"));
            } else if (mac) {
                a.addAll(List.of("--mac-package-identifier", "org.likelihoodlab"));
            } else {
                a.addAll(List.of("--linux-package-name", "likelihoodlab", "--install-dir", "/opt",
                        "--linux-shortcut", "--linux-menu-group", "Education;Science;Math",
                        "--linux-app-category", "science", "--resource-dir", pkg.resolve("linux").toString()));
            }
            run("jpackage", a.toArray(String[]::new));
        }
        if (!mac) {
            // the app image in place gets its own archive (after the installers: they make theirs)
            Path app = appImage.resolve("lib").resolve("app");
            Path java = appImage.resolve("lib").resolve("runtime").resolve("bin").resolve(windows ? "java.exe" : "java");
            Process p = new ProcessBuilder(java.toString(),
                    "-XX:ArchiveClassesAtExit=" + app.resolve("likelihood-lab.jsa").toAbsolutePath(),
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Djava.awt.headless=true",
                    "-cp", app.resolve("likelihood-lab.jar").toAbsolutePath().toString(),
                    "org.likelihoodlab.cli.CdsTraining").inheritIO().start();
            if (p.waitFor() != 0) {
                System.out.println("dist: no class-data-sharing archive for the app image (the training run failed)");
            }
        }
        System.out.printf(Locale.ROOT, "dist: runtime %.1f MB, app image %.1f MB (of which the CDS archive %.1f MB)%n",
                size(runtime) / 1e6, size(appImage) / 1e6,
                size(appImage.resolve("lib").resolve("app").resolve("likelihood-lab.jsa")) / 1e6);
        try (Stream<Path> s = Files.list(dist)) {
            s.filter(Files::isRegularFile).forEach(f -> System.out.printf(Locale.ROOT, "dist: %s (%.1f MB)%n", f,
                    size(f) / 1e6));
        }
    }

    private static void run(String tool, String... args) {
        ToolProvider t = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(
                "this JDK has no " + tool + " (a full JDK 17 or later is needed)"));
        System.out.println("dist: " + tool + " " + String.join(" ", args));
        int rc = t.run(System.out, System.err, args);
        if (rc != 0) {
            throw new IllegalStateException(tool + " failed (exit " + rc + ")");
        }
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, exe)));
    }

    private static long size(Path p) {
        if (!Files.exists(p)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
