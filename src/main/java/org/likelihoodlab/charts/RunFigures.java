package org.likelihoodlab.charts;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.likelihoodlab.experiment.Columns;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.TrueGaussian;

/**
 * The four figures of a run, built as JFreeChart objects (Java2D only, so the same figure shows
 * in the window and renders headless): the mean against step, the scale against step, the
 * average log-likelihood against step, and the data's histogram with the true and the fitted
 * density. The MLE and the true value are dashed reference lines; a divergence is marked at its
 * step. Every update method changes the figure with one redraw.
 *
 * <p>The pieces live in their own classes: {@link DensityChart} (histogram and densities),
 * {@link DistanceToMle} (the right log axis of the log-likelihood), {@link TrajectoryMarks}
 * (divergence, convergence and live-change marks), {@link ReferenceLines} (MLE and truth) and
 * {@link StepChart} (how a chart against step is built).
 */
public final class RunFigures {

    /**
     * @return plain decimals for one value axis (never "1.0005E0"; JFreeChart picks the tick
     *     size), in Locale.ROOT like every axis: a new instance each, as formats are not thread-safe
     */
    static java.text.NumberFormat axisFormat() {
        return TickFormat.instance();
    }

    /**
     * Labels an axis that JFreeChart formats itself in Locale.ROOT, as the value axes are: its
     * default tick units use the default locale (a German step axis read "1.000 1.100").
     */
    static NumberAxis rootTicks(NumberAxis axis, boolean integers) {
        axis.setStandardTickUnits(integers ? NumberAxis.createIntegerTickUnits(java.util.Locale.ROOT)
                : NumberAxis.createStandardTickUnits(java.util.Locale.ROOT));
        return axis;
    }

    private final int dim;
    private final JFreeChart mean;
    private final JFreeChart scale;
    private final JFreeChart logLik;
    private final DensityChart density;
    private final ArrayXYDataset meanData;
    private final ArrayXYDataset scaleData;
    private final ArrayXYDataset rhoData;
    private final ArrayXYDataset logLikData;
    private final DistanceToMle distance;
    private final TrajectoryMarks marks;
    private final RaceSeries meanRace;
    private final RaceSeries scaleRace;
    private final RaceSeries logLikRace;
    private boolean racing;
    private final ReferenceLines references;
    private StochasticOverlay stochastic;

    /** @param dim 1 or 2 */
    public RunFigures(int dim) {
        this.dim = dim;
        meanData = dim == 1 ? new ArrayXYDataset("\u03bc") : new ArrayXYDataset("\u03bc\u2081", "\u03bc\u2082");
        scaleData = dim == 1 ? new ArrayXYDataset("\u03c3") : new ArrayXYDataset("\u03a3\u2081\u2081", "\u03a3\u2082\u2082");
        rhoData = new ArrayXYDataset("\u03c1 (right axis)");
        logLikData = new ArrayXYDataset("\u2113");
        mean = StepChart.create(dim == 1 ? "Mean \u03bc" : "Mean \u03bc\u2081, \u03bc\u2082", dim == 1 ? "\u03bc" : "\u03bc",
                meanData, Palette.BLUE, Palette.ORANGE);
        scale = StepChart.create(dim == 1 ? "Standard deviation \u03c3" : "Covariance \u03a3\u2081\u2081, \u03a3\u2082\u2082 and correlation \u03c1",
                dim == 1 ? "\u03c3" : "variance", scaleData, Palette.GREEN, Palette.PURPLE);
        if (dim == 2) {
            XYPlot plot = scale.getXYPlot();
            NumberAxis rhoAxis = rootTicks(new NumberAxis("\u03c1"), false);
            rhoAxis.setRange(-1.05, 1.05);
            plot.setRangeAxis(1, rhoAxis);
            plot.setDataset(1, rhoData);
            plot.mapDatasetToRangeAxis(1, 1);
            XYLineAndShapeRenderer r = new DenseLines.Renderer();
            r.setDefaultCreateEntities(false);
            r.setSeriesPaint(0, Palette.VERMILLION);
            r.setSeriesStroke(0, Palette.line(1.5f));
            plot.setRenderer(1, r);
        }
        logLik = StepChart.create("Average log-likelihood \u2113(\u03b8)", "\u2113 (nats per point)", logLikData, Palette.SKY);
        density = new DensityChart(dim);
        meanRace = dim == 1 ? new RaceSeries(mean.getXYPlot(), 1, new int[] {Columns.MU}, "")
                : new RaceSeries(mean.getXYPlot(), 1, new int[] {Columns.MU1, Columns.MU2}, "", " (\u03bc\u2082)");
        scaleRace = dim == 1 ? new RaceSeries(scale.getXYPlot(), 2, new int[] {Columns.SIGMA}, "")
                : new RaceSeries(scale.getXYPlot(), 2, new int[] {Columns.S11, Columns.S22}, "", " (\u03a3\u2082\u2082)");
        logLikRace = new RaceSeries(logLik.getXYPlot(), 1, new int[] {dim == 1 ? Columns.LOGLIK_1D : Columns.LOGLIK_2D}, "");
        distance = new DistanceToMle(logLik.getXYPlot());
        marks = new TrajectoryMarks(mean, scale, logLik);
        references = new ReferenceLines(dim, mean, scale);
    }

