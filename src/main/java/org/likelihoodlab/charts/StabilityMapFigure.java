package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.likelihoodlab.experiment.MapAxis;
import org.likelihoodlab.experiment.Outcome;
import org.likelihoodlab.experiment.StabilityMap;
import org.likelihoodlab.experiment.StabilityTheory;

/**
 * A stability map (phase diagram): one cell per run over two settings, coloured by the outcome of
 * the one classifier (the sweep's colours) or, in viridis with a colour bar, by the steps a
 * converged run took or by the final distance to the MLE (log scale); the closed-form boundaries
 * of {@link StabilityTheory} are drawn over it. Cells not computed yet are left light grey, so a
 * map can be shown while it is still running.
 */
public final class StabilityMapFigure {

    /** What a cell's colour shows. */
    public enum ColourBy {
        OUTCOME("outcome"), STEPS("steps to converge"), ERROR("final error");

        private final String label;

        ColourBy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The outcomes in legend order, and their colours (as in the learning-rate sweep). */
    private static final Outcome[] SHOWN = {Outcome.CONVERGED, Outcome.UNFINISHED, Outcome.CRAWLING,
        Outcome.OSCILLATING, Outcome.DIVERGED};
    private static final Color[] COLOURS = {Palette.GREEN, new Color(0xBBBBBB), Palette.SKY, Palette.ORANGE,
        Palette.VERMILLION};
    private static final int NOT_YET = 0xFFF4F4F4;
    /** A cell that did not converge, in the steps view. */
    private static final int NOT_CONVERGED = 0xFF777777;

    private final JFreeChart chart;
    private final XYPlot plot;
    private final CellImage image = new CellImage();
    private ArrayXYDataset curveData = new ArrayXYDataset();
    private final PaintScaleLegend bar;
    private MapAxis xAxis;
    private MapAxis yAxis;
    private StabilityMap.Cell[] grid = new StabilityMap.Cell[0];
    private ColourBy colourBy = ColourBy.OUTCOME;
    private List<StabilityTheory.Curve> curves = List.of();

