package org.likelihoodlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.likelihoodlab.charts.LessonHandout;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.lesson.Lesson;
import org.likelihoodlab.experiment.lesson.LessonScene;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.BadInputException;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.LessonJson;
import org.likelihoodlab.io.PythonScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lesson}: a lesson's handout without a window: a PDF with one page a scene (its title, its
 * figure as vectors, its narration) and/or a folder of PNGs, {@code scene-01.png} ... Every scene
 * must read (a broken one is bad input naming it); every file is written atomically.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a lesson's handout: --pdf FILE (one page a scene) and/or --png-dir DIR "
            + "(scene-01.png, ...), each scene played by its cues as the window plays it.",
            "Exit 0: written; 2: bad input (a broken scene is named)."})
public final class LessonCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "LESSON.json", converter = PathConverters.AnyPath.class,
            description = "The lesson file: {\"title\": ..., \"scenes\": [{...}, ...]}.")
    Path file;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", converter = PathConverters.OutPath.class,
            description = "The handout as one PDF, a page per scene.")
    Path pdf;

    @Option(names = "--png-dir", paramLabel = "DIR", converter = PathConverters.AnyPath.class,
            description = "A folder for one PNG per scene (created if it does not exist; its parent must).")
    Path pngDir;

    @Option(names = "--python-dir", paramLabel = "DIR", converter = PathConverters.AnyPath.class,
            description = "A folder for scene-01.py ...: each scene's run as a numpy + matplotlib script (the scenes "
                + "the export covers; the others are named on stderr).")
    Path pythonDir;

    @Option(names = "--scale", paramLabel = "S", description = "PNG pixels per point (default 2).")
    double scale = 2;

    @Override
    public Integer call() {
        if (pdf == null && pngDir == null && pythonDir == null) {
            throw new BadInputException("give --pdf FILE, --png-dir DIR and/or --python-dir DIR: where to write the "
                    + "handout");
        }
        if (!(scale >= 0.25 && scale <= 8)) {
            throw new BadInputException("option --scale: must be between 0.25 and 8 (was " + scale + ")");
        }
        Lesson lesson = LessonJson.readAll(file);
        if (pdf != null) {
            notAnInput(pdf, lesson);
        }
        // everything is computed before anything is written: a failure leaves no file behind
        LessonHandout handout = LessonHandout.of(lesson);
        byte[] doc = pdf == null ? null : handout.pdf();
        byte[][] pngs = new byte[pngDir == null ? 0 : lesson.scenes().size()][];
        try {
            for (int i = 0; i < pngs.length; i++) {
                pngs[i] = handout.png(i, scale);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a PNG", e);
        }
        String[] scripts = new String[pythonDir == null ? 0 : lesson.scenes().size()];
        for (int i = 0; i < scripts.length; i++) {
            LessonScene s = lesson.scenes().get(i);
            if (PythonScript.unsupported(s.scenario()) == null) {
                scripts[i] = PythonScript.of(s.scenario(), Datasets.load(s.scenario().data(), s.scenario().dim()),
                        s.title());
            }
        }
        Path dir = pngDir == null ? null : RaceCommand.folder(pngDir);
        Path pyDir = pythonDir == null ? null : RaceCommand.folder(pythonDir);
        if (doc != null) {
            write(pdf, doc, "--pdf");
        }
        for (int i = 0; i < pngs.length; i++) {
            write(dir.resolve(String.format(java.util.Locale.ROOT, "scene-%02d.png", i + 1)), pngs[i], "--png-dir");
        }
        for (int i = 0; i < scripts.length; i++) {
            if (scripts[i] == null) {
                spec.commandLine().getErr().println("scene " + (i + 1) + ": no Python script ("
                        + PythonScript.unsupported(lesson.scenes().get(i).scenario()) + ")");
            } else {
                write(pyDir.resolve(String.format(java.util.Locale.ROOT, "scene-%02d.py", i + 1)),
                        scripts[i].getBytes(java.nio.charset.StandardCharsets.UTF_8), "--python-dir");
            }
        }
        spec.commandLine().getErr().flush();
        return 0;
    }

    private static void write(Path out, byte[] bytes, String option) {
        try {
            AtomicFiles.write(out, o -> o.write(bytes));
        } catch (IOException e) {
            throw new BadInputException("option " + option + ": cannot write " + out + " (" + AtomicFiles.reason(e) + ")");
        }
    }

    private void notAnInput(Path out, Lesson lesson) {
        if (same(out, file)) {
            throw new BadInputException("option --pdf: " + out + " is the lesson file; refusing to overwrite an input");
        }
        for (LessonScene s : lesson.scenes()) {
            boolean data = s.scenario().data() instanceof DataSource.FromFile f && same(out, f.file());
            if (data || s.file() != null && same(out, s.file())) {
                throw new BadInputException("option --pdf: " + out + " is an input of scene \"" + s.title()
                        + "\"; refusing to overwrite an input");
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return b.getFileSystem() == a.getFileSystem() && Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
