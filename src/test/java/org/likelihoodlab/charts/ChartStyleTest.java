package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.Sweep;
import org.likelihoodlab.experiment.TrajectoryRecorder;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.ScenarioJson;

/**
 * Chart styles are idempotent and reversible on the real figures: leaving presentation mode
 * gives back exactly the strokes (widths and dashes) and fonts of a chart that never had it,
 * repeated toggles do not drift, and the data colours never change.
 */
class ChartStyleTest {

    static final ChartStyle PRESENTATION = new ChartStyle(1.5, 1.8, false);
    static final ChartStyle DARK = new ChartStyle(1, 1, true);
    static final ChartStyle DARK_PRESENTATION = new ChartStyle(1.5, 1.8, true);
    static final int SERIES = 8;

    static RunView oneD;
    static RunView twoD;

    @BeforeAll
    static void runs() {
        oneD = view("batch-simultaneous-blowup.json");
        twoD = view("online-typo-2d.json");
    }

    static RunView view(String preset) {
        Scenario s = ScenarioJson.read(TestData.PRESETS.resolve(preset));
        TrajectoryRecorder rec = new TrajectoryRecorder(new Run(s, Datasets.load(s.data(), s.dim())), 256);
        rec.runAll();
        return RunView.of(rec);
    }

    /** Every figure of the app, built as the window and the render command build them. */
    static final class AllFigures {
        final List<RunFigures> runFigures = new ArrayList<>();
        final SurfaceFigure surface = new SurfaceFigure();
        final EllipseFigure ellipse = new EllipseFigure();
        final SweepFigure sweep = new SweepFigure();

        AllFigures() {
            for (RunView v : new RunView[] {oneD, twoD}) {
                RunFigures rf = new RunFigures(v.dim());
                rf.showData(v.data(), v.truth(), v.mle());
                rf.showTrajectory(v.xs(), v.ys(), v.reported());
                rf.showRace(race(v));
                if (v.divergedAt() > 0) {
                    rf.markStep(v.divergedAt(), "diverged at " + v.divergedAt(), true);
                }
                runFigures.add(rf);
            }
            surface.show(oneD, race(oneD));
            ellipse.show(twoD, race(twoD));
            sweep.show(List.of(new Sweep.Point(0.01, org.likelihoodlab.experiment.Outcome.UNFINISHED, -1, -1.3, -1, 0.1),
                    new Sweep.Point(0.1, org.likelihoodlab.experiment.Outcome.CONVERGED, -1, -0.7, 40, 1e-7),
                    new Sweep.Point(0.5, org.likelihoodlab.experiment.Outcome.OSCILLATING, -1, -0.9, -1, 0.4),
                    new Sweep.Point(1, org.likelihoodlab.experiment.Outcome.DIVERGED, 7, -5, -1, 9)), 0.46, "bound");
        }

        /** A race of the run with itself (so the race's series and marks exist on every chart). */
        static List<RunLine> race(RunView v) {
            return List.of(new RunLine("a", Palette.race(0), v, true), new RunLine("b", Palette.race(1), v, false));
        }

        /** The figures update between frames, as in a running window (this changes renderers' hash codes). */
        void update() {
            for (RunFigures rf : runFigures) {
                RunView v = rf.dim() == 1 ? oneD : twoD;
                rf.showTrajectory(v.xs(), v.ys(), v.reported());
            }
            surface.show(oneD);
            ellipse.show(twoD);
        }

        List<JFreeChart> charts() {
            List<JFreeChart> out = new ArrayList<>();
            for (RunFigures rf : runFigures) {
                out.addAll(List.of(rf.charts()));
            }
            out.addAll(List.of(surface.chart(), ellipse.ellipseChart(), ellipse.meanSurfaceChart(), sweep.chart()));
            return out;
        }

