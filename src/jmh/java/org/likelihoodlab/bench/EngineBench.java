package org.likelihoodlab.bench;

import java.util.concurrent.TimeUnit;
import org.likelihoodlab.experiment.DataSampler;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Optimizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One update of the engine ({@link Run#advance()}: gradient, optimizer step, divergence check)
 * for every parameterization x optimizer, in batch mode at n = 10^3 and 10^6 (the same cost: a
 * batch update uses the data's moments, not the points) and online (one point an update, read in
 * turn from 10^6). Each combination runs in its own JVM, so the JIT sees one model and one
 * update rule, as in a real run. {@link #baseline} is the same 1-D batch (mu, log sigma) gd
 * update written out as one loop, with no engine around it (and src/jmh/c/loop.c is the same in C).
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
public class EngineBench {

    @Param({"mu-sigma", "mu-variance", "mu-logsigma", "mean-cov", "mean-cholesky"})
    public String param;

    @Param({"gd", "momentum", "adam", "natural"})
    public String optimizer;

    /** batch-1000, batch-1000000 or online-1000000. */
    @Param({"batch-1000", "batch-1000000", "online-1000000"})
    public String data;

    /** The learning rate of the batch runs here, in BaselineBench and in src/jmh/c/loop.c. */
    static final double LR_BATCH = 1e-7;

    private Scenario scenario;
    private Dataset points;
    private Run run;

    @Setup(Level.Trial)
    public void setUp() {
        Parameterization p = Parameterization.byName(param);
        Optimizer o = Optimizer.byName(optimizer);
        Mode m = data.startsWith("batch") ? Mode.BATCH : Mode.ONLINE;
        int n = Integer.parseInt(data.substring(data.indexOf('-') + 1));
        points = DataSampler.sample(new DataSource.Sampled(p.dim() == 1 ? TrueGaussian.of1(2, 0.5)
                : TrueGaussian.of2(1, -1, 1, 0.9, 0.6), n, 1));
        double[] mle = points.mle();
        double[] init = p.dim() == 1 ? new double[] {mle[0] + 0.3, mle[1] * 1.3}
                : new double[] {mle[0] + 0.3, mle[1] - 0.2, mle[2] * 1.3, mle[3] * 0.5, mle[4] * 1.2};
        // batch: a learning rate so small that the run is nowhere near the MLE after 10^9 updates,
        // so every update moves the parameters (a run that has converged repeats one state, and
        // its exp of log sigma is then remembered, not computed); online the noise does that
        // (Adam steps about lr whatever the gradient: with 1e-7 it reaches the MLE in ~3 million
        // updates, where its moment estimates of the mean's vanishing gradient go subnormal and an
        // update costs ten times as much; 1e-10 keeps it on its way for the whole benchmark;
        // momentum gathers speed, so it gets a hundredth of the plain rate)
        double lr = m == Mode.BATCH ? (o == Optimizer.ADAM ? 1e-10 : o == Optimizer.MOMENTUM ? LR_BATCH / 100 : LR_BATCH)
                : o == Optimizer.NATURAL ? 0.5 : o == Optimizer.ADAM ? 0.001 : 0.01;
        scenario = new Scenario.Builder().dim(p.dim()).data(new DataSource.Sampled(
                p.dim() == 1 ? TrueGaussian.of1(0, 1) : TrueGaussian.of2(0, 0, 1, 1, 0), 2, 1))
                .mode(m).param(p).optimizer(o).lr(lr).steps(Long.MAX_VALUE).init(init).build();
        run = new Run(scenario, points);
    }

    /** @return the new step, so the work cannot be dropped */
    @Benchmark
    public long advance() {
        if (!run.advance()) {
            run = new Run(scenario, points);   // these settings do not diverge; keep measuring if one does
        }
        return run.step();
    }
}
