package org.likelihoodlab.ui;

import org.likelihoodlab.charts.ChartSlot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.jfree.chart.JFreeChart;
import org.likelihoodlab.charts.EllipseFigure;
import org.likelihoodlab.charts.RunFigures;
import org.likelihoodlab.charts.RunView;
import org.likelihoodlab.charts.SurfaceFigure;
import org.likelihoodlab.math.Surfaces;

/**
 * Draws the live charts off the FX thread. The FX thread hands it the latest snapshot, the chart
 * sizes and which charts are visible; this thread applies them to its figures (which it alone
 * touches), draws each visible chart with Java2D into an image and publishes the finished images.
 * The FX thread only copies finished pixels, so frames stay smooth however long a chart takes.
 *
 * <p>Slots: 0-3 the trajectory charts (mean, scale, log-likelihood, density); 4 the surface (1-D)
 * or the ellipse view (2-D); 5 the mean surface (2-D).
 *
 * <p>Measured under Xvfb (software pipeline, 2 cores): drawing four charts through jfreechart-fx's
 * canvas cost 50-500 ms a frame on the FX thread (2-10 fps), because each segment and glyph
 * becomes a separate shape for Prism's rasterizer.
 */
final class ChartPainter {

    static final int SLOTS = ChartSlot.values().length;

    /**
     * Finished images, for one snapshot; null pixels = slot not drawn. Images are drawn at the
     * screen's output scale: {@code widths}/{@code heights} are the images' pixels, the slots'
     * sizes in the layout are those divided by {@code scale}; {@code geometry} says where each
     * chart put its data (in layout pixels), for the pointer.
     */
    record Frame(long version, int[][] pixels, int[] widths, int[] heights, double scale,
            org.likelihoodlab.charts.PlotGeometry[] geometry) {
    }

    /** Settings of the surface view, set from the FX thread. */
    record SurfaceOptions(Surfaces.Scale scale, boolean logAxis, boolean locked, boolean natural, boolean confidence) {
        static final SurfaceOptions DEFAULT = new SurfaceOptions(Surfaces.Scale.SIGMA, false, false, true, false);
    }

    private final AtomicReference<Snapshot> pending = new AtomicReference<>();
    /** The visible runs of a race (empty: one run). */
    private volatile java.util.List<org.likelihoodlab.charts.RunLine> latestRace = java.util.List.of();
    private final AtomicReference<Frame> done = new AtomicReference<>();
    private final Thread thread;
    private volatile int[] widths = new int[SLOTS];
    private volatile int[] heights = new int[SLOTS];
    private volatile boolean[] visible = {true, true, true, true, false, false};
    private volatile org.likelihoodlab.charts.ChartStyle style = org.likelihoodlab.charts.ChartStyle.DEFAULT;
    private volatile SurfaceOptions options = SurfaceOptions.DEFAULT;
    private volatile boolean stopped;
    /** The user's zoom of each slot ({@code null}: automatic ranges). */
    private final org.likelihoodlab.charts.Zoom[] zooms = new org.likelihoodlab.charts.Zoom[SLOTS];
    /** Device pixels per layout pixel (2 on a HiDPI screen at 200 %). */
    private volatile double outputScale = 1;
    private volatile boolean changed;
    private volatile RunFigures publishedFigures;
    private volatile SurfaceFigure publishedSurface;
    private volatile EllipseFigure publishedEllipse;

    // ---- painter thread only ---- //
    private RunFigures figures;
    // made when their tab is first shown
    private SurfaceFigure surface;
    private EllipseFigure ellipse;

    private long shownRun = -1;
    private Snapshot last;
    private final BufferedImage[] buffers = new BufferedImage[SLOTS];
    private volatile long frames;

    ChartPainter() {
        thread = new Thread(this::loop, "chart-painter");
        thread.setDaemon(true);
        thread.start();
    }

    /** Offers the latest snapshot (FX thread; never blocks). */
    void offer(Snapshot s) {
        pending.set(s);
        LockSupport.unpark(thread);
    }

    /**
     * Offers the visible runs of the race, the selected one among them (empty or one: no race).
     * Drawn with the next snapshot offered.
     */
    void offerRace(java.util.List<org.likelihoodlab.charts.RunLine> race) {
        latestRace = java.util.List.copyOf(race);
    }

