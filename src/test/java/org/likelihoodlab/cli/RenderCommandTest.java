package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.TestData;
import picocli.CommandLine;

/** render writes valid PNG (right size), SVG (parses) and PDF files for every preset and figure. */
public class RenderCommandTest {

    @TempDir
    Path dir;
    StringWriter err;

    int render(String... args) {
        err = new StringWriter();
        CommandLine cmd = Main.newCommandLine();
        cmd.setErr(new PrintWriter(err));
        cmd.setOut(new PrintWriter(new StringWriter()));
        return cmd.execute(args);
    }

    static List<String> presets() throws Exception {
        return Files.readAllLines(TestData.PRESETS.resolve("index.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /** A PDF whose cross-reference offset points at its xref table, ending with %%EOF. */
    public static void assertPdf(byte[] b, String what) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        assertTrue(s.startsWith("%PDF-"), what + ": PDF header");
        assertTrue(s.stripTrailing().endsWith("%%EOF"), what + ": %%EOF");
        int sx = s.lastIndexOf("startxref");
        int offset = Integer.parseInt(s.substring(sx + 9).strip().split("\\s+")[0]);
        assertTrue(s.startsWith("xref", offset), what + ": startxref points at the xref table");
        assertTrue(s.contains("/Type /Page") || s.contains("/Type/Page"), what + ": has a page");
    }

    @Test
    void everyPresetAndFigureRendersInEveryFormat() throws Exception {
        for (String preset : presets()) {
            Path scenario = TestData.PRESETS.resolve(preset);
            boolean twoD = new String(Files.readAllBytes(scenario), StandardCharsets.UTF_8).contains("\"dim\": 2");
            for (String figure : new String[] {"trajectories", "density", "surface", "ellipse", "dashboard"}) {
                for (String format : new String[] {"png", "svg", "pdf"}) {
                    Path out = dir.resolve(preset + "." + figure + "." + format);
                    int rc = render("render", "--scenario", scenario.toString(), "--figure", figure, "--format",
                            format, "--width", "400", "--height", "300", "--scale", "1.5", "--out", out.toString());
                    String what = preset + " " + figure + " " + format;
                    if (figure.equals("ellipse") && !twoD) {
                        assertEquals(2, rc, what);
                        assertTrue(err.toString().contains("ellipse needs a 2-D scenario"), err.toString());
                        continue;
                    }
                    assertEquals(0, rc, what + ": " + err);
                    byte[] b = Files.readAllBytes(out);
                    if (format.equals("png")) {
                        BufferedImage img = ImageIO.read(new ByteArrayInputStream(b));
                        assertEquals(600, img.getWidth(), what);
                        assertEquals(450, img.getHeight(), what);
                    } else if (format.equals("svg")) {
                        var factory = DocumentBuilderFactory.newInstance();
                        // the SVG names the W3C DTD; parse it offline
                        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(b));
                        assertEquals("svg", doc.getDocumentElement().getTagName(), what);
                    } else {
                        assertPdf(b, what);
                    }
                }
            }
        }
    }

    @Test
    void pngSizeIsWidthTimesScale() throws Exception {
        Path out = dir.resolve("s.png");
        assertEquals(0, render("render", "--scenario", TestData.PRESETS.resolve("fix-adam.json").toString(),
                "--figure", "surface", "--format", "png", "--width", "640", "--height", "480", "--scale", "2",
                "--out", out.toString()));
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(960, img.getHeight());
    }

    @Test
    void badRenderOptionsExitTwoAndKeepTheOldFile() throws Exception {
        Path out = dir.resolve("keep.png");
        Files.writeString(out, "precious");
        String preset = TestData.PRESETS.resolve("fix-adam.json").toString();
        String[][] cases = {
            {"--figure", "pie", "option --figure: unknown value 'pie'"},
            {"--format", "gif", "option --format: unknown value 'gif' (allowed: png, svg, pdf)"},
            {"--width", "10", "option --width: must be between 100 and 20000"},
            {"--scale", "0", "option --scale: must be between 0.25 and 8"}};
        for (String[] c : cases) {
            java.util.Map<String, String> opts = new java.util.LinkedHashMap<>();
            opts.put("--scenario", preset);
            opts.put("--figure", "surface");
            opts.put("--format", "png");
            opts.put("--out", out.toString());
            opts.put(c[0], c[1]);
            java.util.List<String> args = new java.util.ArrayList<>(List.of("render"));
            opts.forEach((k, v) -> {
                args.add(k);
                args.add(v);
            });
            assertEquals(2, render(args.toArray(new String[0])), c[0]);
            assertTrue(err.toString().contains(c[2]), err.toString());
            assertEquals("precious", Files.readString(out));
        }
        assertEquals(2, render("render", "--scenario", preset, "--figure", "surface", "--format", "png", "--out",
                dir.resolve("missing/x.png").toString()));
        assertTrue(err.toString().startsWith("option --out: cannot write"), err.toString());
    }
}
