package org.likelihoodlab.experiment;

import java.util.Arrays;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.Safeguards;
import org.likelihoodlab.optim.UpdateOrder;

/**
 * Everything a run depends on: its data and every setting. A run is a pure function of its
 * scenario, so the same scenario gives the same trajectory bit for bit. Build one with
 * {@link Builder}, which checks every value and names the setting that is wrong.
 *
 * @param name a short title ({@code ""} permitted)
 * @param explanation what to watch, for presets ({@code ""} permitted)
 * @param dim 1 or 2
 * @param data where the points come from
 * @param mode batch or online
 * @param param the parameterization; its dimension is {@code dim}
 * @param optimizer the update rule
 * @param hyper momentum and Adam settings
 * @param lr learning rate, finite and &gt; 0
 * @param steps number of updates, &ge; 0
 * @param init {@code (mu, sigma)} with sigma &gt; 0, or {@code (mu1, mu2, s11, s12, s22)} positive definite
 * @param order simultaneous or coordinate
 * @param bug the typo to reproduce, or none
 * @param every write trajectory rows 0, every, 2*every, ... and the last, &ge; 1
 * @param guards gradient clipping and the Armijo line search (math.md 9.3), or none
 * @param batchSize B of a mini-batch update (read only in minibatch mode), 1 to n
 * @param sampling where online and mini-batch points come from (ignored in batch mode)
 * @param samplingSeed the SplitMix64 seed of the sample order, or {@code null} for the default
 *     (the data's seed for sampled data, 0 for a data file)
 * @param schedule the learning-rate schedule
 * @param warmup W &ge; 0: lr_k is scaled by min(1, k/W) (0: no warm-up)
 * @param average B0 &ge; 0: Polyak-Ruppert averaging after B0 updates (math.md 9.4), or -1 for none
 */