    /** Sets the pixel sizes of the slots and which are on screen. */
    void setLayout(int[] w, int[] h, boolean[] shown) {
        if (java.util.Arrays.equals(w, widths) && java.util.Arrays.equals(h, heights) && java.util.Arrays.equals(shown, visible)) {
            return;   // a layout pass that moved nothing: the images on screen are still right
        }
        widths = w.clone();
        heights = h.clone();
        visible = shown.clone();
        redraw();
    }

    /** Fonts, line weights and theme of every chart (presentation mode, dark theme). */
    void setStyle(org.likelihoodlab.charts.ChartStyle s) {
        style = s;
        redraw();
    }

    /** Zooms a chart to these ranges, or gives it its automatic ranges back ({@code null}). */
    void setZoom(ChartSlot slot, org.likelihoodlab.charts.Zoom z) {
        synchronized (zooms) {
            zooms[slot.ordinal()] = z;
        }
        redraw();
    }

    org.likelihoodlab.charts.Zoom zoom(ChartSlot slot) {
        synchronized (zooms) {
            return zooms[slot.ordinal()];
        }
    }

    /** Draws the images at this many device pixels per layout pixel. */
    void setOutputScale(double s) {
        if (s > 0 && s != outputScale && Double.isFinite(s)) {
            outputScale = Math.min(s, 4);
            redraw();
        }
    }

    org.likelihoodlab.charts.ChartStyle style() {
        return style;
    }

    void setSurfaceOptions(SurfaceOptions o) {
        options = o;
        redraw();
    }

    SurfaceOptions surfaceOptions() {
        return options;
    }

    private void redraw() {
        changed = true;
        LockSupport.unpark(thread);
    }

    /** @return the newest finished images, or {@code null} */
    Frame take() {
        return done.getAndSet(null);
    }

    /** @return the trajectory figures as last drawn (for tests; do not modify) */
    RunFigures figures() {
        return publishedFigures;
    }

    SurfaceFigure surfaceFigure() {
        return publishedSurface;
    }

    EllipseFigure ellipseFigure() {
        return publishedEllipse;
    }

    /** @return how many chart sets were drawn */
    long frames() {
        return frames;
    }

    void shutdown() {
        stopped = true;
        LockSupport.unpark(thread);
    }

    private void loop() {
        while (!stopped) {
            Snapshot s = pending.getAndSet(null);
            boolean again = changed;
            changed = false;
            if (s == null && !(again && last != null)) {
                LockSupport.parkNanos(50_000_000L);
                continue;
            }
            try {
                if (s != null) {
                    last = s;
                }
                apply(last);
                draw(last);
            } catch (RuntimeException e) {
                System.getLogger(ChartPainter.class.getName()).log(System.Logger.Level.ERROR, "chart drawing", e);
            }
        }
    }

    private void apply(Snapshot s) {
        if (figures == null || figures.dim() != s.dim()) {
            figures = new RunFigures(s.dim());
            shownRun = -1;
        }
        if (s.runId() != shownRun) {
            figures.showData(s.data(), LabModel.truthOf(s.scenario()), s.mle());
            shownRun = s.runId();
        }
        figures.showTrajectory(s.xs(), s.ys(), s.reported());
        figures.showStochastic(s.view());
        figures.showDistance(s.rows(), s.mle(), localRate(s));
        java.util.List<org.likelihoodlab.charts.RunLine> race = new java.util.ArrayList<>();
        for (org.likelihoodlab.charts.RunLine l : latestRace) {
            if (l.view().dim() == s.dim()) {
                race.add(l);
            }
        }
        if (race.size() < 2) {
            race.clear();
        }
        figures.showRace(race);
        figures.markChanges(org.likelihoodlab.experiment.LiveSettings.of(s.plan().scenario()), s.changes());
        if (!race.isEmpty()) {
            figures.markSteps(org.likelihoodlab.charts.Figures.marks(race));
        } else if (s.state() == RunState.DIVERGED) {
            figures.markStep(s.divergedAt(), "diverged at " + s.divergedAt(), true);
        } else if (s.convergedAt() >= 0) {
            figures.markStep(s.convergedAt(), "converged at " + s.convergedAt(), false);
        } else {
            figures.markStep(-1, null, false);
        }
        publishedFigures = figures;
        boolean[] v = visible;
        if (v[4] || v[5]) {
            RunView view = s.view();
            if (s.dim() == 1) {
                if (surface == null) {
                    surface = new SurfaceFigure();
                }
                SurfaceOptions o = options;
                surface.setScale(o.scale());
                surface.setLogAxis(o.logAxis());
                surface.setLocked(o.locked());
                surface.setShowNatural(o.natural());
                surface.setConfidence(o.confidence());
                surface.setZoom(zoom(ChartSlot.SURFACE));
                surface.show(view, race);
                publishedSurface = surface;
            } else {
                if (ellipse == null) {
                    ellipse = new EllipseFigure();
                }
                ellipse.show(view, race);
                publishedEllipse = ellipse;
            }
        }
    }

