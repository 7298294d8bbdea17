package org.likelihoodlab.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.likelihoodlab.charts.Figures;
import org.likelihoodlab.charts.StabilityMapFigure;
import org.likelihoodlab.experiment.MapAxis;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.StabilityMap;
import org.likelihoodlab.experiment.StabilityTheory;
import org.likelihoodlab.io.AtomicFiles;

/**
 * Writes a stability map of the window, off the FX thread: as the {@code sweep2} CSV, or drawn by a
 * figure of its own (the same as {@code render --figure stability-map}) as PNG (2x), SVG or PDF.
 */
final class StabilityMapExport {

    private StabilityMapExport() {
    }

    /**
     * @param format "csv", "png", "svg" or "pdf"
     * @param cells the cells computed (all of them, or the part a cancelled map finished)
     */
    static void write(Path out, String format, Scenario s, MapAxis x, MapAxis y, List<StabilityMap.Cell> cells,
            StabilityMapFigure.ColourBy by, List<StabilityTheory.Curve> curves) throws IOException {
        if (format.equals("csv")) {
            StringBuilder b = new StringBuilder(StabilityMap.HEADER).append('\n');
            for (StabilityMap.Cell c : StabilityMap.inMapOrder(cells, x, y)) {
                b.append(StabilityMap.csv(c)).append('\n');
            }
            AtomicFiles.write(out, o -> o.write(b.toString().getBytes(StandardCharsets.UTF_8)));
            return;
        }
        StabilityMapFigure f = new StabilityMapFigure();
        f.show(x, y, cells, by, curves, StabilityMapFigure.title(s, by));
        byte[] bytes = Figures.single(f.chart()).bytes(Figures.Format.byName(format), 1000, 700, 2, "Stability map");
        AtomicFiles.write(out, o -> o.write(bytes));
    }
}