    /**
     * Shows the distance (max norm, reported coordinates) of each recorded state to the MLE on the
     * log-likelihood chart's right log axis and, where the run has one, the theory's line through
     * it: the distance shrinking by {@code rate} an update (its slope on the log axis).
     *
     * @param rows the recorded rows {steps, reported...}
     * @param mle the MLE in reported parameters
     * @param rate the factor per update at the MLE ({@link org.likelihoodlab.experiment.LocalRate}; NaN: none)
     */
    public void showDistance(double[][] rows, double[] mle, double rate) {
        distance.show(rows, mle, rate);
    }


    /**
     * Shows the runs of a race on the trajectory charts, each in its colour and named in the
     * legend. With fewer than two runs the charts show the one run as usual (its components in
     * their own colours); with two or more, every run (the one of {@link #showTrajectory} among
     * them) is drawn from {@code lines}, so the one run's own lines are hidden.
     *
     * @param lines the visible runs, in race order
     */
    public void showRace(List<RunLine> lines) {
        boolean race = lines.size() > 1;
        List<RunLine> drawn = race ? lines : List.of();
        for (JFreeChart c : charts()) {
            c.setNotify(false);
        }
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            c.getXYPlot().getRenderer(0).setDefaultSeriesVisible(!race, false);
        }
        if (dim == 2) {
            scale.getXYPlot().getRenderer(1).setDefaultSeriesVisible(!race, false);
        }
        logLik.getXYPlot().getRenderer(2).setDefaultSeriesVisible(!race, false);
        meanRace.show(drawn);
        scaleRace.show(drawn);
        logLikRace.show(drawn);
        racing = race;
        for (JFreeChart c : charts()) {
            c.setNotify(true);
        }
    }

    /** @return true while a race of two or more runs is drawn */
    public boolean racing() {
        return racing;
    }

    /** @return how many runs the race lines of the mean chart show (for tests) */
    public int raceRuns() {
        return meanRace.runs();
    }


    /**
     * Shows the stochastic layer of a run (averaged iterate, lr_k, noise ball; math.md 9.2-9.5),
     * made on first use; a plain run clears it.
     */
    public void showStochastic(RunView v) {
        if (stochastic == null) {
            if (v.stochastic() == null) {
                return;
            }
            stochastic = new StochasticOverlay(this);
        }
        stochastic.show(v);
    }

    /** @return the stochastic layer, or {@code null} if no stochastic run was shown yet (for tests) */
    public StochasticOverlay stochastic() {
        return stochastic;
    }

    public JFreeChart meanChart() {
        return mean;
    }

    public JFreeChart scaleChart() {
        return scale;
    }

    public JFreeChart logLikChart() {
        return logLik;
    }

    public JFreeChart densityChart() {
        return density.chart();
    }

    /** @return all four charts: mean, scale, log-likelihood, density */
    public JFreeChart[] charts() {
        return new JFreeChart[] {mean, scale, logLik, density.chart()};
    }

    public int dim() {
        return dim;
    }

    /**
     * Shows a new data set: the histogram, the true density (if known) and the reference lines
     * for the MLE and the truth.
     *
     * @param truth the true distribution ({@code null} permitted: data from a file)
     */
    public void showData(Dataset data, TrueGaussian truth, double[] mle) {
        for (JFreeChart c : charts()) {
            c.setNotify(false);
        }
        references.show(truth, mle);
        density.showData(data, truth);
        for (JFreeChart c : charts()) {
            c.setNotify(true);
        }
    }

    /**
     * Shows the trajectory and the current fit.
     *
     * @param xs per series the steps (1-D: mu, sigma, loglik; 2-D: mu1, mu2, s11, s12, s22, rho, loglik)
     * @param ys per series the values
     * @param reported the current parameters, for the fitted density
     */
    public void showTrajectory(double[][] xs, double[][] ys, double[] reported) {
        for (JFreeChart c : charts()) {
            c.setNotify(false);
        }
        if (dim == 1) {
            meanData.setSeries(0, xs[Columns.MU], ys[Columns.MU]);
            scaleData.setSeries(0, xs[Columns.SIGMA], ys[Columns.SIGMA]);
            logLikData.setSeries(0, xs[Columns.LOGLIK_1D], ys[Columns.LOGLIK_1D]);
        } else {
            meanData.setSeries(0, xs[Columns.MU1], ys[Columns.MU1]);
            meanData.setSeries(1, xs[Columns.MU2], ys[Columns.MU2]);
            scaleData.setSeries(0, xs[Columns.S11], ys[Columns.S11]);
            scaleData.setSeries(1, xs[Columns.S22], ys[Columns.S22]);
            rhoData.setSeries(0, xs[Columns.RHO], ys[Columns.RHO]);
            logLikData.setSeries(0, xs[Columns.LOGLIK_2D], ys[Columns.LOGLIK_2D]);
        }
        density.showFit(reported);
        for (JFreeChart c : new JFreeChart[] {mean, scale, logLik}) {
            StepChart.fitMinimumRange(c);
            // a short run (slow motion, or a run that broke at once) shows each step as a dot
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) c.getXYPlot().getRenderer();
            r.setDefaultShapesVisible(xs[Columns.MU].length <= 60);
        }
        meanData.changed();
        scaleData.changed();
        rhoData.changed();
        logLikData.changed();
        density.changed();
        // the labels move away from where the lines now are
        marks.placeLabels();
        references.placeLabels();
        for (JFreeChart c : charts()) {
            c.setNotify(true);
        }
    }

    /**
     * A mark on the trajectory charts: a divergence (a line with a band) or a convergence.
     *
     * @param step the step
     * @param label the text beside the line ({@code null}: none)
     * @param diverged true for a divergence
     * @param colour the line's colour ({@code null}: vermillion for a divergence, green otherwise)
     */
    public record Mark(long step, String label, boolean diverged, Color colour) {
    }

    /**
     * Marks a step on the three trajectory charts: the divergence (a line labelled with the
     * reason) or the convergence.
     *
     * @param step the step, or a negative number to remove the marks
     * @param label the label ({@code null} permitted)
     * @param diverged true for a divergence (vermillion), false for convergence (green)
     */
    public void markStep(long step, String label, boolean diverged) {
        markSteps(step < 0 ? List.of() : List.of(new Mark(step, label, diverged, null)));
    }

    /**
     * Leaves a small tick at the step of each live change (α, optimizer, hyperparameters) on the
     * three trajectory charts, labelled with what changed. Nothing is redrawn when they are the
     * ticks already shown.
     *
     * @param start the settings the run started with
     * @param next the changes in step order
     */
    public void markChanges(org.likelihoodlab.experiment.LiveSettings start,
            List<org.likelihoodlab.experiment.RunPlan.Change> next) {
        marks.markChanges(start, next);
    }

    /** @return the live-change ticks now on the charts */
    public List<org.likelihoodlab.experiment.RunPlan.Change> changeTicks() {
        return marks.changeTicks();
    }

    /** @return the marks now on the charts */
    public List<Mark> marks() {
        return marks.marks();
    }

    /**
     * Replaces every mark on the trajectory charts by these (the marks of each run of a race, in
     * its colour). Nothing is redrawn when they are the marks already shown.
     */
    public void markSteps(List<Mark> next) {
        marks.markSteps(next);
    }
}
