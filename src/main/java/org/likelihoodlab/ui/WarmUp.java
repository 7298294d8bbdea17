package org.likelihoodlab.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.likelihoodlab.charts.ChartStyle;
import org.likelihoodlab.charts.DenseLines;
import org.likelihoodlab.charts.RunFigures;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Scenario;

/**
 * Work the window will need in its first second, done on a spare core while the JavaFX toolkit
 * starts: the presets are read (the JSON reader and the jar's file system get going), and a set
 * of trajectory charts is drawn once into a small image (JFreeChart, Java2D, its fonts and
 * rasterizer). Nothing it makes is kept; only classes get loaded and initialized, so the FX
 * thread and the chart painter find them ready. Failures are ignored: this only saves time.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /** Starts the warm-up on a daemon thread; returns at once. */
    static void start() {
        Thread t = new Thread(WarmUp::runNow, "warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Does the warm-up on this thread (the class-data-sharing training run calls it). */
    public static void runNow() {
        try {
            Scenario first = null;
            for (String name : Presets.names()) {
                Scenario s = Presets.load(name);
                if (name.equals(LabWindow.DEFAULT_PRESET)) {
                    first = s;
                }
            }
            if (first == null) {
                return;
            }
            Dataset data = org.likelihoodlab.io.Datasets.load(first.data(), first.dim());
            org.likelihoodlab.experiment.Run run = new org.likelihoodlab.experiment.Run(first, data);
            org.likelihoodlab.experiment.TrajectoryRecorder rec = new org.likelihoodlab.experiment.TrajectoryRecorder(
                    run, RunWorker.VIEW_BUCKETS);
            rec.record();
            run.runTo(20, rec);
            double[][][] v = rec.views();
            RunFigures f = new RunFigures(first.dim());
            f.showData(data, null, data.mle());
            f.showTrajectory(v[0], v[1], run.reported());
            BufferedImage img = new BufferedImage(160, 120, BufferedImage.TYPE_INT_ARGB_PRE);
            for (JFreeChart c : f.charts()) {
                ChartStyle.DEFAULT.apply(c);
                Graphics2D g = img.createGraphics();
                try {
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    DenseLines.enable(g, img);
                    c.draw(g, new Rectangle2D.Double(0, 0, 160, 120));
                } finally {
                    g.dispose();
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // only a head start: the window does the same work itself when it needs it
        }
    }
}
