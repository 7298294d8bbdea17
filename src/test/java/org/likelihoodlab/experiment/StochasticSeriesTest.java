package org.likelihoodlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The recorder's extra series (lr_k, the averaged iterate) and the measured sd of the watch. */
class StochasticSeriesTest {

    private static final DataSource.Sampled DATA = new DataSource.Sampled(TrueGaussian.of1(1, 2), 500, 4);

    @Test
    void aPlainRunRecordsOnlyTheUsualSeries() {
        Scenario s = StochasticTest.online(DATA, 0.01, 10).build();
        assertEquals(Columns.count(1), Columns.count(s));
        assertEquals(-1, Columns.lr(s));
        assertEquals(-1, Columns.averaged(s, 0));
        assertEquals(3, new TrajectoryRecorder(new Run(s, org.likelihoodlab.io.Datasets.load(DATA, 1)), 64).views()[0]
                .length);
    }

    @Test
    void theExtraSeriesAreLrKAndTheAveragedIterateOfEveryRow() {
        Scenario s = StochasticTest.online(DATA, 0.02, 300).schedule(Schedule.parse("step:50:0.5")).warmup(20)
                .average(100).build();
        Dataset d = org.likelihoodlab.io.Datasets.load(DATA, 1);
        Run run = new Run(s, d);
        TrajectoryRecorder rec = new TrajectoryRecorder(run, 1024);
        rec.runAll();
        double[][] rows = rec.trajectory().rows();
        assertEquals(301, rows[0].length, "1024 buckets: every row kept");
        int lr = Columns.inRow(Columns.lr(s));
        int mu = Columns.inRow(Columns.averaged(s, 0));
        int sigma = Columns.inRow(Columns.averaged(s, 1));
        int ll = Columns.inRow(Columns.averaged(s, 2));
        // replay and compare each row with lr_k's formula and the run's own average
        Run again = new Run(s, d);
        double[] avg = new double[2];
        for (int k = 1; k <= 300; k++) {
            again.advance();
            assertEquals(k, rows[0][k], 0);
            assertEquals(s.schedule().lr(k, 0.02, 20), rows[lr][k], 0, "lr_" + k);
            again.averaged(avg);
            assertEquals(avg[0], rows[mu][k], 0);
            assertEquals(avg[1], rows[sigma][k], 0);
            assertEquals(again.averagedLogLik(), rows[ll][k], 1e-15);
        }
        // row 0 shows the rate of the first update: alpha / W
        assertEquals(0.02 / 20, rows[lr][0], 1e-18);
    }

    @Test
    void theWatchMeasuresTheSdOfTheLastWindow() {
        Scenario s = StochasticTest.online(DATA, 0.01, 30_000).sampling(Sampling.REPLACE).build();
        Dataset d = org.likelihoodlab.io.Datasets.load(DATA, 1);
        Run run = new Run(s, d);
        StochasticWatch watch = new StochasticWatch(run);
        double[][] tail = new double[StochasticWatch.WINDOW][];
        int i = 0;
        while (run.step() < s.steps()) {
            run.advance();
            watch.row(run);
            tail[i++ % tail.length] = run.reported();
        }
        StochasticView v = watch.view();
        assertEquals(StochasticWatch.WINDOW, v.window());
        for (int c = 0; c < 2; c++) {
            double mean = 0;
            for (double[] p : tail) {
                mean += p[c];
            }
            mean /= tail.length;
            double ss = 0;
            for (double[] p : tail) {
                ss += (p[c] - mean) * (p[c] - mean);
            }
            assertEquals(Math.sqrt(ss / tail.length), v.windowSd()[c], 1e-9, "coordinate " + c);
        }
        assertTrue(v.ball() != null && !v.scheduled());
        assertNull(v.averaged());
    }
}
