package org.likelihoodlab.bench;

import java.util.concurrent.TimeUnit;
import org.likelihoodlab.experiment.DataSampler;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.MapAxis;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.StabilityMap;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;
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
 * The stability map: 64 x 64 cells of 2000-step 1-D batch runs on 1 and 2 threads.
 * {@code momentum}: heavy ball in (mu, sigma) over lr 1e-4..10 (log) x beta 0..0.99, the map of
 * the issue (the diverged cells stop early); {@code full}: gd in (mu, log sigma) over lr 1e-4..0.4
 * x sigma0 0.1..3, where no cell diverges and every cell makes all 2000 updates (8.2 million).
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 4, time = 2, timeUnit = TimeUnit.SECONDS)
public class StabilityMapBench {

    @Param({"1", "2"})
    public int threads;

    @Param({"momentum", "full"})
    public String map;

    private Scenario scenario;
    private Dataset data;
    private MapAxis x;
    private MapAxis y;

    @Setup
    public void setUp() {
        DataSource.Sampled source = new DataSource.Sampled(TrueGaussian.of1(2, 0.5), 1000, 1);
        data = DataSampler.sample(source);
        boolean momentum = map.equals("momentum");
        scenario = new Scenario.Builder().dim(1).data(source)
                .param(momentum ? Parameterization.MU_SIGMA : Parameterization.MU_LOGSIGMA)
                .optimizer(momentum ? Optimizer.MOMENTUM : Optimizer.GD).lr(0.1).steps(2000)
                .init(new double[] {0, 1}).build();
        x = MapAxis.parse(momentum ? "lr:1e-4:10:64:log" : "lr:1e-4:0.4:64:log");
        y = MapAxis.parse(momentum ? "beta:0:0.99:64" : "sigma0:0.1:3:64:log");
    }

    @Benchmark
    public int stabilityMap() throws InterruptedException {
        return StabilityMap.run(scenario, s -> data, x, y, threads, null).size();
    }
}
