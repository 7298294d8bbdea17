package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.LiveSettings;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.RunPlan;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrajectoryRecorder;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.ScenarioJson;
import org.likelihoodlab.optim.Optimizer;

/** What the trajectory and surface charts draw stays true after any sequence of updates. */
class MarksAndTicksTest {

    private static RunView view(String preset) {
        Scenario s = ScenarioJson.read(TestData.PRESETS.resolve(preset));
        TrajectoryRecorder rec = new TrajectoryRecorder(new Run(s, Datasets.load(s.data(), s.dim())), 256);
        rec.runAll();
        return RunView.of(rec);
    }

    private static int markers(JFreeChart c, boolean domain, Layer layer) {
        XYPlot p = c.getXYPlot();
        Collection<?> m = domain ? p.getDomainMarkers(layer) : p.getRangeMarkers(layer);
        return m == null ? 0 : m.size();
    }

    @Test
    void referenceLinesAndDivergenceBandsDoNotPileUp() {
        RunFigures rf = new RunFigures(1);
        // when: the data change a dozen times (a slider drag), and marks come and go
        for (int i = 0; i < 12; i++) {
            TrueGaussian t = new TrueGaussian(new double[] {i * 0.1}, new double[] {1 + i * 0.05});
            Dataset d = Datasets.load(new DataSource.Sampled(t, 50, 7), 1);
            rf.showData(d, t, d.mle());
            rf.markStep(3, "diverged at 3", true);
            rf.markStep(40, "converged at 40", false);
        }
        // then: one MLE and one "true" line a chart, and only the last mark (no band left behind)
        for (JFreeChart c : new JFreeChart[] {rf.meanChart(), rf.scaleChart()}) {
            assertEquals(2, markers(c, false, Layer.BACKGROUND), c.getTitle().getText());
            assertEquals(0, markers(c, false, Layer.FOREGROUND));
            assertEquals(0, markers(c, true, Layer.BACKGROUND), "no divergence band survives");
            assertEquals(1, markers(c, true, Layer.FOREGROUND));
        }
        // when: the marks are removed (a reset)
        rf.markStep(-1, null, false);
        for (JFreeChart c : rf.charts()) {
            assertEquals(0, markers(c, true, Layer.FOREGROUND) + markers(c, true, Layer.BACKGROUND));
        }
    }

    @Test
    void eachLiveChangeLeavesOneLabelledTick() {
        Scenario s = ScenarioJson.read(TestData.PRESETS.resolve("batch-coordinate-converges.json"));
        LiveSettings start = LiveSettings.of(s);
        RunFigures rf = new RunFigures(1);
        List<RunPlan.Change> changes = List.of(new RunPlan.Change(20, start.withLr(0.05)),
                new RunPlan.Change(35, start.withLr(0.05).withOptimizer(Optimizer.ADAM)));
        // when: shown again and again (every frame)
        for (int i = 0; i < 5; i++) {
            rf.markChanges(start, changes);
        }
        // then: one tick a change on each trajectory chart, saying what changed
        for (JFreeChart c : new JFreeChart[] {rf.meanChart(), rf.scaleChart(), rf.logLikChart()}) {
            List<ValueMarker> ticks = c.getXYPlot().getDomainMarkers(Layer.FOREGROUND).stream()
                    .map(m -> (ValueMarker) m).toList();
            assertEquals(2, ticks.size());
            assertEquals(20, ticks.get(0).getValue());
            assertEquals("\u03b1 \u2192 0.05", ticks.get(0).getLabel());
            assertEquals("adam", ticks.get(1).getLabel());
        }
        // a new run has no changes: the ticks go
        rf.markChanges(start, List.of());
        assertEquals(0, markers(rf.meanChart(), true, Layer.FOREGROUND));
    }

    @Test
    void tickLabelsStayShortAndDistinct() {
        assertEquals("8e32", TickFormat.text(8e32));
        assertEquals("1.235e6", TickFormat.text(1234567));
        assertEquals("-3.2e-5", TickFormat.text(-3.2e-5));
        assertEquals("1,000", TickFormat.text(1000));
        assertEquals("0.25", TickFormat.text(0.25));
        assertEquals("1.99526", TickFormat.text(1.99526231497));
        assertEquals("-35.6588", TickFormat.text(-35.65883));
        assertEquals("0", TickFormat.text(0));
        // ticks of a narrow axis stay apart
        assertFalse(TickFormat.text(1.00001).equals(TickFormat.text(1.00002)));
    }