    public StabilityMapFigure() {
        plot = new XYPlot(curveData, new NumberAxis("x"), new NumberAxis("y"), null);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDefaultCreateEntities(false);
        plot.setRenderer(r);
        plot.setBackgroundPaint(new Color(NOT_YET, true));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        r.addAnnotation(image, org.jfree.chart.ui.Layer.BACKGROUND);
        chart = new JFreeChart("Stability map", new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.getLegend().setFrame(BlockBorder.NONE);
        bar = new PaintScaleLegend(new Viridis(0, 1), RunFigures.rootTicks(new NumberAxis(""), false));
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setMargin(4, 4, 30, 4);
        bar.setStripWidth(12);
        bar.setBackgroundPaint(Color.WHITE);
    }

    public JFreeChart chart() {
        return chart;
    }

    /**
     * Shows a map, complete or not.
     *
     * @param cells the cells computed so far, in any order (each falls into its place by its x and y)
     * @param theory the boundaries to draw over it (empty: none)
     * @param title the chart's title
     */
    public void show(MapAxis x, MapAxis y, List<StabilityMap.Cell> cells, ColourBy by,
            List<StabilityTheory.Curve> theory, String title) {
        chart.setNotify(false);
        if (!x.equals(xAxis) || !y.equals(yAxis)) {
            xAxis = x;
            yAxis = y;
            plot.setDomainAxis(MapAxes.axis(x));
            plot.setRangeAxis(MapAxes.axis(y));
        }
        grid = new StabilityMap.Cell[x.count() * y.count()];
        for (StabilityMap.Cell c : cells) {
            int i = MapAxes.index(x, c.x());
            int j = MapAxes.index(y, c.y());
            grid[j * x.count() + i] = c;
        }
        colourBy = by;
        curves = List.copyOf(theory);
        paint();
        chart.setTitle(title);
        chart.setNotify(true);
    }

    /** @return the cell whose square holds (xValue, yValue), or null (outside, or not computed yet) */
    public StabilityMap.Cell cellAt(double xValue, double yValue) {
        if (xAxis == null || !MapAxes.inside(xAxis, xValue) || !MapAxes.inside(yAxis, yValue)) {
            return null;
        }
        return grid[MapAxes.index(yAxis, yValue) * xAxis.count() + MapAxes.index(xAxis, xValue)];
    }

    /** @return the cells shown, y outer and x inner (null: not computed yet) */
    public List<StabilityMap.Cell> cells() {
        return Arrays.asList(grid.clone());
    }

    /** @return the curves drawn over the map */
    public List<StabilityTheory.Curve> curves() {
        return curves;
    }

    /** @return the ARGB colour of a cell, as drawn */
    public int colour(StabilityMap.Cell c) {
        if (c == null) {
            return NOT_YET;
        }
        switch (colourBy) {
            case STEPS:
                if (c.status() != Outcome.CONVERGED) {
                    return NOT_CONVERGED;
                }
                return stepScale().argbOf(Math.log10(Math.max(1, c.step())));
            case ERROR:
                return errorScale().argbOf(Math.log10(Math.max(1e-16, c.distance())));
            default:
                for (int k = 0; k < SHOWN.length; k++) {
                    if (SHOWN[k] == c.status()) {
                        return COLOURS[k].getRGB();
                    }
                }
                return NOT_YET;
        }
    }

    private void paint() {
        int nx = xAxis.count();
        int ny = yAxis.count();
        BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                img.setRGB(i, ny - 1 - j, colour(grid[j * nx + i]));
            }
        }
        image.set(img, MapAxes.edge(xAxis, false), MapAxes.edge(xAxis, true), MapAxes.edge(yAxis, false),
                MapAxes.edge(yAxis, true));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        String[] names = curves.stream().map(StabilityTheory.Curve::label).toArray(String[]::new);
        curveData = new ArrayXYDataset(names);
        for (int k = 0; k < curves.size(); k++) {
            StabilityTheory.Curve c = curves.get(k);
            curveData.setSeries(k, c.xs(), c.ys());
            r.setSeriesPaint(k, c.kind() == StabilityTheory.Kind.LOCAL_AT_MLE ? Color.BLACK
                    : c.kind() == StabilityTheory.Kind.FIRST_STEP ? Palette.PURPLE : c.kind() == StabilityTheory.Kind.GLOBAL
                    ? Palette.BLUE : Color.BLACK);
            r.setSeriesStroke(k, stroke(c.kind()));
        }
        plot.setDataset(0, curveData);
        LegendItemCollection items = new LegendItemCollection();
        if (colourBy == ColourBy.OUTCOME) {
            for (int k = 0; k < SHOWN.length; k++) {
                items.add(new LegendItem(SHOWN[k].cliName(), COLOURS[k]));
            }
        }
        for (int k = 0; k < curves.size(); k++) {
            LegendItem li = new LegendItem(curves.get(k).label(), null, null, null, new java.awt.geom.Line2D.Double(-10, 0,
                    10, 0), stroke(curves.get(k).kind()), r.getSeriesPaint(k));
            items.add(li);
        }
        plot.setFixedLegendItems(items);
        chart.removeSubtitle(bar);
        if (colourBy != ColourBy.OUTCOME) {
            Viridis v = colourBy == ColourBy.STEPS ? stepScale() : errorScale();
            bar.setScale(v);
            bar.getAxis().setLabel(colourBy == ColourBy.STEPS ? "log\u2081\u2080 steps to converge (grey: did not)"
                    : "log\u2081\u2080 final max-norm distance to the MLE");
            bar.getAxis().setRange(v.getLowerBound(), v.getUpperBound());
            chart.addSubtitle(bar);
        }
    }

    private static Stroke stroke(StabilityTheory.Kind k) {
        switch (k) {
            case LOCAL_AT_MLE:
                return Palette.line(2.2f);
            case LOCAL_AT_START:
                return Palette.dotted(2.5f);
            default:
                return Palette.dashed(2f);
        }
    }

    private Viridis stepScale() {
        double hi = 1;
        for (StabilityMap.Cell c : grid) {
            if (c != null && c.status() == Outcome.CONVERGED) {
                hi = Math.max(hi, Math.log10(Math.max(1, c.step())));
            }
        }
        return new Viridis(0, hi);
    }

    private Viridis errorScale() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (StabilityMap.Cell c : grid) {
            if (c != null && Double.isFinite(c.distance())) {
                double v = Math.log10(Math.max(1e-16, c.distance()));
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return Double.isFinite(lo) ? new Viridis(lo, hi) : new Viridis(0, 1);
    }

    /** @return e.g. "Stability map: gd, (μ, σ), 2000 steps (outcome)" */
    public static String title(org.likelihoodlab.experiment.Scenario s, ColourBy by) {
        return String.format(java.util.Locale.ROOT, "Stability map: %s, %s, %d steps (%s)", s.optimizer().cliName(),
                s.param().label(), s.steps(), by.label());
    }

}
