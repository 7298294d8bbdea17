package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.likelihoodlab.TestData;

/** {@code render --figure stability-map}: the map in every format, and sweep2's bad-input contract. */
class RenderStabilityMapTest {

    @TempDir
    Path dir;

    static final String SCENARIO = TestData.PRESETS.resolve("batch-simultaneous-converges.json").toString();

    @Test
    void rendersTheMapAsPngSvgAndPdf() throws Exception {
        Cli cli = new Cli(dir);
        for (String format : new String[] {"png", "svg", "pdf"}) {
            Path out = dir.resolve("map." + format);
            int rc = cli.run("render", "--scenario", SCENARIO, "--figure", "stability-map", "--x", "lr:0.01:3:12:log",
                    "--y", "sigma0:0.2:2:8", "--steps", "300", "--format", format, "--width", "600", "--height", "400",
                    "--scale", "1", "--colour-by", format.equals("svg") ? "steps" : "outcome", "--out", out.toString());
            assertEquals(0, rc, cli.err);
            byte[] b = Files.readAllBytes(out);
            if (format.equals("png")) {
                BufferedImage img = ImageIO.read(out.toFile());
                assertEquals(600, img.getWidth());
                assertEquals(400, img.getHeight());
            } else if (format.equals("svg")) {
                String svg = new String(b, StandardCharsets.UTF_8);
                assertTrue(svg.contains("<svg") && svg.contains("learning rate"), "an SVG with the axis label");
                assertTrue(svg.contains("steps to converge"), "the colour bar's label");
            } else {
                RenderCommandTest.assertPdf(b, "map.pdf");
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "stability-map|--y|beta:0:0.9:4|option --x: missing",
        "stability-map|--x|gamma:0:1:4|option --x: unknown setting 'gamma'",
        "surface|--x|lr:0.1:1:4|only with --figure stability-map",
        "stability-map|--colour-by|rainbow|option --colour-by: unknown value 'rainbow'"})
    void badMapOptionsAreOneLineExit2AndLeaveNothing(String figure, String option, String value, String message)
            throws Exception {
        Cli cli = new Cli(dir);
        Path keep = dir.resolve("keep.png");
        String[] extra = option.equals("--colour-by") ? new String[] {"--x", "lr:0.1:1:3:log", "--y", "beta:0:0.5:3"}
                : option.equals("--y") ? new String[0] : new String[] {"--y", "beta:0:0.5:3"};
        String[] args = new String[] {"render", "--scenario", SCENARIO, "--figure", figure, "--format", "png", option,
            value, "--out", keep.toString()};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        cli.bad(message, keep, all);
    }

    @Test
    void aBatchAxisNeedsAMiniBatchRun() throws Exception {
        Cli cli = new Cli(dir);
        Path keep = dir.resolve("keep.csv");
        cli.bad("option --x: batch = 1.0: a batch axis needs a mini-batch run", keep, "sweep2", "--scenario", SCENARIO,
                "--x", "batch:1:64:4", "--y", "lr:0.01:0.1:3", "--out", keep.toString());
    }

    @Test
    void aBatchAxisVariesTheMiniBatchSize() throws Exception {
        Cli cli = new Cli(dir);
        Path out = dir.resolve("b.csv");
        assertEquals(0, cli.run("sweep2", "--scenario", SCENARIO, "--mode", "minibatch", "--sampling", "replace",
                "--x", "batch:1:400:3", "--y", "lr:0.01:0.1:2", "--steps", "50", "--out", out.toString()), cli.err);
        var rows = Files.readAllLines(out);
        assertEquals(1 + 3 * 2, rows.size());
        assertTrue(rows.get(2).startsWith("200.0,0.01,"), rows.get(2));
        // the cell at B = 200 is the run of that scenario, bit for bit
        Path traj = dir.resolve("t.csv");
        assertEquals(0, cli.run("run", "--scenario", SCENARIO, "--mode", "minibatch", "--sampling", "replace",
                "--batch-size", "200", "--lr", "0.01", "--steps", "50", "--out", traj.toString()), cli.err);
        var t = Files.readAllLines(traj);
        String lastLogLik = t.get(t.size() - 1).split(",")[3];
        assertEquals(lastLogLik, rows.get(2).split(",")[4]);
        assertTrue(!rows.get(1).split(",")[4].equals(lastLogLik), "B = 1 is another run");
    }
}
