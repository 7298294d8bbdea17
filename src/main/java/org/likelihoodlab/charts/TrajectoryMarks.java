package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.likelihoodlab.charts.RunFigures.Mark;

/**
 * The vertical marks on the three trajectory charts (mean, scale, log-likelihood): the steps
 * where a run diverged or converged, and the small ticks where a setting was changed live.
 */
final class TrajectoryMarks {

    private final JFreeChart mean;
    private final JFreeChart scale;
    private final JFreeChart logLik;
    private List<Mark> marks = List.of();
    private List<org.likelihoodlab.experiment.RunPlan.Change> changes = List.of();
    private final List<Marker> changeMarkers = new ArrayList<>();
    private final List<Marker> stepMarkers = new ArrayList<>();

    TrajectoryMarks(JFreeChart mean, JFreeChart scale, JFreeChart logLik) {
        this.mean = mean;
        this.scale = scale;
        this.logLik = logLik;
    }

    /**
     * Leaves a small tick at the step of each live change (α, optimizer, hyperparameters) on the
     * three trajectory charts, labelled with what changed. Nothing is redrawn when they are the
     * ticks already shown.
     *
     * @param start the settings the run started with
     * @param next the changes in step order
     */
    void markChanges(org.likelihoodlab.experiment.LiveSettings start,
            List<org.likelihoodlab.experiment.RunPlan.Change> next) {
        if (next.equals(changes)) {
            return;
        }
        changes = List.copyOf(next);
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            for (Marker m : changeMarkers) {
                c.getXYPlot().removeDomainMarker(0, m, Layer.FOREGROUND, false);
            }
        }
        changeMarkers.clear();
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            org.likelihoodlab.experiment.LiveSettings before = start;
            for (org.likelihoodlab.experiment.RunPlan.Change ch : changes) {
                ValueMarker m = new ValueMarker(ch.step(), Palette.GREY, Palette.dotted(1.5f));
                m.setLabel(ch.settings().changeFrom(before));
                m.setLabelPaint(Palette.GREY);
                m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
                m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 3, 4, 3));
                c.getXYPlot().addDomainMarker(0, m, Layer.FOREGROUND, false);
                changeMarkers.add(m);
                before = ch.settings();
            }
            c.fireChartChanged();
        }
    }

    /** @return the live-change ticks now on the charts */
    List<org.likelihoodlab.experiment.RunPlan.Change> changeTicks() {
        return changes;
    }

    /** @return the marks now on the charts */
    List<Mark> marks() {
        return marks;
    }

    /**
     * Replaces every mark on the trajectory charts by these (the marks of each run of a race, in
     * its colour). Nothing is redrawn when they are the marks already shown.
     */
    void markSteps(List<Mark> next) {
        if (next.equals(marks)) {
            return;
        }
        marks = List.copyOf(next);
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            c.setNotify(false);
            for (Marker m : stepMarkers) {
                c.getXYPlot().removeDomainMarker(0, m, Layer.FOREGROUND, false);
                c.getXYPlot().removeDomainMarker(0, m, Layer.BACKGROUND, false);
            }
        }
        stepMarkers.clear();
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            for (Mark k : marks) {
                Color color = k.colour() != null ? k.colour() : k.diverged() ? Palette.VERMILLION : Palette.GREEN;
                ValueMarker m = new ValueMarker(k.step(), color, k.diverged() ? Palette.line(2f) : Palette.dashed(1.6f));
                if (k.label() != null) {
                    m.setLabel(k.label());
                    m.setLabelPaint(color.darker());
                    m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
                    // where the lines leave room (placeLabels); several marks stack
                }
                c.getXYPlot().addDomainMarker(0, m, Layer.FOREGROUND, false);
                stepMarkers.add(m);
                if (k.diverged()) {
                    IntervalMarker band = new IntervalMarker(k.step() - 0.5, k.step() + 0.5,
                            new Color(color.getRed(), color.getGreen(), color.getBlue(), 40));
                    c.getXYPlot().addDomainMarker(0, band, Layer.BACKGROUND, false);
                    stepMarkers.add(band);
                }
            }
        }
        placeLabels();
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            c.setNotify(true);
        }
    }

    /**
     * Puts each step mark's label where the charts' lines are not ({@link MarkLabels}); called
     * when the marks change and with every new trajectory, as the lines move.
     */
    void placeLabels() {
        java.util.Set<Marker> ours = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        ours.addAll(stepMarkers);
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            java.util.Collection<?> fg = c.getXYPlot().getDomainMarkers(0, Layer.FOREGROUND);
            List<Marker> here = new ArrayList<>();
            for (Object o : fg == null ? List.of() : fg) {
                if (o instanceof Marker m && ours.contains(m)) {
                    here.add(m);
                }
            }
            MarkLabels.place(c.getXYPlot(), here);
        }
    }
}
