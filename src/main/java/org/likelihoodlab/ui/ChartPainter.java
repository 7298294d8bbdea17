package org.likelihoodlab.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.jfree.chart.JFreeChart;
import org.likelihoodlab.charts.RunFigures;

/**
 * Draws the four live charts off the FX thread. The FX thread hands it the latest snapshot and
 * the chart sizes; this thread applies them to its {@link RunFigures} (which it alone touches) and
 * draws each chart with Java2D into an image, then publishes the finished images. The FX thread
 * only copies finished pixels, so frames stay smooth however long a chart takes to draw.
 *
 * <p>Measured under Xvfb (software pipeline, 2 cores): drawing the four charts through
 * jfreechart-fx's canvas cost 50-500 ms a frame on the FX thread (2-10 fps), because each segment
 * and glyph becomes a separate shape for Prism's rasterizer.
 */
final class ChartPainter {

    /** Finished images of the four charts, for one snapshot. */
    record Frame(long version, int[][] pixels, int[] widths, int[] heights) {
    }

    private final AtomicReference<Snapshot> pending = new AtomicReference<>();
    private final AtomicReference<Frame> done = new AtomicReference<>();
    private final Thread thread;
    private volatile int[] widths = new int[4];
    private volatile int[] heights = new int[4];
    private volatile double fontScale = 1;
    private volatile boolean stopped;
    private volatile boolean resized;
    private volatile RunFigures published;

    // ---- painter thread only ---- //
    private RunFigures figures;
    private double appliedFontScale = 1;
    private long shownRun = -1;
    private long markedStep = -2;
    private Snapshot last;
    private final BufferedImage[] buffers = new BufferedImage[4];
    private long frames;

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

    /** Sets the pixel sizes of the four charts. */
    void setSizes(int[] w, int[] h) {
        widths = w.clone();
        heights = h.clone();
        resized = true;
        LockSupport.unpark(thread);
    }

    void setFontScale(double scale) {
        fontScale = scale;
        resized = true;
        LockSupport.unpark(thread);
    }

    /** @return the newest finished images, or {@code null} */
    Frame take() {
        return done.getAndSet(null);
    }

    /** @return the figures as last drawn (for tests; do not modify) */
    RunFigures figures() {
        return published;
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
            boolean redraw = resized;
            resized = false;
            if (s == null && !(redraw && last != null)) {
                LockSupport.parkNanos(50_000_000L);
                continue;
            }
            try {
                if (s != null) {
                    apply(s);
                    last = s;
                }
                draw(last);
            } catch (RuntimeException e) {
                System.getLogger(ChartPainter.class.getName()).log(System.Logger.Level.ERROR, "chart drawing", e);
            }
        }
    }

    private void apply(Snapshot s) {
        if (figures == null || figures.dim() != s.dim()) {
            figures = new RunFigures(s.dim());
            appliedFontScale = -1;
            shownRun = -1;
        }
        if (appliedFontScale != fontScale) {
            figures.setFontScale(fontScale);
            appliedFontScale = fontScale;
        }
        if (s.runId() != shownRun) {
            figures.showData(s.data(), LabModel.truthOf(s.scenario()), s.mle());
            shownRun = s.runId();
            markedStep = -2;
        }
        figures.showTrajectory(s.xs(), s.ys(), s.reported());
        long mark = s.state() == RunState.DIVERGED ? -3 - s.divergedAt() : s.convergedAt();
        if (mark != markedStep) {
            if (s.state() == RunState.DIVERGED) {
                figures.markStep(s.divergedAt(), "diverged at " + s.divergedAt(), true);
            } else if (s.convergedAt() >= 0) {
                figures.markStep(s.convergedAt(), "converged at " + s.convergedAt(), false);
            } else {
                figures.markStep(-1, null, false);
            }
            markedStep = mark;
        }
        published = figures;
    }

    private void draw(Snapshot s) {
        if (figures == null) {
            return;
        }
        if (appliedFontScale != fontScale) {
            figures.setFontScale(fontScale);
            appliedFontScale = fontScale;
        }
        int[] w = widths;
        int[] h = heights;
        int[][] pixels = new int[4][];
        JFreeChart[] charts = figures.charts();
        for (int i = 0; i < 4; i++) {
            if (w[i] < 10 || h[i] < 10) {
                continue;
            }
            if (buffers[i] == null || buffers[i].getWidth() != w[i] || buffers[i].getHeight() != h[i]) {
                buffers[i] = new BufferedImage(w[i], h[i], BufferedImage.TYPE_INT_ARGB_PRE);
            }
            Graphics2D g = buffers[i].createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                charts[i].draw(g, new Rectangle2D.Double(0, 0, w[i], h[i]));
            } finally {
                g.dispose();
            }
            pixels[i] = ((java.awt.image.DataBufferInt) buffers[i].getRaster().getDataBuffer()).getData().clone();
        }
        frames++;
        done.set(new Frame(s.version(), pixels, w, h));
    }
}
