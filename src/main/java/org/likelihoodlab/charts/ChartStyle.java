package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.Title;

/**
 * The look of every chart for a lecture or a report: font scale (chart text follows the window's
 * text size), line weight (thicker for a projector), and a light or dark theme. Colours of data
 * stay the colour-blind-safe palette in both themes.
 *
 * @param fontScale 1.0 (normal) to 2.0
 * @param lineScale 1.0 (normal) or more for a washed-out projector
 * @param dark the dark theme
 */
public record ChartStyle(double fontScale, double lineScale, boolean dark) {

    public static final ChartStyle DEFAULT = new ChartStyle(1, 1, false);

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

    /** Applies the style to a chart (fonts, colours, and line weights of its renderers). */
    public void apply(JFreeChart chart) {
        chart.setNotify(false);
        chart.setBackgroundPaint(background());
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(font(14, Font.BOLD));
            chart.getTitle().setPaint(foreground());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle l) {
                l.setItemFont(font(12, Font.PLAIN));
                l.setItemPaint(foreground());
                l.setBackgroundPaint(new Color(0, 0, 0, 0));
            } else if (t instanceof PaintScaleLegend p) {
                p.setBackgroundPaint(background());
                axis(p.getAxis());
            }
        }
        XYPlot plot = chart.getXYPlot();
        Paint plotBack = plot.getBackgroundPaint();
        boolean heat = plotBack instanceof Color c && c.getRGB() == new Color(0xEEEEEE).getRGB()
                || plotBack instanceof Color c2 && c2.getRGB() == new Color(0x2A2A2A).getRGB();
        plot.setBackgroundPaint(heat ? (dark ? new Color(0x2A2A2A) : new Color(0xEEEEEE)) : background());
        plot.setDomainGridlinePaint(grid());
        plot.setRangeGridlinePaint(grid());
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axis(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(plot.getRangeAxis(i));
        }
        for (int r = 0; r < plot.getRendererCount(); r++) {
            XYItemRenderer renderer = plot.getRenderer(r);
            if (renderer instanceof XYLineAndShapeRenderer lr) {
                lr.setDefaultStroke(Palette.line((float) (2 * lineScale)));
                for (int s = 0; s < 8; s++) {
                    if (lr.getSeriesStroke(s) instanceof java.awt.BasicStroke bs) {
                        float base = bs.getLineWidth() / (float) currentScale(lr);
                        java.awt.BasicStroke scaled = new java.awt.BasicStroke((float) (base * lineScale), bs.getEndCap(),
                                bs.getLineJoin(), bs.getMiterLimit(), scaledDash(bs.getDashArray(), lineScale / currentScale(lr)),
                                bs.getDashPhase());
                        lr.setSeriesStroke(s, scaled);
                    }
                }
                lr.setDefaultItemLabelPaint(foreground());
                SCALE.put(lr, lineScale);
            }
        }
        chart.setNotify(true);
    }

    private static final java.util.Map<XYLineAndShapeRenderer, Double> SCALE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static double currentScale(XYLineAndShapeRenderer r) {
        Double s = SCALE.get(r);
        return s == null ? 1 : s;
    }

    private static float[] scaledDash(float[] dash, double f) {
        if (dash == null) {
            return null;
        }
        float[] out = dash.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (out[i] * f);
        }
        return out;
    }

    private void axis(Axis a) {
        if (a == null) {
            return;
        }
        a.setLabelFont(font(12, Font.PLAIN));
        a.setTickLabelFont(font(11, Font.PLAIN));
        a.setLabelPaint(foreground());
        a.setTickLabelPaint(foreground());
        a.setAxisLinePaint(foreground());
        a.setTickMarkPaint(foreground());
    }
}