public record Scenario(String name, String explanation, int dim, DataSource data, Mode mode,
        Parameterization param, Optimizer optimizer, Hyper hyper, double lr, long steps, double[] init,
        UpdateOrder order, Bug bug, long every, Safeguards guards, int batchSize, Sampling sampling, Long samplingSeed,
        Schedule schedule, long warmup, long average) {

    public Scenario {
        init = init.clone();
    }

    @Override
    public double[] init() {
        return init.clone();
    }

    /** @return the batch size B of an update: n in batch mode, 1 online, batchSize in minibatch mode */
    public int updateSize(int n) {
        return mode == Mode.BATCH ? n : mode == Mode.ONLINE ? 1 : batchSize;
    }

    /** @return the sample order's seed: the one given, or the data's seed, or 0 for a data file */
    public long effectiveSamplingSeed() {
        if (samplingSeed != null) {
            return samplingSeed;
        }
        return data instanceof DataSource.Sampled sd ? sd.seed() : 0;
    }

    /** @return true if the run keeps a Polyak-Ruppert average */
    public boolean averaging() {
        return average >= 0;
    }

    /** @return a builder holding this scenario's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s && name.equals(s.name) && explanation.equals(s.explanation)
                && dim == s.dim && data.equals(s.data) && mode == s.mode && param == s.param
                && optimizer == s.optimizer && hyper.equals(s.hyper) && Double.compare(lr, s.lr) == 0
                && steps == s.steps && Arrays.equals(init, s.init) && order == s.order && bug == s.bug
                && every == s.every && guards.equals(s.guards) && batchSize == s.batchSize && sampling == s.sampling
                && java.util.Objects.equals(samplingSeed, s.samplingSeed) && schedule.equals(s.schedule)
                && warmup == s.warmup && average == s.average;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new Object[] {name, dim, data, mode, param, optimizer, lr, steps,
            Arrays.hashCode(init), order, bug});
    }

    /** Collects settings and checks them all in {@link #build()}. */
    public static final class Builder {
        private String name = "";
        private String explanation = "";
        private Integer dim;
        private DataSource data;
        private Mode mode = Mode.BATCH;
        private Parameterization param;
        private Optimizer optimizer = Optimizer.GD;
        private Hyper hyper = Hyper.DEFAULT;
        private Double lr;
        private Long steps;
        private double[] init;
        private UpdateOrder order = UpdateOrder.SIMULTANEOUS;
        private Bug bug = Bug.NONE;
        private long every = 1;
        private Safeguards guards = Safeguards.NONE;
        private int batchSize = 1;
        private Sampling sampling = Sampling.FILE;
        private Long samplingSeed;
        private Schedule schedule = Schedule.CONST;
        private long warmup;
        private long average = -1;
        /** An eps nobody gave: the optimizer's default (1e-10 for AdaGrad, 1e-8 otherwise) at build. */
        private boolean epsDefault = true;

        public Builder() {
        }

        private Builder(Scenario s) {
            name = s.name;
            explanation = s.explanation;
            dim = s.dim;
            data = s.data;
            mode = s.mode;
            param = s.param;
            optimizer = s.optimizer;
            hyper = s.hyper;
            lr = s.lr;
            steps = s.steps;
            init = s.init;
            order = s.order;
            bug = s.bug;
            every = s.every;
            guards = s.guards;
            epsDefault = false;
            batchSize = s.batchSize;
            sampling = s.sampling;
            samplingSeed = s.samplingSeed;
            schedule = s.schedule;
            warmup = s.warmup;
            average = s.average;
        }

        public Builder name(String v) {
            name = v == null ? "" : v;
            return this;
        }

        public Builder explanation(String v) {
            explanation = v == null ? "" : v;
            return this;
        }

        public Builder dim(int v) {
            dim = v;
            return this;
        }

        public Builder data(DataSource v) {
            data = v;
            return this;
        }

        public Builder mode(Mode v) {
            mode = v;
            return this;
        }

        public Builder param(Parameterization v) {
            param = v;
            return this;
        }

        public Builder optimizer(Optimizer v) {
            optimizer = v;
            return this;
        }

        public Builder hyper(Hyper v) {
            return hyper(v, true);
        }

        /**
         * @param epsGiven false if the eps of {@code v} is only a placeholder: the optimizer's
         *     default eps is used instead when the scenario is built
         */
        public Builder hyper(Hyper v, boolean epsGiven) {
            hyper = v;
            epsDefault = !epsGiven;
            return this;
        }

        public Builder lr(double v) {
            lr = v;
            return this;
        }

        public Builder steps(long v) {
            steps = v;
            return this;
        }

        public Builder init(double... v) {
            init = v.clone();
            return this;
        }

        public Builder order(UpdateOrder v) {
            order = v;
            return this;
        }

        public Builder bug(Bug v) {
            bug = v;
            return this;
        }

        /** @return the hyperparameters set so far */
        public Hyper hyper() {
            return hyper;
        }

        /** @return true if no eps was given (the optimizer's default will be used) */
        public boolean epsDefault() {
            return epsDefault;
        }

        /** @return the clipping and line search set so far */
        public Safeguards guards() {
            return guards;
        }

        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        public Builder sampling(Sampling v) {
            sampling = v;
            return this;
        }

        /** @param v the sample order's seed, or {@code null} for the default */
        public Builder samplingSeed(Long v) {
            samplingSeed = v;
            return this;
        }

        public Builder schedule(Schedule v) {
            schedule = v;
            return this;
        }

        public Builder warmup(long v) {
            warmup = v;
            return this;
        }

        /** @param v B0 &ge; 0 to average after B0 updates, -1 for none */
        public Builder average(long v) {
            average = v;
            return this;
        }

        public Builder guards(Safeguards v) {
            guards = v;
            return this;
        }

        public Builder every(long v) {
            every = v;
            return this;
        }

        /**
         * @return the scenario
         * @throws SettingException naming the first missing or bad setting
         */
        public Scenario build() {
            int d = dim != null ? dim : param != null ? param.dim() : init != null && init.length == 5 ? 2 : 1;
            if (d != 1 && d != 2) {
                throw new SettingException("dim", "must be 1 or 2 (was " + d + ")");
            }
            if (data == null) {
                throw new SettingException("data", "missing: give a data file or a true distribution to sample");
            }
            if (data instanceof DataSource.Sampled s && s.truth().dim() != d) {
                throw new SettingException("data.truth", "is " + s.truth().dim() + "-D but dim is " + d);
            }
            Parameterization p = param != null ? param
                    : d == 1 ? Parameterization.MU_SIGMA : Parameterization.MEAN_COV;
            if (p.dim() != d) {
                throw new SettingException("param", p.cliName() + " is a " + p.dim() + "-D parameterization; with dim "
                        + d + " use " + (d == 1 ? "mu-sigma, mu-variance or mu-logsigma" : "mean-cov or mean-cholesky"));
            }
            if (optimizer == Optimizer.NEWTON && d != 1) {
                throw new SettingException("optimizer", "newton is 1-D only (math.md 9.3); with dim 2 use gd, momentum, "
                        + "nesterov, adam, adagrad, rmsprop or natural");
            }
            if (lr == null) {
                throw new SettingException("lr", "missing: give a learning rate > 0");
            }
            if (!(lr > 0) || !Double.isFinite(lr)) {
                throw new SettingException("lr", "must be a finite number > 0 (was " + lr + ")");
            }
            if (steps == null) {
                throw new SettingException("steps", "missing: give the number of updates");
            }
            if (steps < 0) {
                throw new SettingException("steps", "must be >= 0 (was " + steps + ")");
            }
            if (every < 1) {
                throw new SettingException("every", "must be >= 1 (was " + every + ")");
            }
            double[] i0 = init != null ? init : defaultInit(d);
            checkInit(d, i0);
            if (batchSize < 1) {
                throw new SettingException("batchSize", "must be >= 1 (was " + batchSize + ")");
            }
            if (warmup < 0) {
                throw new SettingException("warmup", "must be a whole number >= 0 (was " + warmup + ")");
            }
            if (average < -1) {
                throw new SettingException("average", "must be a whole number >= 0 (was " + average + ")");
            }
            if (schedule.kind() == Schedule.Kind.COSINE && schedule.b() > lr) {
                throw new SettingException("schedule", "cosine's FLOOR must be at most lr = " + lr + " (was "
                        + schedule.b() + ")");
            }
            if (sampling == Sampling.STREAM && mode != Mode.BATCH && !(data instanceof DataSource.Sampled)) {
                throw new SettingException("sampling", "stream draws fresh points from the true distribution: it needs "
                        + "sampled data (a truth), not a data file");
            }
            Hyper h = epsDefault ? hyper.withEps(optimizer.defaultEps()) : hyper;
            return new Scenario(name, explanation, d, data, mode, p, optimizer, h, lr, steps, i0, order, bug,
                    every, guards, batchSize, sampling, samplingSeed, schedule, warmup, average);
        }

        private static double[] defaultInit(int d) {
            return d == 1 ? new double[] {0, 1} : new double[] {0, 0, 1, 0, 1};
        }

        private static void checkInit(int d, double[] v) {
            int want = d == 1 ? 2 : 5;
            if (v.length != want) {
                throw new SettingException("init", d == 1 ? "needs 2 values mu,sigma (got " + v.length + ")"
                        : "needs 5 values mu1,mu2,s11,s12,s22 (got " + v.length + ")");
            }
            for (double a : v) {
                if (!Double.isFinite(a)) {
                    throw new SettingException("init", "values must be finite numbers (got " + a + ")");
                }
            }
            if (d == 1 && !(v[1] > 0)) {
                throw new SettingException("init", "sigma must be > 0 (got " + v[1] + ")");
            }
            if (d == 2 && !(v[2] > 0 && v[2] * v[4] - v[3] * v[3] > 0)) {
                throw new SettingException("init", "Sigma0 = [[" + v[2] + ", " + v[3] + "], [" + v[3] + ", " + v[4]
                        + "]] is not positive definite (need s11 > 0 and s11*s22 - s12^2 > 0)");
            }
        }
    }
}
