package org.likelihoodlab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

/**
 * The look of every chart for a lecture or a report: font scale (chart text follows the window's
 * text size), line weight (thicker for a projector), and a light or dark theme. Colours of data
 * stay the colour-blind-safe palette in both themes.
 *
 * <p>Fonts and theme paints are defined in one place, a JFreeChart {@link StandardChartTheme}
 * applied with {@code theme.apply(chart)}; it is told to leave renderers' series paints and
 * strokes and the figures' text annotations alone, because those carry the data colours.
 * Line weights are then set from each series' base (unscaled) stroke, which a scaled stroke
 * keeps inside itself, so styling is idempotent and reversible: applying X, then Y, then X gives
 * exactly what applying X once gives, and scale 1 puts the figure's own stroke objects back.
 *
 * @param fontScale 1.0 (normal) to 2.0
 * @param lineScale 1.0 (normal) or more for a washed-out projector
 * @param dark the dark theme
 */
public record ChartStyle(double fontScale, double lineScale, boolean dark) {

    /** Normal text, normal lines, light theme. */
    public static final ChartStyle DEFAULT = new ChartStyle(1, 1, false);

    /** The plot backgrounds of the heatmap figures (light, dark): grey where the grid has no value. */
    private static final Color HEAT_LIGHT = new Color(0xEEEEEE);
    private static final Color HEAT_DARK = new Color(0x2A2A2A);
    /** Series scanned for explicit strokes even where a dataset has fewer series (yet). */
    private static final int MIN_SERIES = 8;

    /**
     * The last style's theme: the painter applies a style to every chart on every frame, and the
     * style rarely changes, so one entry saves building a theme per frame. An immutable pair
     * behind a volatile field, so painter and FX threads can share it without locks.
     */
    private static volatile Cached cache;

    private record Cached(ChartStyle style, StandardChartTheme theme) {
    }

    /**
     * @throws IllegalArgumentException if fontScale is outside [0.5, 3] or lineScale outside [0.5, 4]
     */
    public ChartStyle {
        if (!(fontScale >= 0.5 && fontScale <= 3) || !(lineScale >= 0.5 && lineScale <= 4)) {
            throw new IllegalArgumentException("font scale must be in [0.5, 3] and line scale in [0.5, 4]");
        }
    }

    Color background() {
        return dark ? new Color(0x1E1E1E) : Color.WHITE;
    }

    Color foreground() {
        return dark ? new Color(0xE6E6E6) : new Color(0x222222);
    }

    Color grid() {
        return dark ? new Color(0x444444) : lineScale > 1.2 ? new Color(0xBBBBBB) : Palette.GRID;
    }

    private Font font(int size, int style) {
        return new Font(Font.SANS_SERIF, style, (int) Math.round(size * fontScale));
    }

    /**
     * Applies the style to a chart: fonts and theme colours through the theme, then the line
     * weights of its renderers. Safe to call on every frame; the result depends only on this
     * style and the figure, never on styles applied before.
     */
    public void apply(JFreeChart chart) {
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        try {
            theme().apply(chart);
            chart.getRenderingHints().put(FONT_SCALE, fontScale);
            if (chart.getPlot() instanceof XYPlot plot) {
                for (XYItemRenderer r : plot.getRenderers().values()) {
                    if (r instanceof AbstractRenderer ar) {
                        scaleStrokes(plot, ar);
                    }
                }
                scaleMarkerText(plot);
            }
        } finally {
            chart.setNotify(notify);
        }
    }

    /** The rendering hint by which a chart tells its annotations the text scale it is drawn at. */
    public static final java.awt.RenderingHints.Key FONT_SCALE = new java.awt.RenderingHints.Key(0x11ab) {
        @Override
        public boolean isCompatibleValue(Object v) {
            return v instanceof Double;
        }
    };

