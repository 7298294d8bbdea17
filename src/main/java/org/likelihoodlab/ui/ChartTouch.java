package org.likelihoodlab.ui;

import java.util.function.Function;
import org.likelihoodlab.charts.ChartSlot;
import org.likelihoodlab.charts.PlotGeometry;
import org.likelihoodlab.charts.Readouts;
import org.likelihoodlab.charts.RunView;
import org.likelihoodlab.charts.Zoom;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.StartPreview;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.EllipseAxes;
import org.likelihoodlab.math.Surfaces;

/**
 * What touching a live chart does to the run: zooms go to the painter, the readout is computed
 * from the shown run's view, and the handles set the settings. On the 1-D surface the start point
 * is a handle (dragging it draws the path the new start would take; letting go, or a click
 * anywhere, restarts from there) and Shift+click sets the true (μ, σ) and samples again. In 2-D the
 * current ellipse's centre and the ends of its axes set the start (μ₀, Σ₀), the true ellipse's
 * centre and axis ends the true distribution; a click on either plot sets the start's mean.
 */
final class ChartTouch implements ChartGestures.Host {

    /** A handle is grabbed within this many pixels. */
    static final double GRAB = 12;
    /** The true ellipse is drawn at 2 standard deviations, the current one at 1. */
    private static final double TRUE_K = 2;

    enum Kind { START, MEAN, AXIS, TRUE_MEAN, TRUE_AXIS }

    private final LabModel model;
    private final ChartPainter painter;
    private final Function<ChartSlot, ChartCell> cells;
    private Kind grabbed;
    private int axis;

    ChartTouch(LabModel model, ChartPainter painter, Function<ChartSlot, ChartCell> cells) {
        this.model = model;
        this.painter = painter;
        this.cells = cells;
    }

    private RunView view() {
        Snapshot s = model.snapshot();
        return s == null ? null : s.view();
    }

    private Surfaces.Scale scale() {
        return painter.surfaceOptions().scale();
    }

    @Override
    public void zoom(ChartSlot slot, Zoom zoom) {
        painter.setZoom(slot, zoom);
        cells.apply(slot).setZoomed(zoom != null);
    }

    @Override
    public String readout(ChartSlot slot, double x, double y) {
        return Readouts.at(slot, view(), scale(), x, y);
    }

    /** A point of a chart that a drag moves. */
    record Handle(Kind kind, int axis, double x, double y) {
    }

    /** @return the handles of a chart (data coordinates), empty if it has none */
    java.util.List<Handle> handles(ChartSlot slot) {
        RunView v = view();
        java.util.List<Handle> out = new java.util.ArrayList<>();
        if (v == null || slot != ChartSlot.SURFACE) {
            return out;
        }
        if (v.dim() == 1) {
            double[] init = model.toScenario().init();
            out.add(new Handle(Kind.START, 0, init[0], scale().of(init[1])));
            return out;
        }
        add(out, v.reported(), 1, Kind.MEAN, Kind.AXIS);
        TrueGaussian t = v.truth();
        if (t != null) {
            add(out, t.reported(), TRUE_K, Kind.TRUE_MEAN, Kind.TRUE_AXIS);
        }
        return out;
    }

    private static void add(java.util.List<Handle> out, double[] c, double k, Kind centre, Kind end) {
        out.add(new Handle(centre, 0, c[0], c[1]));
        double[][] ends = EllipseAxes.ends(c[0], c[1], c[2], c[3], c[4], k);
        if (ends != null) {
            out.add(new Handle(end, 0, ends[0][0], ends[0][1]));
            out.add(new Handle(end, 1, ends[1][0], ends[1][1]));
        }
    }

    @Override
    public boolean grab(ChartSlot slot, double px, double py) {
        grabbed = null;
        PlotGeometry g = cells.apply(slot).geometry();
        double bestD = GRAB;
        for (Handle h : handles(slot)) {
            double d = Math.hypot(g.xPixel(h.x()) - px, g.yPixel(h.y()) - py);
            if (d <= bestD) {
                bestD = d;
                grabbed = h.kind();
                axis = h.axis();
            }
        }
        return grabbed != null;
    }

