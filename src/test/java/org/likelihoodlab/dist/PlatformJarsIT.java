package org.likelihoodlab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After {@code package}: each platform's runnable jar (README, Installing) starts the launcher
 * and carries that platform's JavaFX toolkit classes and natives, and none of another platform's.
 */
class PlatformJarsIT {

    private static Path target() {
        return Path.of(System.getProperty("build.directory", "target"));
    }

    /** @return the platform a native library is built for, from its header: ELF, PE or Mach-O */
    private static String machine(JarFile j, String lib) throws IOException {
        byte[] h;
        try (var in = j.getInputStream(j.getEntry(lib))) {
            h = in.readNBytes(64);
        }
        if (h[0] == 0x7f && h[1] == 'E' && h[2] == 'L' && h[3] == 'F') {
            return (h[0x12] & 0xFF) == 0x3E ? "linux" : "linux-other";
        }
        if (h[0] == 'M' && h[1] == 'Z') {
            return "win";
        }
        if ((h[0] & 0xFF) == 0xCF && (h[1] & 0xFF) == 0xFA && (h[2] & 0xFF) == 0xED && (h[3] & 0xFF) == 0xFE) {
            int cpu = (h[4] & 0xFF) | (h[5] & 0xFF) << 8 | (h[6] & 0xFF) << 16 | (h[7] & 0xFF) << 24;
            return cpu == 0x01000007 ? "mac" : cpu == 0x0100000C ? "mac-aarch64" : "mac-other";
        }
        return "unknown";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "linux, com/sun/glass/ui/gtk/GtkApplication.class, libglass.so libglassgtk3.so libprism_sw.so "
            + "libjavafx_font.so libjavafx_font_freetype.so",
        "win, com/sun/glass/ui/win/WinApplication.class, glass.dll prism_sw.dll javafx_font.dll prism_d3d.dll",
        "mac, com/sun/glass/ui/mac/MacApplication.class, libglass.dylib libprism_sw.dylib libjavafx_font.dylib",
        "mac-aarch64, com/sun/glass/ui/mac/MacApplication.class, libglass.dylib libprism_sw.dylib "
            + "libjavafx_font.dylib"})
    void theJarOfEachPlatformRunsAndCarriesItsNatives(String platform, String toolkit, String natives)
            throws IOException {
        Path jar = target().resolve("likelihood-lab-" + platform + ".jar");
        assertTrue(Files.isRegularFile(jar), jar + " was not built");
        try (JarFile j = new JarFile(jar.toFile())) {
            Attributes main = j.getManifest().getMainAttributes();
            assertEquals("org.likelihoodlab.cli.Main", main.getValue(Attributes.Name.MAIN_CLASS));
            assertNotNull(j.getEntry("org/likelihoodlab/cli/Main.class"));
            assertNotNull(j.getEntry("org/likelihoodlab/ui/LabApp.class"));
            assertNotNull(j.getEntry("javafx/application/Application.class"));
            assertNotNull(j.getEntry(toolkit), toolkit);
            for (String lib : natives.split(" ")) {
                assertNotNull(j.getEntry(lib), platform + " jar lacks " + lib);
            }
            // nothing of another platform's toolkit
            for (String other : List.of("com/sun/glass/ui/gtk/GtkApplication.class",
                    "com/sun/glass/ui/win/WinApplication.class", "com/sun/glass/ui/mac/MacApplication.class")) {
                if (!other.equals(toolkit)) {
                    assertTrue(j.getEntry(other) == null, platform + " jar carries " + other);
                }
            }
            assertEquals(platform, machine(j, natives.split(" ")[0]), "the natives' processor and format");
            assertTrue(j.getEntry("libglass.so") == null || platform.equals("linux"));
            assertTrue(j.getEntry("glass.dll") == null || platform.equals("win"));
        }
    }
}
