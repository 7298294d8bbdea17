package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.likelihoodlab.TestData;

/**
 * Random data files and random scenario files through the real command line: never a stack trace,
 * never exit 1, and a refused input never changes the existing output or leaves a temp file.
 */
class CliFuzzTest {

    static Path dir;
    static Path keep;

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("fuzz");
        keep = dir.resolve("traj.csv");
        Files.copy(TestData.PRESETS.resolve("data-a.csv"), dir.resolve("data.csv"));
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void check(String... args) throws Exception {
        Cli cli = new Cli(dir);
        Files.writeString(keep, "precious\n");
        int rc = cli.run(args);
        assertTrue(Set.of(0, 2, 3).contains(rc), "exit " + rc + ": " + cli.err);
        assertFalse(cli.err.contains("Exception") || cli.err.contains("\tat ") || cli.err.contains("internal error"),
                cli.err);
        if (rc == 2) {
            assertFalse(cli.err.strip().contains("\n"), "one line: " + cli.err);
            assertTrue(cli.err.length() <= 502, "short: " + cli.err.length());
            assertEquals("precious\n", Files.readString(keep), "a refused input leaves the output alone");
        } else {
            assertTrue(Files.readString(keep).startsWith("step,"), "a run writes its trajectory");
        }
        assertEquals(List.of(), cli.litter());
    }

    // ---- data files ---- //

    @Provide
    Arbitrary<byte[]> csvBytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> text = Arbitraries.strings().withChars("0123456789.,-+eE\n\r #xNnaIif\u00ef\uFEFF\0\t")
                .ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> rows = Combinators.combine(
                Arbitraries.of("", "x\n", "y1,y2\n", "\uFEFF", "\uFEFFx\n", "1e5\n", "# c\n"),
                Arbitraries.doubles().list().ofMaxSize(12), Arbitraries.of("\n", ",", "\r\n", ",,\n"),
                Arbitraries.strings().ofMaxLength(6))
                .as((head, values, sep, junk) -> {
                    StringBuilder b = new StringBuilder(head);
                    for (double v : values) {
                        b.append(v).append(sep);
                    }
                    return b.append(junk).toString().getBytes(StandardCharsets.UTF_8);
                });
        return Arbitraries.oneOf(raw, text, rows);
    }

    @Property(tries = 300)
    void randomDataFiles(@ForAll("csvBytes") byte[] bytes, @ForAll boolean twoD) throws Exception {
        Path data = dir.resolve("random.csv");
        Files.write(data, bytes);
        check("run", "--data", data.toString(), "--dim", twoD ? "2" : "1", "--lr", "0.1", "--steps", "5", "--out",
                keep.toString());
    }

    // ---- scenario files ---- //

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "1", "-1", "2", "0.1", "1e308", "1e999", "-0.0", "1e-320", "5000000000", "NaN",
                    "\"batch\"", "\"online\"", "\"mu-sigma\"", "\"mean-cov\"", "\"natural\"", "\"coordinate\"",
                    "\"assign\"", "\"none\"", "null", "true", "\"\"", "[0, 1]", "[0, 0, 1, 0, 1]", "[0, 1e-200]",
                    "[1e308, 1e308]", "[]", "{}", "[[1, 0.5], [0.5, 1]]"),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.strings().ofMaxLength(8).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""));
    }

    @Provide
    Arbitrary<String> data() {
        Arbitrary<String> file = Arbitraries.of("data.csv", "/dev/zero", "missing.csv", "..", "", "traj.csv",
                "random.csv").map(f -> "{\"file\": \"" + f + "\"}");
        Arbitrary<String> truth = Combinators.combine(values(), values(), Arbitraries.of("2", "50", "1", "0", "-3",
                "100000001", "5000000000", "\"x\"", "1.5"), values())
                .as((mu, sigma, n, seed) -> "{\"truth\": {\"mu\": " + mu + ", \"sigma\": " + sigma + "}, \"n\": " + n
                        + ", \"seed\": " + seed + "}");
        Arbitrary<String> truth2 = Combinators.combine(values(), values(), Arbitraries.of("3", "40"))
                .as((mean, cov, n) -> "{\"truth\": {\"mean\": " + mean + ", \"cov\": " + cov + "}, \"n\": " + n
                        + ", \"seed\": 1}");
        return Arbitraries.oneOf(file, truth, truth2, values());
    }

    @Provide
    Arbitrary<String> scenarios() {
        List<String> keys = List.of("dim", "mode", "param", "optimizer", "lr", "steps", "init", "order", "bug",
                "every", "beta", "beta1", "beta2", "eps", "name", "unknown");
        Arbitrary<String> field = Combinators.combine(Arbitraries.of(keys), values())
                .as((k, v) -> "\"" + k + "\": " + v);
        Arbitrary<String> json = Combinators.combine(data(), field.list().ofMaxSize(6))
                .as((d, fs) -> "{\"data\": " + d + (fs.isEmpty() ? "" : ", " + String.join(", ", fs)) + "}");
        // and the same text with one character dropped or a random one put in
        return Combinators.combine(json, Arbitraries.integers().between(-1, 400), Arbitraries.chars())
                .as((text, at, c) -> at < 0 || at >= text.length() ? text
                        : at % 2 == 0 ? text.substring(0, at) + text.substring(at + 1)
                        : text.substring(0, at) + c + text.substring(at));
    }

    @Property(tries = 300)
    void randomScenarioFiles(@ForAll("scenarios") String json, @ForAll boolean bom) throws Exception {
        Path s = dir.resolve("random.json");
        Files.writeString(s, (bom ? "\uFEFF" : "") + json);
        check("run", "--scenario", s.toString(), "--steps", "5", "--out", keep.toString());
    }
}