    @Override
    public void dragHandle(ChartSlot slot, double x, double y, boolean done) {
        RunView v = view();
        if (grabbed == null || v == null) {
            return;
        }
        ChartCell cell = cells.apply(slot);
        if (grabbed == Kind.START) {
            double sigma = scale().sigma(y);
            if (!(sigma > 0)) {
                return;
            }
            if (done) {
                cell.preview(null, null);
                setStart(new double[] {x, sigma});
            } else {
                previewStart(x, sigma);
            }
            return;
        }
        boolean truth = grabbed == Kind.TRUE_MEAN || grabbed == Kind.TRUE_AXIS;
        double[] r = truth ? v.truth().reported() : v.reported();
        double k = truth ? TRUE_K : 1;
        double[] next = r.clone();
        if (grabbed == Kind.MEAN || grabbed == Kind.TRUE_MEAN) {
            next[0] = x;
            next[1] = y;
        } else {
            double[] s = EllipseAxes.withEnd(r[0], r[1], r[2], r[3], r[4], k, axis, x, y);
            if (s == null) {
                return;
            }
            next[2] = s[0];
            next[3] = s[1];
            next[4] = s[2];
        }
        if (done) {
            cell.preview(null, null);
            if (truth) {
                setTruth(TrueGaussian.of2(next[0], next[1], Math.sqrt(next[2]), Math.sqrt(next[4]),
                        next[3] / Math.sqrt(next[2] * next[4])));
            } else {
                setStart(next);
            }
        } else {
            java.awt.geom.PathIterator it = org.likelihoodlab.charts.Ellipses.path(next[0], next[1], next[2], next[3],
                    next[4], k, 90).getPathIterator(null);
            java.util.List<double[]> pts = new java.util.ArrayList<>();
            double[] c = new double[6];
            while (!it.isDone()) {
                if (it.currentSegment(c) != java.awt.geom.PathIterator.SEG_CLOSE) {
                    pts.add(new double[] {c[0], c[1]});
                }
                it.next();
            }
            double[] xs = new double[pts.size()];
            double[] ys = new double[pts.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = pts.get(i)[0];
                ys[i] = pts.get(i)[1];
            }
            cell.preview(xs, ys);
        }
    }

    /**
     * Draws over the 1-D surface the path a run started at (mu, sigma) would take: as many steps
     * as the run has made, at least {@value StartPreview#MIN_STEPS}, at most {@value StartPreview#MAX_STEPS}.
     *
     * @return the number of points drawn
     */
    int previewStart(double mu, double sigma) {
        RunView v = view();
        if (v == null || v.dim() != 1) {
            return 0;
        }
        double[][] p = StartPreview.path(model.toScenario(), v.data(), new double[] {mu, sigma},
                StartPreview.steps(v.step()));
        double[] ys = new double[p[1].length];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = scale().of(p[1][i]);
        }
        cells.apply(ChartSlot.SURFACE).preview(p[0], ys);
        return ys.length;
    }

    @Override
    public void click(ChartSlot slot, double x, double y, boolean shift) {
        RunView v = view();
        if (v == null || (slot != ChartSlot.SURFACE && slot != ChartSlot.MEAN_SURFACE)) {
            return;
        }
        if (v.dim() == 1) {
            double sigma = scale().sigma(y);
            if (!(sigma > 0)) {
                model.say("\u03c3 must be positive: the click was below \u03c3 = 0", true);
                return;
            }
            if (shift) {
                setTruth(TrueGaussian.of1(x, sigma));
            } else {
                setStart(new double[] {x, sigma});
            }
            return;
        }
        double[] init = model.toScenario().init();
        if (shift && v.truth() != null) {
            double[] t = v.truth().reported();
            setTruth(TrueGaussian.of2(x, y, Math.sqrt(t[2]), Math.sqrt(t[4]), t[3] / Math.sqrt(t[2] * t[4])));
        } else if (!shift) {
            init[0] = x;
            init[1] = y;
            setStart(init);
        }
    }

    /** Restarts from a new start (an undoable edit, like typing it into the Start fields). */
    void setStart(double[] init) {
        Scenario s = model.toScenario();
        try {
            model.set(s.toBuilder().init(init).build(), true);
            model.say(String.format(java.util.Locale.ROOT, "start set to %s from the chart", describe(init)), false);
        } catch (IllegalArgumentException e) {
            model.say(e.getMessage(), true);
        }
    }

    /**
     * Samples again from a new true distribution with the data's size and seed (data read from a
     * file are replaced by a sample, as moving a true-distribution slider does).
     */
    void setTruth(TrueGaussian t) {
        Scenario s = model.toScenario();
        int n = s.data() instanceof DataSource.Sampled d ? d.n() : model.n.get();
        long seed = s.data() instanceof DataSource.Sampled d ? d.seed() : model.seed.get();
        try {
            model.set(s.toBuilder().data(new DataSource.Sampled(t, n, seed)).build(), true);
        } catch (IllegalArgumentException e) {
            model.say(e.getMessage(), true);
        }
    }

    private static String describe(double[] init) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < init.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.4g", init[i]));
        }
        return b.append(')').toString();
    }
}
