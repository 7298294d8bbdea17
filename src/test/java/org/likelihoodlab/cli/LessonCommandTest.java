package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson command: a handout PDF with one page a scene, PNGs, and the bad-input contract. */
class LessonCommandTest {

    static final Path LESSONS = Path.of("resources", "lessons");

    @TempDir
    Path dir;

    /** @return the number of page objects of a PDF ({@code /Type /Page}, not {@code /Pages}) */
    static int pages(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** @return the text of every content stream, inflated where it is compressed */
    static List<String> streams(byte[] pdf) throws Exception {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = s.indexOf("stream", i)) >= 0) {
            if (i >= 3 && s.startsWith("end", i - 3)) {
                i += 6;
                continue;
            }
            int start = s.charAt(i + 6) == '\r' ? i + 8 : i + 7;
            int end = s.indexOf("endstream", start);
            byte[] raw = s.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
            String dict = s.substring(Math.max(0, s.lastIndexOf("<<", i)), i);
            if (dict.contains("FlateDecode")) {
                Inflater inf = new Inflater();
                inf.setInput(raw);
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                byte[] buf = new byte[1 << 16];
                try {
                    while (!inf.finished()) {
                        int n = inf.inflate(buf);
                        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                            break;
                        }
                        o.write(buf, 0, n);
                    }
                } catch (java.util.zip.DataFormatException e) {
                    o.reset();   // not a page's content (a font or an image), not needed here
                }
                raw = o.toByteArray();
            }
            out.add(new String(raw, StandardCharsets.ISO_8859_1));
            i = end + 9;
        }
        return out;
    }

    @Test
    void theHandoutHasOnePagePerSceneEachWithItsTitle() throws Exception {
        Cli cli = new Cli(dir);
        Path pdf = dir.resolve("handout.pdf");
        Path png = dir.resolve("pages");
        // when:
        int rc = cli.run("lesson", "--file", LESSONS.resolve("which-fix-race.json").toString(), "--pdf", pdf.toString(),
                "--png-dir", png.toString(), "--scale", "1");
        // then:
        assertEquals(0, rc, cli.err);
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals(3, pages(bytes));
        String all = String.join("\n", streams(bytes));
        for (String title : new String[] {"The fixes, side by side", "The stability map",
            "Momentum, Nesterov and plain gd"}) {
            assertTrue(all.contains("(" + title + ")"), "the page title '" + title + "' is text in the PDF");
        }
        assertTrue(all.contains("scene 3 of 3"));
        for (int k = 1; k <= 3; k++) {
            byte[] p = Files.readAllBytes(png.resolve("scene-0" + k + ".png"));
            assertEquals((byte) 0x89, p[0]);
            assertEquals('P', p[1]);
        }
        assertEquals(List.of(), cli.litter());
    }

    @Test
    void everyShippedLessonWritesAPagePerScene() throws Exception {
        Cli cli = new Cli(dir);
        int[] scenes = {6, 7};
        String[] names = {"online-gaussian.json", "sigma-blow-up.json"};
        for (int i = 0; i < names.length; i++) {
            Path pdf = dir.resolve(names[i] + ".pdf");
            assertEquals(0, cli.run("lesson", "--file", LESSONS.resolve(names[i]).toString(), "--pdf", pdf.toString()),
                    cli.err);
            assertEquals(scenes[i], pages(Files.readAllBytes(pdf)), names[i]);
        }
    }

    @Test
    void pythonScriptsForTheScenesTheExportCoversTheOthersNamed() throws Exception {
        Cli cli = new Cli(dir);
        Path py = dir.resolve("py");
        // when:
        int rc = cli.run("lesson", "--file", LESSONS.resolve("sigma-blow-up.json").toString(), "--python-dir",
                py.toString());
        // then: scenes 1-5 are plain gd in (mu, sigma); 6 (log sigma) and 7 (natural) are named
        assertEquals(0, rc, cli.err);
        for (int k = 1; k <= 5; k++) {
            assertTrue(Files.readString(py.resolve("scene-0" + k + ".py")).contains("import numpy as np"));
        }
        assertFalse(Files.exists(py.resolve("scene-06.py")));
        assertTrue(cli.err.contains("scene 6: no Python script") && cli.err.contains("mu-logsigma"), cli.err);
        assertTrue(cli.err.contains("scene 7: no Python script") && cli.err.contains("natural"), cli.err);
        assertEquals("", cli.out);
    }

    @Test
    void aBrokenSceneIsBadInputNamingItAndNothingIsWritten() throws Exception {
        Cli cli = new Cli(dir);
        Files.copy(Path.of("resources", "presets", "data-a.csv"), dir.resolve("data-a.csv"));
        Path lesson = cli.write("l.json", "{\"title\": \"T\", \"scenes\": ["
                + "{\"title\": \"good\", \"scenario\": {\"data\": {\"file\": \"data-a.csv\"}, \"lr\": 0.1, \"steps\": 20}},"
                + "{\"title\": \"the bad one\", \"scenario\": {\"data\": {\"file\": \"data-a.csv\"}, \"lr\": -1}}]}");
        Path keep = dir.resolve("out.pdf");
        String e = cli.bad("scene 2", keep, "lesson", "--file", lesson.toString(), "--pdf", keep.toString(), "--png-dir",
                dir.resolve("png").toString());
        assertTrue(e.contains("the bad one") && e.contains("lr"), e);
        assertFalse(Files.exists(dir.resolve("png")), "no PNG folder made");
        // a missing scenario file is named too
        Path missing = cli.write("m.json", "{\"title\": \"T\", \"scenes\": [{\"scenario\": \"nowhere.json\"}]}");
        cli.bad("nowhere.json", keep, "lesson", "--file", missing.toString(), "--pdf", keep.toString());
        cli.bad("--pdf", keep, "lesson", "--file", missing.toString());
        cli.bad("not valid JSON", keep, "lesson", "--file", cli.write("x.json", "{").toString(), "--pdf", keep.toString());
    }
}
