package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.DataSampler;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrajectoryRecorder;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Surfaces;

class ReadoutsTest {

    private static double number(String text, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + " = \\(?([-0-9.eE]+)").matcher(text);
        assertTrue(m.find(), name + " in " + text);
        return Double.parseDouble(m.group(1));
    }

    private static RunView run(Scenario s) {
        Dataset d = DataSampler.sample((DataSource.Sampled) s.data());
        TrajectoryRecorder rec = new TrajectoryRecorder(new Run(s, d), 200);
        rec.runAll();
        return RunView.of(rec);
    }

    private static Scenario oneD() {
        return new Scenario.Builder().dim(1).data(new DataSource.Sampled(TrueGaussian.of1(2, 0.5), 400, 11)).lr(0.1)
                .steps(40).init(0, 1).build();
    }

    @Test
    void theSurfaceReadoutIsTheClosedFormLogLikelihoodAndItsGradient() {
        RunView v = run(oneD());
        double mu = 0.7;
        double sigma = 1.3;
        String text = Readouts.at(ChartSlot.SURFACE, v, Surfaces.Scale.SIGMA, mu, sigma);
        double[] m = v.data().moments();
        // l = -1/2 log(2 pi sigma^2) - (var + (mean - mu)^2) / (2 sigma^2)
        java.util.function.DoubleBinaryOperator l = (a, s) -> -0.5 * Math.log(2 * Math.PI * s * s)
                - (m[1] + (m[0] - a) * (m[0] - a)) / (2 * s * s);
        assertEquals(l.applyAsDouble(mu, sigma), number(text, "\u2113"), 1e-4);
        // the gradient against central differences, to the readout's five digits
        double h = 1e-6;
        double gmu = (l.applyAsDouble(mu + h, sigma) - l.applyAsDouble(mu - h, sigma)) / (2 * h);
        Matcher g = Pattern.compile("\u2207\u2113 = \\(([-0-9.eE]+), ([-0-9.eE]+)\\)").matcher(text);
        assertTrue(g.find(), text);
        double gsigma = (l.applyAsDouble(mu, sigma + h) - l.applyAsDouble(mu, sigma - h)) / (2 * h);
        assertEquals(gmu, Double.parseDouble(g.group(1)), 1e-4 * Math.abs(gmu));
        assertEquals(gsigma, Double.parseDouble(g.group(2)), 1e-4 * Math.abs(gsigma));
    }

    @Test
    void onTheVarianceSurfaceTheGradientIsInTheVarianceCoordinate() {
        RunView v = run(oneD());
        double[] m = v.data().moments();
        double mu = 1.5;
        double var = 0.8;
        String text = Readouts.at(ChartSlot.SURFACE, v, Surfaces.Scale.VARIANCE, mu, var);
        java.util.function.DoubleUnaryOperator l = q -> -0.5 * Math.log(2 * Math.PI * q)
                - (m[1] + (m[0] - mu) * (m[0] - mu)) / (2 * q);
        double h = 1e-6;
        double gv = (l.applyAsDouble(var + h) - l.applyAsDouble(var - h)) / (2 * h);
        Matcher g = Pattern.compile("\u2207\u2113 = \\(([-0-9.eE]+), ([-0-9.eE]+)\\)").matcher(text);
        assertTrue(g.find(), text);
        assertEquals(gv, Double.parseDouble(g.group(2)), 1e-4 * Math.abs(gv));
        assertTrue(Readouts.at(ChartSlot.SURFACE, v, Surfaces.Scale.SIGMA, 1, -0.5).contains("\u03c3 \u2264 0"));
    }

    @Test
    void aTrajectoryReadoutShowsTheRecordedStepNearestThePointer() {
        RunView v = run(oneD());
        String text = Readouts.at(ChartSlot.MEAN, v, Surfaces.Scale.SIGMA, 12.4, 0);
        assertTrue(text.startsWith("step 12\n"), text);
        int row = Readouts.nearestRow(v.rows()[0], 12.4);
        assertEquals(v.rows()[1][row], number(text, "\u03bc"), 1e-4 * Math.abs(v.rows()[1][row]));
        assertEquals(0, Readouts.nearestRow(new double[] {0, 10}, 4.9));
        assertEquals(1, Readouts.nearestRow(new double[] {0, 10}, 5.1));
        assertEquals(1, Readouts.nearestRow(new double[] {0, 10}, 99));
    }

    @Test
    void theDensityReadoutIsTheFittedNormalAtX() {
        RunView v = run(oneD());
        double[] r = v.reported();
        String text = Readouts.at(ChartSlot.DENSITY, v, Surfaces.Scale.SIGMA, 1.9, 0.3);
        double z = (1.9 - r[0]) / r[1];
        assertEquals(Math.exp(-0.5 * z * z) / (Math.sqrt(2 * Math.PI) * r[1]), number(text, "fitted density"), 1e-4);
        double t = (1.9 - 2) / 0.5;
        assertEquals(Math.exp(-0.5 * t * t) / (Math.sqrt(2 * Math.PI) * 0.5), number(text, "true density"), 1e-4);
    }
}