        /** Styles every chart and draws it, as the painter does each frame. */
        void style(ChartStyle st) {
            BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_ARGB);
            for (JFreeChart c : charts()) {
                st.apply(c);
                Graphics2D g = img.createGraphics();
                c.draw(g, new Rectangle2D.Double(0, 0, 320, 240));
                g.dispose();
            }
        }
    }

    static String stroke(Stroke s) {
        if (s instanceof BasicStroke b) {
            return String.format("width %s dash %s phase %s cap %d join %d miter %s", b.getLineWidth(),
                    java.util.Arrays.toString(b.getDashArray()), b.getDashPhase(), b.getEndCap(), b.getLineJoin(),
                    b.getMiterLimit());
        }
        return String.valueOf(s);
    }

    static String paint(Paint p) {
        return p instanceof Color c ? String.format("#%08X", c.getRGB()) : String.valueOf(p);
    }

    static String font(Font f) {
        return f == null ? "null" : f.getFamily() + "/" + f.getStyle() + "/" + f.getSize2D();
    }

    static void axis(Map<String, String> out, String key, Axis a) {
        out.put(key + " label font", font(a.getLabelFont()));
        out.put(key + " tick font", font(a.getTickLabelFont()));
        out.put(key + " label paint", paint(a.getLabelPaint()));
        out.put(key + " tick paint", paint(a.getTickLabelPaint()));
        out.put(key + " line paint", paint(a.getAxisLinePaint()));
    }

    /** Everything a style touches or must leave alone, chart by chart, in words (for readable diffs). */
    static Map<String, String> snapshot(List<JFreeChart> charts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < charts.size(); i++) {
            JFreeChart c = charts.get(i);
            String k = "chart " + i + " (" + c.getTitle().getText() + ") ";
            out.put(k + "title font", font(c.getTitle().getFont()));
            out.put(k + "title paint", paint(c.getTitle().getPaint()));
            out.put(k + "background", paint(c.getBackgroundPaint()));
            for (int t = 0; t < c.getSubtitleCount(); t++) {
                Title sub = c.getSubtitle(t);
                if (sub instanceof LegendTitle l) {
                    out.put(k + "legend font", font(l.getItemFont()));
                    out.put(k + "legend paint", paint(l.getItemPaint()));
                } else if (sub instanceof PaintScaleLegend p) {
                    axis(out, k + "colour bar axis", p.getAxis());
                }
            }
            XYPlot plot = c.getXYPlot();
            out.put(k + "plot background", paint(plot.getBackgroundPaint()));
            out.put(k + "grid paint", paint(plot.getDomainGridlinePaint()));
            for (Map.Entry<Integer, ValueAxis> a : plot.getDomainAxes().entrySet()) {
                axis(out, k + "domain axis " + a.getKey(), a.getValue());
            }
            for (Map.Entry<Integer, ValueAxis> a : plot.getRangeAxes().entrySet()) {
                axis(out, k + "range axis " + a.getKey(), a.getValue());
            }
            for (Map.Entry<Integer, XYItemRenderer> r : plot.getRenderers().entrySet()) {
                String rk = k + "renderer " + r.getKey() + " ";
                AbstractRenderer ar = (AbstractRenderer) r.getValue();
                out.put(rk + "default stroke", stroke(ar.getDefaultStroke()));
                for (int s = 0; s < SERIES; s++) {
                    out.put(rk + "series " + s + " stroke", stroke(ar.getSeriesStroke(s)));
                    out.put(rk + "series " + s + " paint", paint(ar.getSeriesPaint(s)));
                }
            }
            out.put(k + "text annotations", texts(List.of(c)).toString());
        }
        return out;
    }

    /** The font and colour of every text annotation (the figures' warnings). */
    static List<String> texts(List<JFreeChart> charts) {
        List<String> out = new ArrayList<>();
        for (JFreeChart c : charts) {
            for (XYAnnotation a : c.getXYPlot().getAnnotations()) {
                if (a instanceof XYTextAnnotation t) {
                    out.add(font(t.getFont()) + " " + paint(t.getPaint()));
                }
            }
        }
        return out;
    }

    /** Fails with the entries that differ (a whole snapshot is too long to read). */
    static void assertSameLook(Map<String, String> expected, Map<String, String> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the same parts");
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (!e.getValue().equals(actual.get(e.getKey()))) {
                diffs.add(e.getKey() + ": expected " + e.getValue() + " but was " + actual.get(e.getKey()));
            }
        }
        assertTrue(diffs.isEmpty(), what + ": " + diffs.size() + " differences, e.g. "
                + diffs.subList(0, Math.min(5, diffs.size())));
    }

    /** Every series stroke (width and dash) by chart, renderer and series. */
    static Map<String, BasicStroke> strokes(List<JFreeChart> charts) {
        Map<String, BasicStroke> out = new LinkedHashMap<>();
        for (int i = 0; i < charts.size(); i++) {
            for (Map.Entry<Integer, XYItemRenderer> r : charts.get(i).getXYPlot().getRenderers().entrySet()) {
                for (int s = 0; s < SERIES; s++) {
                    if (r.getValue().getSeriesStroke(s) instanceof BasicStroke b) {
                        out.put(i + "/" + r.getKey() + "/" + s, b);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void leavingPresentationModeRestoresEveryStrokeAndFont() {
        AllFigures f = new AllFigures();
        f.style(ChartStyle.DEFAULT);
        Map<String, String> before = snapshot(f.charts());
        Map<String, BasicStroke> base = strokes(f.charts());
        assertTrue(base.size() > 20, "the figures have series strokes: " + base.size());
        assertTrue(base.values().stream().anyMatch(b -> b.getDashArray() != null), "and dashed ones");

        f.style(PRESENTATION);
        Map<String, BasicStroke> heavy = strokes(f.charts());
        assertEquals(base.keySet(), heavy.keySet());
        for (String key : base.keySet()) {
            BasicStroke b = base.get(key);
            BasicStroke h = heavy.get(key);
            assertEquals(1.8 * b.getLineWidth(), h.getLineWidth(), 1e-4, key + " is 1.8 times wider");
            if (b.getDashArray() != null) {
                for (int d = 0; d < b.getDashArray().length; d++) {
                    assertEquals(1.8 * b.getDashArray()[d], h.getDashArray()[d], 1e-4, key + " dash " + d);
                }
            }
        }
        assertEquals(21, f.charts().get(0).getTitle().getFont().getSize(), "titles 1.5 times larger");

        f.style(ChartStyle.DEFAULT);
        assertSameLook(before, snapshot(f.charts()), "after leaving presentation mode");
    }

    @Test
    void togglingManyTimesGivesWhatStylingOnceGives() {
        for (ChartStyle last : new ChartStyle[] {ChartStyle.DEFAULT, PRESENTATION, DARK, DARK_PRESENTATION}) {
            AllFigures once = new AllFigures();
            once.style(last);
            AllFigures toggled = new AllFigures();
            for (ChartStyle st : new ChartStyle[] {ChartStyle.DEFAULT, PRESENTATION, ChartStyle.DEFAULT, PRESENTATION,
                PRESENTATION, ChartStyle.DEFAULT, DARK, ChartStyle.DEFAULT, DARK_PRESENTATION, DARK, PRESENTATION,
                DARK_PRESENTATION, ChartStyle.DEFAULT, new ChartStyle(2, 4, true), last}) {
                toggled.style(st);
                toggled.update();
            }
            toggled.style(last);
            assertSameLook(snapshot(once.charts()), snapshot(toggled.charts()), "toggled, ending with " + last);
        }
    }

    @Test
    void presentationOnEveryFrameDoesNotCompound() {
        AllFigures f = new AllFigures();
        f.style(ChartStyle.DEFAULT);
        Map<String, BasicStroke> base = strokes(f.charts());
        for (int frame = 0; frame < 5; frame++) {
            f.style(PRESENTATION);
            f.update();
        }
        Map<String, BasicStroke> heavy = strokes(f.charts());
        for (String key : base.keySet()) {
            assertEquals(1.8 * base.get(key).getLineWidth(), heavy.get(key).getLineWidth(), 1e-4, key);
        }
    }

    @Test
    void dataColoursAndHeatmapBackgroundsSurviveEveryStyle() {
        AllFigures f = new AllFigures();
        List<JFreeChart> charts = f.charts();
        Map<String, Paint> colours = new LinkedHashMap<>();
        for (int i = 0; i < charts.size(); i++) {
            for (Map.Entry<Integer, XYItemRenderer> r : charts.get(i).getXYPlot().getRenderers().entrySet()) {
                for (int s = 0; s < SERIES; s++) {
                    Paint p = r.getValue().getSeriesPaint(s);
                    if (p != null) {
                        colours.put(i + "/" + r.getKey() + "/" + s, p);
                    }
                }
            }
        }
        assertTrue(colours.containsValue(Palette.BLUE) && colours.containsValue(Palette.VERMILLION));
        List<String> texts = texts(charts);
        assertFalse(texts.isEmpty(), "the 2-D run diverged and explains why in text");
        JFreeChart heat = f.surface.chart();
        JFreeChart meanSurface = f.ellipse.meanSurfaceChart();
        JFreeChart plain = charts.get(0);
        for (ChartStyle st : new ChartStyle[] {DARK_PRESENTATION, PRESENTATION, DARK, ChartStyle.DEFAULT}) {
            f.style(st);
            for (Map.Entry<String, Paint> e : colours.entrySet()) {
                String[] k = e.getKey().split("/");
                Paint now = charts.get(Integer.parseInt(k[0])).getXYPlot().getRenderer(Integer.parseInt(k[1]))
                        .getSeriesPaint(Integer.parseInt(k[2]));
                assertEquals(e.getValue(), now, e.getKey() + " under " + st);
            }
            // text annotations keep their colour and face, their size follows the text size
            List<String> now = texts(charts);
            assertEquals(texts.size(), now.size());
            for (int t = 0; t < texts.size(); t++) {
                String[] was = texts.get(t).split(" ");
                String[] is = now.get(t).split(" ");
                assertEquals(was[1], is[1], "text annotation colour under " + st);
                String[] wf = was[0].split("/");
                String[] nf = is[0].split("/");
                assertEquals(wf[0] + "/" + wf[1], nf[0] + "/" + nf[1], "text annotation face under " + st);
                assertEquals(Math.round(Double.parseDouble(wf[2]) * st.fontScale()), Double.parseDouble(nf[2]), 0.01,
                        "text annotation size under " + st);
            }
            Color heatBack = st.dark() ? new Color(0x2A2A2A) : new Color(0xEEEEEE);
            assertEquals(heatBack, heat.getXYPlot().getBackgroundPaint(), "surface heatmap under " + st);
            assertEquals(heatBack, meanSurface.getXYPlot().getBackgroundPaint(), "mean surface under " + st);
            assertEquals(st.background(), plain.getXYPlot().getBackgroundPaint(), "plain plot under " + st);
            assertEquals(st.background(), plain.getBackgroundPaint());
            assertEquals(st.foreground(), plain.getXYPlot().getDomainAxis().getAxisLinePaint(), "axis line " + st);
            assertEquals(Math.round(11 * st.fontScale()), plain.getLegend().getItemFont().getSize(), "legend " + st);
        }
    }
}
