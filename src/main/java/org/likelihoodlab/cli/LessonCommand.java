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
import org.likelihoodlab.io.LessonJson;
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

    @Option(names = "--file", required = true, paramLabel = "LESSON.json", converter = PathConverters.AnyPath.class,
            description = "The lesson file: {\"title\": ..., \"scenes\": [{...}, ...]}.")
    Path file;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", converter = PathConverters.OutPath.class,
            description = "The handout as one PDF, a page per scene.")
    Path pdf;

    @Option(names = "--png-dir", paramLabel = "DIR", converter = PathConverters.AnyPath.class,
            description = "A folder for one PNG per scene (created if it does not exist; its parent must).")
    Path pngDir;

    @Option(names = "--scale", paramLabel = "S", description = "PNG pixels per point (default 2).")
    double scale = 2;

    @Override
    public Integer call() {
        if (pdf == null && pngDir == null) {
            throw new BadInputException("give --pdf FILE and/or --png-dir DIR: where to write the handout");
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
        Path dir = pngDir == null ? null : RaceCommand.folder(pngDir);
        if (doc != null) {
            write(pdf, doc, "--pdf");
        }
        for (int i = 0; i < pngs.length; i++) {
            write(dir.resolve(String.format(java.util.Locale.ROOT, "scene-%02d.png", i + 1)), pngs[i], "--png-dir");
        }
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
