package org.likelihoodlab.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.likelihoodlab.charts.Figures;
import org.likelihoodlab.charts.StabilityMapFigure;
import org.likelihoodlab.experiment.StabilityMap;
import org.likelihoodlab.experiment.StabilityTheory;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.io.BadInputException;
import org.likelihoodlab.io.Messages;

/** {@code render --figure stability-map}: the map of {@code sweep2}, drawn with its theory curves. */
final class StabilityMapRender {

    static final String NAME = "stability-map";

    private StabilityMapRender() {
    }

    /** Checks the map's options, runs the map and writes the figure. */
    static int render(RenderCommand c, Figures.Format format) throws InterruptedException {
        StabilityMapFigure.ColourBy by = colourBy(c.colourBy);
        MapOptions.Prepared p = c.map.prepare(c.options, c.out);
        List<StabilityMap.Cell> cells = c.map.run(p, c.spec.commandLine().getErr(), "render");
        StabilityMapFigure fig = new StabilityMapFigure();
        List<StabilityTheory.Curve> curves = p.nAxis() ? List.of() : StabilityTheory.curves(p.scenario(), p.data(), p.x(),
                p.y());
        fig.show(p.x(), p.y(), cells, by, curves, StabilityMapFigure.title(p.scenario(), by));
        try {
            byte[] bytes = Figures.single(fig.chart()).bytes(format, c.width, c.height, c.scale,
                    p.scenario().name().isEmpty() ? "Likelihood Lab" : p.scenario().name());
            AtomicFiles.write(c.out, o -> o.write(bytes));
        } catch (IOException e) {
            throw Outputs.cannotWrite(c.out, e);
        }
        return 0;
    }

    static StabilityMapFigure.ColourBy colourBy(String s) {
        switch (s) {
            case "outcome":
                return StabilityMapFigure.ColourBy.OUTCOME;
            case "steps":
                return StabilityMapFigure.ColourBy.STEPS;
            case "error":
                return StabilityMapFigure.ColourBy.ERROR;
            default:
                throw new BadInputException("option --colour-by: unknown value '" + Messages.token(s) + "' (allowed: "
                        + Arrays.stream(new String[] {"outcome", "steps", "error"}).collect(Collectors.joining(", "))
                        + ")");
        }
    }
}