    /** @return the bold annotation font of {@code size} points at the text scale the chart is drawn at */
    static Font annotationFont(java.awt.Graphics2D g2, int size) {
        Object s = g2.getRenderingHint(FONT_SCALE);
        double scale = s instanceof Double d ? d : 1;
        return new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(size * scale));
    }

    /**
     * The labels of the markers (MLE, truth, convergence, divergence, live changes) and the text
     * annotations (contour levels, the Σ explanation) follow the text size, from their base size.
     */
    private void scaleMarkerText(XYPlot plot) {
        for (org.jfree.chart.ui.Layer layer : new org.jfree.chart.ui.Layer[] {org.jfree.chart.ui.Layer.FOREGROUND,
            org.jfree.chart.ui.Layer.BACKGROUND}) {
            for (int i = 0; i < 2; i++) {
                for (java.util.Collection<?> ms : java.util.Arrays.asList(plot.getDomainMarkers(i, layer),
                        plot.getRangeMarkers(i, layer))) {
                    if (ms != null) {
                        for (Object o : ms) {
                            org.jfree.chart.plot.Marker m = (org.jfree.chart.plot.Marker) o;
                            m.setLabelFont(scaled(m.getLabelFont()));
                        }
                    }
                }
            }
        }
        for (Object a : plot.getAnnotations()) {
            if (a instanceof org.jfree.chart.annotations.XYTextAnnotation t) {
                t.setFont(scaled(t.getFont()));
            }
        }
        for (XYItemRenderer r : plot.getRenderers().values()) {
            if (r instanceof org.jfree.chart.renderer.xy.AbstractXYItemRenderer xr) {
                for (Object a : xr.getAnnotations()) {
                    if (a instanceof org.jfree.chart.annotations.XYTextAnnotation t) {
                        t.setFont(scaled(t.getFont()));
                    }
                }
            }
        }
    }

    /** The font at this text scale, from the base a scaled font keeps (idempotent, like the strokes). */
    private Font scaled(Font current) {
        if (current == null) {
            return null;
        }
        Font base = current instanceof ScaledFont sf ? sf.base : current;
        if (fontScale == 1) {
            return base;
        }
        if (current instanceof ScaledFont sf && sf.scale == fontScale) {
            return current;
        }
        return new ScaledFont(base, fontScale);
    }

    /** A font scaled from a base font, which it keeps. */
    static final class ScaledFont extends Font {
        private static final long serialVersionUID = 1L;
        final transient Font base;
        final double scale;

        ScaledFont(Font base, double scale) {
            super(base.getName(), base.getStyle(), (int) Math.round(base.getSize() * scale));
            this.base = base;
            this.scale = scale;
        }
    }

    /** @return the theme of this style (fonts and theme paints), built once per style change */
    StandardChartTheme theme() {
        Cached c = cache;
        if (c == null || !c.style().equals(this)) {
            c = new Cached(this, buildTheme());
            cache = c;
        }
        return c.theme();
    }

    private StandardChartTheme buildTheme() {
        Theme t = new Theme(dark ? HEAT_DARK : HEAT_LIGHT);
        // title 14 bold; axis labels (and text subtitles) 12; tick labels and legend items 11
        t.setExtraLargeFont(font(14, Font.BOLD));
        t.setLargeFont(font(12, Font.PLAIN));
        t.setRegularFont(font(11, Font.PLAIN));
        t.setSmallFont(font(10, Font.PLAIN));
        Color fg = foreground();
        t.setTitlePaint(fg);
        t.setSubtitlePaint(fg);
        t.setLegendItemPaint(fg);
        t.setAxisLabelPaint(fg);
        t.setTickLabelPaint(fg);
        t.setItemLabelPaint(fg);
        t.setBaselinePaint(fg);
        t.setCrosshairPaint(fg);
        t.setPlotOutlinePaint(fg);
        t.setChartBackgroundPaint(background());
        t.setPlotBackgroundPaint(background());
        // legends (and the colour bar) show the chart background through them
        t.setLegendBackgroundPaint(new Color(0, 0, 0, 0));
        t.setDomainGridlinePaint(grid());
        t.setRangeGridlinePaint(grid());
        // what the figures build with, so the theme moves no axis and restyles no bar
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        return t;
    }

    /**
     * Sets every series stroke (and the default stroke) of a renderer to its base stroke times
     * the line scale. The base is read from the stroke itself, so a stroke a figure sets later
     * simply becomes the new base.
     */
    private void scaleStrokes(XYPlot plot, AbstractRenderer r) {
        int used = 0;
        for (XYDataset d : plot.getDatasets().values()) {
            if (d != null && plot.getRendererForDataset(d) == r) {
                used = Math.max(used, d.getSeriesCount());
            }
        }
        for (int s = 0; s < Math.max(used, MIN_SERIES); s++) {
            if (s < used && r.getSeriesStroke(s) == null && r.getAutoPopulateSeriesStroke()) {
                // take the drawing supplier's stroke now rather than at the first draw, so a
                // fresh chart's lines are scaled in the same frame as the others
                r.lookupSeriesStroke(s);
            }
            Stroke current = r.getSeriesStroke(s);
            if (current != null) {
                r.setSeriesStroke(s, scaled(current), false);
            }
        }
        r.setDefaultStroke(scaled(r.getDefaultStroke()), false);
    }

    /** The stroke for this line scale, from the base of a stroke (the stroke itself if unscaled). */
    private Stroke scaled(Stroke current) {
        if (!(current instanceof BasicStroke bs)) {
            return current;   // not a stroke we know how to scale: left as the figure made it
        }
        BasicStroke base = current instanceof ScaledStroke ss ? ss.base : bs;
        if (lineScale == 1) {
            return base;
        }
        if (current instanceof ScaledStroke ss && ss.scale == lineScale) {
            return current;
        }
        return new ScaledStroke(base, lineScale);
    }

    /**
     * A stroke scaled from a base stroke, which it keeps: the record of the unscaled width and
     * dash lives with the renderer's own stroke, not in a table keyed by renderers (renderers'
     * hash codes change with their settings), so it cannot get lost, leaks nothing, and needs no
     * lock. It equals any BasicStroke with the same width, dash, caps and joins.
     */
    static final class ScaledStroke extends BasicStroke {
        final BasicStroke base;
        final double scale;

        ScaledStroke(BasicStroke base, double scale) {
            super((float) (base.getLineWidth() * scale), base.getEndCap(), base.getLineJoin(), base.getMiterLimit(),
                    dash(base.getDashArray(), scale), (float) (base.getDashPhase() * scale));
            this.base = base;
            this.scale = scale;
        }

        private static float[] dash(float[] dash, double f) {
            if (dash == null) {
                return null;
            }
            float[] out = dash.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (out[i] * f);
            }
            return out;
        }
    }

    /**
     * JFreeChart's standard theme with three changes. It keeps series paints and strokes (the
     * stock theme clears auto-populated ones, which would replace the Okabe-Ito colours with its
     * drawing supplier's) and text annotations (a warning keeps its colour and weight); it
     * colours axis lines and tick marks like tick labels (the stock theme leaves them grey, lost
     * on a dark background); and a heatmap plot gets the heatmap grey instead of the plot colour.
     */
    private static final class Theme extends StandardChartTheme {
        private final Color heatBackground;

        Theme(Color heatBackground) {
            super("Likelihood Lab");
            this.heatBackground = heatBackground;
        }

        @Override
        protected void applyToAbstractRenderer(AbstractRenderer renderer) {
            // the figures set every series paint; ChartStyle scales the strokes from their bases
        }

        @Override
        protected void applyToXYAnnotation(XYAnnotation annotation) {
            // the figures' annotations carry data colours and warnings: left as they are
        }

        @Override
        protected void applyToValueAxis(ValueAxis axis) {
            super.applyToValueAxis(axis);
            axis.setAxisLinePaint(getTickLabelPaint());
            axis.setTickMarkPaint(getTickLabelPaint());
        }

        @Override
        protected void applyToPlot(Plot plot) {
            // the heatmap figures mark themselves with the heatmap grey (either theme's)
            boolean heat = isHeat(plot.getBackgroundPaint());
            super.applyToPlot(plot);
            if (heat) {
                plot.setBackgroundPaint(heatBackground);
            }
        }

        private static boolean isHeat(Paint p) {
            return p instanceof Color c && (c.getRGB() == HEAT_LIGHT.getRGB() || c.getRGB() == HEAT_DARK.getRGB());
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o) && o instanceof Theme t && heatBackground.equals(t.heatBackground);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + heatBackground.hashCode();
        }
    }
}