    private Snapshot rateOf;
    private double rate = Double.NaN;

    /** The theory's rate for the run in force (computed again only when its settings change). */
    private double localRate(Snapshot s) {
        if (rateOf == null || rateOf.scenario() != s.scenario() || rateOf.data() != s.data()) {
            rateOf = s;
            rate = org.likelihoodlab.experiment.LocalRate.atMle(s.scenario(), s.data());
        }
        return rate;
    }

    private JFreeChart chart(ChartSlot slot, Snapshot s) {
        switch (slot) {
            case SURFACE:
                if (s.dim() == 1) {
                    return surface == null ? null : surface.chart();
                }
                return ellipse == null ? null : ellipse.ellipseChart();
            case MEAN_SURFACE:
                return s.dim() == 1 || ellipse == null ? null : ellipse.meanSurfaceChart();
            default:
                return figures.charts()[slot.ordinal()];
        }
    }

    private void draw(Snapshot s) {
        org.likelihoodlab.charts.ChartStyle st = style;
        int[] w = widths;
        int[] h = heights;
        boolean[] v = visible;
        double scale = outputScale;
        int[][] pixels = new int[SLOTS][];
        int[] pw = new int[SLOTS];
        int[] ph = new int[SLOTS];
        org.likelihoodlab.charts.PlotGeometry[] geometry = new org.likelihoodlab.charts.PlotGeometry[SLOTS];
        for (int i = 0; i < SLOTS; i++) {
            ChartSlot slot = ChartSlot.values()[i];
            JFreeChart c = v[i] ? chart(slot, s) : null;
            if (c == null || w[i] < 10 || h[i] < 10) {
                continue;
            }
            st.apply(c);
            pw[i] = (int) Math.ceil(w[i] * scale);
            ph[i] = (int) Math.ceil(h[i] * scale);
            if (buffers[i] == null || buffers[i].getWidth() != pw[i] || buffers[i].getHeight() != ph[i]) {
                buffers[i] = new BufferedImage(pw[i], ph[i], BufferedImage.TYPE_INT_ARGB_PRE);
            }
            Graphics2D g = buffers[i].createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                // a long noisy trajectory goes straight into the pixels (a fifth of the cost)
                org.likelihoodlab.charts.DenseLines.enable(g, buffers[i]);
                g.scale(pw[i] / (double) w[i], ph[i] / (double) h[i]);
                // the 1-D surface computes its grid for the zoom itself; the others are zoomed while drawn
                org.likelihoodlab.charts.Zoom z = slot == ChartSlot.SURFACE && s.dim() == 1 ? null : zoom(slot);
                int wi = w[i];
                int hi = h[i];
                geometry[i] = org.likelihoodlab.charts.Zoom.during(c, z, () -> {
                    org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
                    c.draw(g, new Rectangle2D.Double(0, 0, wi, hi), info);
                    return org.likelihoodlab.charts.PlotGeometry.of(c, info);
                });
            } finally {
                g.dispose();
            }
            pixels[i] = ((java.awt.image.DataBufferInt) buffers[i].getRaster().getDataBuffer()).getData().clone();
        }
        frames++;
        done.set(new Frame(s.version(), pixels, pw, ph, scale, geometry));
    }
}
