package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.likelihoodlab.experiment.Columns;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.TrueGaussian;

/**
 * The 2-D views: the data as a scatter with the true covariance ellipse (dashed), the current
 * estimate's 1-sigma and 2-sigma ellipses, a fading trail of earlier ellipses and the mean's
 * path; and the log-likelihood over (mu1, mu2) at the current Sigma with the mean's path on it.
 * A Sigma that is not positive definite gets no ellipse, and the view says why. The mean
 * surface is its own class, {@link MeanSurfaceChart}.
 */
public final class EllipseFigure {
    /** Indices into a trajectory's rows (steps first). */
    private static final int STEP_ROW = Columns.STEP_ROW;
    private static final int MU1_ROW = Columns.inRow(Columns.MU1);
    private static final int MU2_ROW = Columns.inRow(Columns.MU2);
    private static final int S11_ROW = Columns.inRow(Columns.S11);
    private static final int S12_ROW = Columns.inRow(Columns.S12);
    private static final int S22_ROW = Columns.inRow(Columns.S22);

    static final int MAX_POINTS = 4000;
    static final int RECENT = 300;
    static final int TRAIL = 12;

    private final JFreeChart ellipse;
    private final EqualAspectPlot ePlot;
    private final MeanSurfaceChart meanSurface;
    private final ArrayXYDataset points = new ArrayXYDataset("data", "recent samples", "mean path");
    private Dataset shownData;
    private double[] dataRange;

