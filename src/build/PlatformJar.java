import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step (run by the build with Java's source launcher): makes one runnable jar per platform
 * from the shaded jar. The shaded jar carries the JavaFX classes and natives of the machine it was
 * built on; for each platform this writes the same jar with the JavaFX entries of that platform
 * instead (its glass toolkit classes and its .so / .dll / .dylib natives).
 *
 * <pre>java src/build/PlatformJar.java SHADED.jar JAVAFX_DIR OUT_PREFIX linux win mac mac-aarch64</pre>
 *
 * JAVAFX_DIR/PLATFORM/ holds the JavaFX jars of that platform (the build copies them there);
 * the output is OUT_PREFIX-PLATFORM.jar.
 */
public final class PlatformJar {

    public static void main(String[] args) throws IOException {
        Path shaded = Path.of(args[0]);
        Path javafx = Path.of(args[1]);
        String prefix = args[2];
        List<String> platforms = List.of(args).subList(3, args.length);
        // every entry that some platform's JavaFX jars carry: these come from the platform's jars
        Set<String> fx = new HashSet<>();
        for (String p : platforms) {
            for (Path jar : jars(javafx.resolve(p))) {
                try (ZipFile z = new ZipFile(jar.toFile())) {
                    z.stream().forEach(e -> fx.add(e.getName()));
                }
            }
        }
        for (String p : platforms) {
            Path out = Path.of(prefix + "-" + p + ".jar");
            Path tmp = Path.of(out + ".tmp");
            Set<String> written = new HashSet<>();
            try (ZipFile base = new ZipFile(shaded.toFile());
                    ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(tmp))) {
                // the shaded jar's manifest (main class) and everything that is not JavaFX's
                for (ZipEntry e : java.util.Collections.list(base.entries())) {
                    if (!fx.contains(e.getName()) || e.getName().equals("META-INF/MANIFEST.MF")
                            || e.getName().endsWith("/")) {
                        copy(base, e, zo, written);
                    }
                }
                for (Path jar : jars(javafx.resolve(p))) {
                    try (ZipFile z = new ZipFile(jar.toFile())) {
                        for (ZipEntry e : java.util.Collections.list(z.entries())) {
                            String n = e.getName();
                            if (n.equals("META-INF/MANIFEST.MF") || n.endsWith("module-info.class")
                                    || n.startsWith("META-INF/") && (n.endsWith(".SF") || n.endsWith(".RSA")
                                    || n.endsWith(".DSA"))) {
                                continue;
                            }
                            copy(z, e, zo, written);
                        }
                    }
                }
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("platform jar: " + out + " (" + Files.size(out) / 1_000_000 + " MB)");
        }
    }

    private static List<Path> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no JavaFX jars in " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out = new ArrayList<>();
            s.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(out::add);
            return out;
        }
    }

    private static void copy(ZipFile from, ZipEntry e, ZipOutputStream to, Set<String> written) throws IOException {
        if (!written.add(e.getName())) {
            return;   // the first copy wins, as in the shaded jar
        }
        ZipEntry n = new ZipEntry(e.getName());
        n.setTime(e.getTime());
        to.putNextEntry(n);
        if (!e.isDirectory()) {
            try (InputStream in = from.getInputStream(e)) {
                in.transferTo(to);
            }
        }
        to.closeEntry();
    }
}
