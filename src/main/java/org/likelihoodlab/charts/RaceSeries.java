package org.likelihoodlab.charts;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * The runs of a race on one trajectory chart: one line per run and component, in the run's
 * colour (the first component solid, a second one dashed), named in the legend once per run.
 * The dataset is rebuilt only when the runs' names change; every frame only replaces the points.
 */
final class RaceSeries {

    private final XYPlot plot;
    private final int index;
    private final int[] columns;
    private final String[] suffixes;
    private final XYLineAndShapeRenderer renderer = new DenseLines.Renderer();
    private String[] keys = new String[0];
    private ArrayXYDataset data;

    /**
     * @param plot the chart's plot
     * @param index the dataset index the race uses on it
     * @param columns the trajectory series ({@link org.likelihoodlab.experiment.Columns}) it draws per run
     * @param suffixes per series, what tells it from the run's first one in a key ("" for the first)
     */
    RaceSeries(XYPlot plot, int index, int[] columns, String... suffixes) {
        this.plot = plot;
        this.index = index;
        this.columns = columns.clone();
        this.suffixes = suffixes.clone();
        renderer.setDefaultCreateEntities(false);
        renderer.setDefaultShapesVisible(false);
        plot.setRenderer(index, renderer);
        plot.mapDatasetToRangeAxis(index, 0);
        setKeys(new String[0]);
    }

    /** Shows these runs ({@code empty}: none). Fires one change event. */
    void show(List<RunLine> lines) {
        int k = columns.length;
        String[] want = new String[lines.size() * k];
        for (int r = 0; r < lines.size(); r++) {
            for (int c = 0; c < k; c++) {
                want[r * k + c] = lines.get(r).label() + suffixes[c];
            }
        }
        if (!Arrays.equals(want, keys)) {
            setKeys(want);
        }
        for (int r = 0; r < lines.size(); r++) {
            RunLine l = lines.get(r);
            double[][] xs = l.view().xs();
            double[][] ys = l.view().ys();
            for (int c = 0; c < k; c++) {
                int s = r * k + c;
                data.setSeries(s, xs[columns[c]], ys[columns[c]]);
                renderer.setSeriesPaint(s, l.colour(), false);
                float w = l.selected() ? 2.8f : 2f;
                renderer.setSeriesStroke(s, c == 0 ? Palette.line(w) : Palette.dashed(w), false);
                renderer.setSeriesVisibleInLegend(s, c == 0, false);
            }
        }
        data.changed();
    }

    private void setKeys(String[] k) {
        keys = k;
        data = new ArrayXYDataset(k);
        plot.setDataset(index, data);
    }

    /** @return how many runs are drawn (for tests) */
    int runs() {
        return keys.length / columns.length;
    }
}