    @Test
    void aCoordinateRunIsDrawnAsItsStaircase() {
        double[][] s = SurfaceFigure.staircase(new double[] {0, 1, 2, 10}, new double[] {0, 1, 2, 3},
                new double[] {5, 6, 7, 8});
        // corners at (mu_{k+1}, sigma_k) between consecutive updates, none across the gap 2 -> 10
        assertEquals(List.of(0.0, 1.0, 1.0, 2.0, 2.0, 3.0), box(s[0]));
        assertEquals(List.of(5.0, 5.0, 6.0, 6.0, 7.0, 8.0), box(s[1]));
        // on the surface of a coordinate-order run
        Scenario sc = ScenarioJson.read(TestData.PRESETS.resolve("batch-coordinate-converges.json")).toBuilder()
                .steps(60).build();
        TrajectoryRecorder rec = new TrajectoryRecorder(new Run(sc, Datasets.load(sc.data(), sc.dim())), 256);
        rec.runAll();
        RunView v = RunView.of(rec);
        SurfaceFigure f = new SurfaceFigure();
        f.show(v);
        int drawn = f.chart().getXYPlot().getDataset(0).getItemCount(0);
        assertEquals(2 * v.rows()[0].length - 1, drawn, "a corner between every two of the 60 updates");
    }

    private static List<Double> box(double[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }

    @Test
    void aCaptionSaysTheSettingsAndTheStep() {
        RunView v = view("batch-simultaneous-blowup.json");
        String caption = Figures.caption(v);
        assertTrue(caption.contains("step " + v.step()), caption);
        assertTrue(caption.contains("simultaneous order"), caption);
        assertTrue(caption.contains("\u03b1=" ), caption);
        String svg = new String(Figures.of(v, Figures.Kind.SURFACE).captioned(caption).svg(800, 600),
                StandardCharsets.UTF_8);
        String plain = new String(Figures.of(v, Figures.Kind.SURFACE).svg(800, 600), StandardCharsets.UTF_8);
        assertTrue(svg.length() > plain.length(), "the caption is drawn");
    }

    @Test
    void theTwoDPlotsDrawOneUnitAsLongAcrossAsUp() {
        RunView v = view("correlated-2d-cov.json");
        EllipseFigure f = new EllipseFigure();
        f.show(v);
        for (JFreeChart c : new JFreeChart[] {f.ellipseChart(), f.meanSurfaceChart()}) {
            for (int[] size : new int[][] {{900, 400}, {400, 900}, {600, 600}}) {
                org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
                java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(size[0], size[1],
                        java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = img.createGraphics();
                c.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, size[0], size[1]), info);
                g.dispose();
                java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
                XYPlot p = c.getXYPlot();
                double perPxX = p.getDomainAxis().getRange().getLength() / area.getWidth();
                double perPxY = p.getRangeAxis().getRange().getLength() / area.getHeight();
                assertEquals(perPxX, perPxY, 0.02 * perPxX, c.getTitle().getText() + " at " + size[0] + "x" + size[1]);
            }
        }
    }

    @Test
    void markerAndAnnotationTextFollowsTheTextSizeBothWays() {
        RunFigures rf = new RunFigures(1);
        Dataset d = Datasets.load(new DataSource.Sampled(new TrueGaussian(new double[] {0}, new double[] {1}), 50, 3), 1);
        rf.showData(d, null, d.mle());
        rf.markStep(5, "diverged at 5", true);
        JFreeChart c = rf.meanChart();
        java.util.function.IntSupplier size = () -> ((org.jfree.chart.plot.Marker) c.getXYPlot()
                .getDomainMarkers(Layer.FOREGROUND).iterator().next()).getLabelFont().getSize();
        int base = size.getAsInt();
        new ChartStyle(2, 1, false).apply(c);
        new ChartStyle(2, 1, false).apply(c);
        assertEquals(2 * base, size.getAsInt(), "twice the text size, applied twice, is still twice");
        assertEquals(2.0, c.getRenderingHints().get(ChartStyle.FONT_SCALE));
        ChartStyle.DEFAULT.apply(c);
        assertEquals(base, size.getAsInt());
        // an annotation drawn at that scale gets the scaled font
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setRenderingHint(ChartStyle.FONT_SCALE, 1.5);
        assertEquals(17, ChartStyle.annotationFont(g, 11).getSize());
        g.dispose();
    }
}
