package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.likelihoodlab.optim.UpdateMap;

/**
 * The update map at the current state (math.md section 9.6): its eigenvalues in the complex plane
 * with the unit circle, each labelled with its direction and modulus; and the spectral radius
 * against step with the line |&lambda;| = 1, so the step where a run becomes locally unstable shows.
 */
public final class UpdateMapFigure {

    private static final Color[] COLOURS = {Palette.BLUE, Palette.GREEN, Palette.PURPLE};
    private ArrayXYDataset points = new ArrayXYDataset("\u03bc", "scale", "mixed");
    private final ArrayXYDataset radius = new ArrayXYDataset("spectral radius");
    private final XYPlot plane;
    private final XYPlot radiusPlot;
    private final JFreeChart planeChart;
    private final JFreeChart radiusChart;

    public UpdateMapFigure() {
        NumberAxis re = RunFigures.rootTicks(new NumberAxis("Re \u03bb"), false);
        NumberAxis im = RunFigures.rootTicks(new NumberAxis("Im \u03bb"), false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < COLOURS.length; i++) {
            r.setSeriesPaint(i, COLOURS[i]);
            r.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        r.setDefaultCreateEntities(false);
        plane = new XYPlot(points, re, im, r);
        plane.setBackgroundPaint(Color.WHITE);
        plane.setDomainGridlinePaint(Palette.GRID);
        plane.setRangeGridlinePaint(Palette.GRID);
        plane.setOutlineVisible(false);
        planeChart = new JFreeChart("Eigenvalues of the update map", new Font(Font.SANS_SERIF, Font.BOLD, 14), plane,
                true);
        planeChart.setBackgroundPaint(Color.WHITE);
        planeChart.getLegend().setPosition(RectangleEdge.TOP);
        planeChart.getLegend().setFrame(BlockBorder.NONE);
        NumberAxis step = RunFigures.rootTicks(new NumberAxis("step"), true);
        org.jfree.chart.axis.LogAxis rho = new NiceLogAxis("spectral radius max |\u03bb| (log scale)");
        rho.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.###",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
        rho.setSmallestValue(1e-6);
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
        lr.setSeriesPaint(0, Palette.VERMILLION);
        lr.setSeriesStroke(0, Palette.line(2f));
        lr.setDefaultCreateEntities(false);
        radiusPlot = new XYPlot(radius, step, rho, lr);
        radiusPlot.setBackgroundPaint(Color.WHITE);
        radiusPlot.setDomainGridlinePaint(Palette.GRID);
        radiusPlot.setRangeGridlinePaint(Palette.GRID);
        radiusPlot.setOutlineVisible(false);
        ValueMarker one = new ValueMarker(1, Palette.GREY, Palette.dashed(1.5f));
        one.setLabel("|\u03bb| = 1");
        one.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        one.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        radiusPlot.addRangeMarker(one);
        radiusChart = new JFreeChart("Spectral radius against step", new Font(Font.SANS_SERIF, Font.BOLD, 14),
                radiusPlot, false);
        radiusChart.setBackgroundPaint(Color.WHITE);
    }

    public JFreeChart planeChart() {
        return planeChart;
    }

    public JFreeChart radiusChart() {
        return radiusChart;
    }

    /**
     * Shows the map at the current state.
     *
     * @param r the map ({@code null} or not fixed: no points)
     * @param scaleName the name of the scale direction, for the legend (e.g. "σ")
     */
    public void showMap(UpdateMap.Result r, String scaleName) {
        planeChart.setNotify(false);
        plane.clearAnnotations();
        plane.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(-1, -1, 2, 2), Palette.dashed(1.5f),
                Palette.GREY));
        List<UpdateMap.Eigenvalue> ev = r == null || !r.fixed() ? List.of() : r.eigenvalues();
        String[] kinds = {"\u03bc", scaleName, "mixed"};
        points = new ArrayXYDataset(kinds);
        plane.setDataset(points);
        double extent = 1.25;
        for (int k = 0; k < kinds.length; k++) {
            String kind = kinds[k];
            List<UpdateMap.Eigenvalue> of = ev.stream().filter(e -> e.direction().equals(kind)).toList();
            points.setSeries(k, of.stream().mapToDouble(UpdateMap.Eigenvalue::re).toArray(),
                    of.stream().mapToDouble(UpdateMap.Eigenvalue::im).toArray());
        }
        int real = 0;
        for (UpdateMap.Eigenvalue e : ev) {
            extent = Math.max(extent, 1.15 * Math.max(Math.abs(e.re()), Math.abs(e.im())));
            XYTextAnnotation t = new XYTextAnnotation(String.format(Locale.ROOT, "  %s |\u03bb| = %.4g", e.direction(),
                    e.modulus()), e.re(), e.im());
            // real eigenvalues lie on one line: their labels go above and below it in turn
            boolean below = e.im() < 0 || e.im() == 0 && real++ % 2 == 1;
            t.setTextAnchor(below ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
            t.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            plane.addAnnotation(t);
        }
        plane.getDomainAxis().setRange(-extent, extent);
        plane.getRangeAxis().setRange(-extent, extent);
        planeChart.getLegend().setVisible(!ev.isEmpty());
        planeChart.setTitle(ev.isEmpty() ? "No fixed map" : "Eigenvalues of the update map");
        planeChart.setNotify(true);
    }

    /** Shows the spectral radius per recorded step (NaN entries break the line). */
    public void showRadius(double[] steps, double[] radii) {
        radius.setSeries(0, steps, radii);
        double lo = 1;
        double hi = 1;
        for (double r : radii) {
            if (r > 0 && Double.isFinite(r)) {
                lo = Math.min(lo, r);
                hi = Math.max(hi, r);
            }
        }
        // the line |λ| = 1 is always in view
        radiusPlot.getRangeAxis().setRange(lo / 1.2, hi * 1.2);
        radius.changed();
    }
}
