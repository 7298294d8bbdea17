package org.likelihoodlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.likelihoodlab.charts.Figures;
import org.likelihoodlab.charts.RunView;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrajectoryRecorder;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code render}: runs a scenario headless and writes one figure as PNG, SVG or PDF, drawn by the
 * same code as the window. A run that diverges is drawn up to its divergence, with the mark.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs a scenario headless and renders a figure to PNG, SVG or PDF.")
public final class RenderCommand implements Callable<Integer> {

    /** Buckets of the decimated trajectory for figures: more than the pixels of a wide chart. */
    static final int BUCKETS = 1024;
    /** The largest PNG, in pixels (4 bytes each while drawn: 400 MB). */
    static final long MAX_PIXELS = 100_000_000L;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RunOptions options;

    @Option(names = "--figure", required = true, paramLabel = "NAME",
            description = "trajectories, density, surface, ellipse (2-D), dashboard or stability-map (with --x, --y).")
    String figure;

    @Mixin
    MapOptions map;

    @Option(names = "--colour-by", paramLabel = "outcome|steps|error",
            description = "stability-map: colour cells by outcome (default), steps to converge or final error.")
    String colourBy = "outcome";

    @Option(names = "--format", required = true, paramLabel = "png|svg|pdf", description = "Output format.")
    String format;

    @Option(names = "--width", paramLabel = "W", description = "Width in points (default 1200).")
    int width = 1200;

    @Option(names = "--height", paramLabel = "H", description = "Height in points (default 800).")
    int height = 800;

    @Option(names = "--scale", paramLabel = "S", description = "PNG pixels per point (default 2).")
    double scale = 2;

    @Option(names = "--out", required = true, paramLabel = "FILE", converter = PathConverters.OutPath.class,
            description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws InterruptedException {
        Figures.Kind kind = Figures.Kind.byName(figure);
        boolean stabilityMap = StabilityMapRender.NAME.equals(figure);
        if (kind == null && !stabilityMap) {
            throw new BadInputException("option --figure: unknown value '" + figure + "' (allowed: "
                    + Figures.Kind.names() + ", " + StabilityMapRender.NAME + ")");
        }
        Figures.Format f = Figures.Format.byName(format);
        if (f == null) {
            throw new BadInputException("option --format: unknown value '" + format + "' (allowed: png, svg, pdf)");
        }
        if (width < 100 || width > 20000) {
            throw new BadInputException("option --width: must be between 100 and 20000 (was " + width + ")");
        }
        if (height < 100 || height > 20000) {
            throw new BadInputException("option --height: must be between 100 and 20000 (was " + height + ")");
        }
        if (!(scale >= 0.25 && scale <= 8)) {
            throw new BadInputException("option --scale: must be between 0.25 and 8 (was " + scale + ")");
        }
        if (f == Figures.Format.PNG && Math.ceil(width * scale) * Math.ceil(height * scale) > MAX_PIXELS) {
            throw new BadInputException(String.format(java.util.Locale.ROOT, "options --width, --height, --scale: a PNG "
                    + "of %.0f x %.0f pixels is too large (at most %d pixels, e.g. 10000 x 10000; lower --scale, or "
                    + "use svg or pdf)", Math.ceil(width * scale), Math.ceil(height * scale), MAX_PIXELS));
        }
        if (stabilityMap) {
            return StabilityMapRender.render(this, f);
        }
        if (map.x != null || map.y != null) {
            throw new BadInputException("options --x and --y: only with --figure " + StabilityMapRender.NAME);
        }
        Scenario s = options.resolve();
        Outputs.notAnInput(out, options.scenario, s, options.dataFromOption());
        if (kind == Figures.Kind.ELLIPSE && s.dim() != 2) {
            throw new BadInputException("option --figure: ellipse needs a 2-D scenario (this one is 1-D; use surface)");
        }
        TrajectoryRecorder rec = new TrajectoryRecorder(new Run(s, options.load(s)), BUCKETS);
        rec.runAll();
        Figures fig = Figures.of(RunView.of(rec), kind);
        try {
            byte[] bytes = fig.bytes(f, width, height, scale, s.name().isEmpty() ? "Likelihood Lab" : s.name());
            AtomicFiles.write(out, o -> o.write(bytes));
        } catch (IOException e) {
            throw Outputs.cannotWrite(out, e);
        }
        return 0;
    }
}
