package org.likelihoodlab.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A single chart of the window as a figure of its own (the export of one chart): built as the
 * window draws it, with the race's runs on it and the user's zoom.
 */
final class WindowChartFigure {

    private WindowChartFigure() {
    }

    /** One chart of the window with the race's runs on it (empty: no race). */
    static Figures chart(RunView v, List<RunLine> race, ChartSlot slot) {
        if (race.size() > 1) {
            Figures.Updating u = new Figures.Updating(v.dim(), slot.isTrajectory() ? Figures.Kind.TRAJECTORIES
                    : v.dim() == 1 ? Figures.Kind.SURFACE : Figures.Kind.ELLIPSE);
            u.show(v, race);
            JFreeChart c = !slot.isTrajectory() ? slot == ChartSlot.MEAN_SURFACE ? u.ellipseFigure().meanSurfaceChart()
                    : v.dim() == 1 ? u.surfaceFigure().chart() : u.ellipseFigure().ellipseChart()
                    : u.runFigures().charts()[slot.ordinal()];
            return Figures.single(c);
        }
        if (!slot.isTrajectory()) {
            if (v.dim() == 1) {
                SurfaceFigure s = new SurfaceFigure();
                s.show(v);
                return Figures.single(s.chart());
            }
            EllipseFigure e = new EllipseFigure();
            e.show(v);
            return Figures.single(slot == ChartSlot.SURFACE ? e.ellipseChart() : e.meanSurfaceChart());
        }
        RunFigures rf = new RunFigures(v.dim());
        rf.showData(v.data(), v.truth(), v.mle());
        rf.showTrajectory(v.xs(), v.ys(), v.reported());
        rf.showStochastic(v);
        rf.showDistance(v.rows(), v.mle(), org.likelihoodlab.experiment.LocalRate.atMle(v.scenario(), v.data()));
        if (v.divergedAt() > 0) {
            rf.markStep(v.divergedAt(), "diverged at " + v.divergedAt(), true);
        }
        return Figures.single(rf.charts()[slot.ordinal()]);
    }

    /**
     * One chart as the window shows it with a user's zoom ({@code null}: automatic ranges): the
     * surface computed again for the zoomed ranges, the others with their axes set to them.
     */
    static Figures chart(RunView v, List<RunLine> race, ChartSlot slot, Zoom zoom) {
        if (zoom != null && slot == ChartSlot.SURFACE && v.dim() == 1) {
            SurfaceFigure s = new SurfaceFigure();
            s.setZoom(zoom);
            s.show(v, race.size() > 1 ? race : List.of());
            return Figures.single(s.chart());
        }
        Figures f = chart(v, race, slot);
        if (zoom != null) {
            zoom.applyTo(f.firstChart());
        }
        return f;
    }
}