    public EllipseFigure() {
        NumberAxis x = RunFigures.rootTicks(new NumberAxis("y\u2081"), false);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = RunFigures.rootTicks(new NumberAxis("y\u2082"), false);
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new Rectangle2D.Double(-1.2, -1.2, 2.4, 2.4));
        r.setSeriesPaint(0, new Color(0x56, 0xB4, 0xE9, 120));
        r.setSeriesShape(1, new Ellipse2D.Double(-2.2, -2.2, 4.4, 4.4));
        r.setSeriesPaint(1, Palette.ORANGE);
        r.setSeriesLinesVisible(2, true);
        r.setSeriesShapesVisible(2, false);
        r.setSeriesPaint(2, Palette.BLUE);
        r.setSeriesStroke(2, Palette.line(2f));
        r.setDefaultCreateEntities(false);
        ePlot = new EqualAspectPlot(points, x, y, r);
        style(ePlot);
        ellipse = new JFreeChart("Data and covariance ellipses", new Font(Font.SANS_SERIF, Font.BOLD, 14), ePlot, true);
        ellipse.setBackgroundPaint(Color.WHITE);
        ellipse.getLegend().setPosition(RectangleEdge.TOP);
        ellipse.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        meanSurface = new MeanSurfaceChart();
    }

    static void style(XYPlot p) {
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(Palette.GRID);
        p.setRangeGridlinePaint(Palette.GRID);
        p.setOutlineVisible(false);
    }

    public JFreeChart ellipseChart() {
        return ellipse;
    }

    public JFreeChart meanSurfaceChart() {
        return meanSurface.chart();
    }

    /** Shows a 2-D run on both charts. */
    public void show(RunView v) {
        show(v, java.util.List.of());
    }

    /**
     * Shows a run, and the other runs of a race: their current ellipses and mean paths in their
     * colours, named.
     *
     * @param v the selected run
     * @param race the visible runs of the race (the selected one among them is drawn as {@code v};
     *     empty: no race)
     */
    public void show(RunView v, java.util.List<RunLine> race) {
        meanSurface.showOthers(race);
        if (v.dim() != 2) {
            throw new IllegalArgumentException("the ellipse view needs a 2-D run");
        }
        ellipse.setNotify(false);
        meanSurface.chart().setNotify(false);
        Dataset data = v.data();
        if (data != shownData) {
            showData(data);
        }
        double[][] rows = v.rows();
        points.setSeries(2, rows[MU1_ROW], rows[MU2_ROW]);
        // the latest samples are known from the step only in file order (shuffled or drawn orders are not kept)
        boolean recent = v.scenario().mode() == Mode.ONLINE
                && v.scenario().sampling() == org.likelihoodlab.experiment.Sampling.FILE;
        ((XYLineAndShapeRenderer) ePlot.getRenderer()).setSeriesVisibleInLegend(1, recent);
        if (recent) {
            int n = data.n();
            int k = (int) Math.min(RECENT, Math.min(v.step(), n));
            double[] rx = new double[k];
            double[] ry = new double[k];
            for (int i = 0; i < k; i++) {
                int idx = (int) (((v.step() - 1 - i) % n + n) % n);
                rx[i] = data.value(idx, 0);
                ry[i] = data.value(idx, 1);
            }
            points.setSeries(1, rx, ry);
        } else {
            points.setSeries(1, new double[0], new double[0]);
        }
        points.changed();
        ePlot.clearAnnotations();
        TrueGaussian truth = v.truth();
        if (truth != null) {
            double[] t = truth.reported();
            add(ePlot, Ellipses.path(t[0], t[1], t[2], t[3], t[4], 2, 120), Palette.dashed(1.8f), Palette.GREY);
        }
        // the fading trail: earlier estimates, older ones lighter
        int n = rows[STEP_ROW].length;
        for (int i = 1; i <= TRAIL && n > 1; i++) {
            int idx = (int) Math.round((double) (n - 1) * (i - 1) / TRAIL);
            Path2D.Double p = Ellipses.path(rows[MU1_ROW][idx], rows[MU2_ROW][idx], rows[S11_ROW][idx], rows[S12_ROW][idx], rows[S22_ROW][idx], 2, 90);
            int alpha = 25 + (int) (110.0 * i / TRAIL);
            add(ePlot, p, Palette.line(1f), new Color(0xD5, 0x5E, 0x00, alpha));
        }
        double[] c = v.reported();
        add(ePlot, Ellipses.path(c[0], c[1], c[2], c[3], c[4], 1, 120), Palette.line(2.5f), Palette.VERMILLION);
        add(ePlot, Ellipses.path(c[0], c[1], c[2], c[3], c[4], 2, 120), Palette.line(2.5f), Palette.VERMILLION);
        ePlot.addAnnotation(new Annotations.Marker(c[0], c[1], new Ellipse2D.Double(-5, -5, 10, 10),
                Palette.VERMILLION, Color.WHITE, null), false);
        AveragedMarks.ellipses(ePlot, v);
        for (RunLine l : race) {
            if (l.selected() || l.view().dim() != 2) {
                continue;
            }
            double[] o = l.view().reported();
            add(ePlot, Ellipses.path(o[0], o[1], o[2], o[3], o[4], 2, 120), Palette.line(2f), l.colour());
            ePlot.addAnnotation(new Annotations.Marker(o[0], o[1], new Ellipse2D.Double(-5, -5, 10, 10),
                    l.colour(), Color.WHITE, l.view().divergedAt() > 0 ? l.label() + ": diverged at step "
                    + l.view().divergedAt() : l.view().convergedAt() >= 0 ? null : l.label()), false);
        }
        double[] mle = v.mle();
        ePlot.addAnnotation(new Annotations.Marker(mle[0], mle[1], Annotations.star(8), Palette.YELLOW, Color.BLACK,
                "MLE"), false);
        if (v.divergedAt() > 0 && v.offendingTheta() != null) {
            String[] lines = nonPdText(v).split("\n");
            for (int i = 0; i < lines.length; i++) {
                XYTextAnnotation t = new XYTextAnnotation(lines[i], dataRange[0] + 0.02 * (dataRange[1] - dataRange[0]),
                        dataRange[3] - (0.03 + 0.06 * i) * (dataRange[3] - dataRange[2]));
                t.setTextAnchor(TextAnchor.TOP_LEFT);
                t.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
                t.setPaint(Palette.VERMILLION.darker());
                t.setBackgroundPaint(new Color(255, 255, 255, 220));
                t.setOutlineVisible(false);
                ePlot.addAnnotation(t, false);
            }
        }
        meanSurface.show(v, race);
        ellipse.setNotify(true);
        meanSurface.chart().setNotify(true);
    }

    /** The explanation for a Sigma that got no ellipse: its eigenvalues. */
    static String nonPdText(RunView v) {
        double[] sigma = new double[5];
        v.scenario().param().model().toReported(v.offendingTheta(), sigma);
        double[] e = Ellipses.eigen(sigma[2], sigma[3], sigma[4]);
        return String.format(java.util.Locale.ROOT, "Step %d: \u03a3 is not positive definite,%n"
                + "eigenvalues %.3g and %.3g: no ellipse", v.divergedAt(), e[0], e[1]);
    }

    private static void add(XYPlot p, Path2D.Double path, java.awt.Stroke stroke, Color color) {
        if (path != null) {
            p.addAnnotation(new Annotations.DataPath(path, stroke, color, null), false);
        }
    }

    private void showData(Dataset data) {
        int n = data.n();
        int step = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
        int k = (n + step - 1) / step;
        double[] x = new double[k];
        double[] y = new double[k];
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0, j = 0; i < n; i += step, j++) {
            x[j] = data.value(i, 0);
            y[j] = data.value(i, 1);
        }
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, data.value(i, 0));
            x1 = Math.max(x1, data.value(i, 0));
            y0 = Math.min(y0, data.value(i, 1));
            y1 = Math.max(y1, data.value(i, 1));
        }
        points.setSeries(0, x, y);
        double px = 0.08 * (x1 - x0);
        double py = 0.08 * (y1 - y0);
        dataRange = new double[] {x0 - px, x1 + px, y0 - py, y1 + py};
        ePlot.show(dataRange[0], dataRange[1], dataRange[2], dataRange[3]);
        shownData = data;
    }
    /**
     * The square region of means the surface shows (shared with the 3-D view): the path and the
     * MLE, at least one standard deviation wide, with a margin.
     *
     * @return {x0, x1, y0, y1} in (mu1, mu2)
     */
    public static double[] meanRange(RunView v) {
        return MeanSurfaceChart.meanRange(v);
    }
}
