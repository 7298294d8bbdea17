package org.likelihoodlab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline of {@link EngineBench}: the 1-D batch (mu, log sigma) gd update with its
 * divergence check as one hand-written step (one exp per update, as in the engine and in
 * src/jmh/c/loop.c), its state in fields, measured the same way as the engine's update.
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
public class BaselineBench {

    private final double m = 2.0;
    private final double c = 0.25;
    private double mu = m + 0.3;
    private double s = Math.log(Math.sqrt(c) * 1.3);
    private double e = Math.exp(s);
    private long steps;

    @Benchmark
    public long baseline() {
        double rbar = m - mu;
        double sS = c + rbar * rbar;
        double gmu = rbar / (e * e);
        double gs = sS / (e * e) - 1;
        double nmu = mu + EngineBench.LR_BATCH * gmu;
        double ns = s + EngineBench.LR_BATCH * gs;
        double ne = Math.exp(ns);
        double rb = m - nmu;
        if (!Double.isFinite(nmu) || !Double.isFinite(ns) || !(ne > 0) || !Double.isFinite(ne)
                || !Double.isFinite((c + rb * rb) / (2 * ne * ne))) {
            return -1;
        }
        mu = nmu;
        s = ns;
        e = ne;
        return ++steps;
    }
}
