package org.likelihoodlab.bench;

import java.util.concurrent.TimeUnit;
import org.likelihoodlab.experiment.DataSampler;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.Sweep;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Parameterization;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A learning-rate sweep (48 runs of 20,000 batch (mu, sigma) gd updates, log-spaced from 1e-3
 * to 3) on 1 and on 2 threads: the runs are independent, so the time should halve.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class SweepBench {

    @Param({"1", "2"})
    public int threads;

    private Scenario scenario;
    private Dataset data;
    private double[] lrs;

    @Setup
    public void setUp() {
        data = DataSampler.sample(new DataSource.Sampled(TrueGaussian.of1(2, 0.5), 1000, 1));
        scenario = new Scenario.Builder().dim(1).data(new DataSource.Sampled(TrueGaussian.of1(2, 0.5), 1000, 1))
                .param(Parameterization.MU_SIGMA).lr(0.1).steps(20_000).init(new double[] {0, 1}).build();
        lrs = Sweep.learningRates(1e-3, 3, 48);
    }

    @Benchmark
    public int sweep() throws InterruptedException {
        return Sweep.run(scenario, data, lrs, threads, null).size();
    }
}
