package org.likelihoodlab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.SettingException;
import org.likelihoodlab.experiment.StartCheck;
import org.likelihoodlab.io.BadInputException;
import org.likelihoodlab.io.DataCsv;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.Messages;
import org.likelihoodlab.io.ScenarioJson;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Safeguards;
import org.likelihoodlab.experiment.Sampling;
import org.likelihoodlab.experiment.Schedule;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;
import picocli.CommandLine.Option;

/**
 * The run settings shared by {@code run}, {@code sweep} and {@code render}: either a scenario file,
 * or flags, or a scenario file with flags that override its values.
 */
public final class RunOptions {

    @Option(names = "--scenario", paramLabel = "FILE.json", description = "Scenario file; the flags below override its values.")
    Path scenario;

    @Option(names = "--data", paramLabel = "FILE.csv", description = "Data: one point per row (optional header, # comments).")
    Path data;

    @Option(names = "--dim", paramLabel = "1|2", description = "Dimension of the data.")
    Integer dim;

    @Option(names = "--mode", paramLabel = "batch|online", description = "batch: average log-likelihood; online: one sample per update.")
    String mode;

    @Option(names = "--param", paramLabel = "NAME",
            description = "mu-sigma, mu-variance, mu-logsigma (1-D); mean-cov, mean-cholesky (2-D).")
    String param;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "gd, momentum, adam or natural.")
    String optimizer;

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate > 0.")
    Double lr;

    @Option(names = "--steps", paramLabel = "N", description = "Number of updates >= 0.")
    Long steps;

    @Option(names = "--init", paramLabel = "a,b[,c,d,e]",
            description = "Initial mu,sigma (1-D) or mu1,mu2,s11,s12,s22 (2-D), whatever the parameterization.")
    String init;

    @Option(names = "--order", paramLabel = "simultaneous|coordinate", description = "Update order.")
    String order;

    @Option(names = "--bug", paramLabel = "assign", description = "Reproduce the typo Sigma = lr*grad (value: assign, or none).")
    String bug;

    @Option(names = "--every", paramLabel = "K", description = "Write rows 0, K, 2K, ... and the last.")
    Long every;

    @Option(names = "--batch-size", paramLabel = "B", description = "Points per update in minibatch mode (1 to n).")
    Integer batchSize;

    @Option(names = "--sampling", paramLabel = "ORDER",
            description = "Sample order online and in minibatch mode: file (default), shuffle, replace or stream.")
    String sampling;

    @Option(names = "--sampling-seed", paramLabel = "S",
            description = "SplitMix64 seed of the sample order (default: the data's seed, 0 for a data file).")
    Long samplingSeed;

    @Option(names = "--schedule", paramLabel = "SCHEDULE",
            description = "const, inv:TAU, invsqrt:TAU, step:K:GAMMA or cosine:T[:FLOOR].")
    String schedule;

    @Option(names = "--warmup", paramLabel = "W", description = "Warm-up: lr_k scaled by min(1, k/W).")
    Long warmup;

    @Option(names = "--average", paramLabel = "B0",
            description = "Polyak-Ruppert averaging after B0 updates; adds avg_* columns.")
    Long average;

    @Option(names = "--beta", paramLabel = "B", description = "Momentum coefficient (default 0.9).")
    Double beta;

    @Option(names = "--beta1", paramLabel = "B1", description = "Adam beta1 (default 0.9).")
    Double beta1;

    @Option(names = "--beta2", paramLabel = "B2", description = "Adam beta2 (default 0.999).")
    Double beta2;

    @Option(names = "--eps", paramLabel = "E",
            description = "Epsilon of Adam, RMSProp and AdaGrad (default 1e-8; 1e-10 for AdaGrad).")
    Double eps;

    @Option(names = "--rho", paramLabel = "R", description = "RMSProp's decay of the squared gradients (default 0.99).")
    Double rho;

    @Option(names = "--clip", paramLabel = "C", description = "Clip the gradient to norm C > 0 (any optimizer).")
    Double clip;

    @Option(names = "--line-search", paramLabel = "armijo",
            description = "Backtracking line search for any optimizer (value: armijo, or none).")
    String lineSearch;

    /** Which settings came from flags (setting name to option), for messages; filled by {@link #resolve()}. */
    private final Map<String, String> given = new LinkedHashMap<>();

    /**
     * Combines the scenario file (if any) and the flags into a checked scenario.
     *
     * @throws BadInputException naming the option (with its allowed values) or the file and field
     */
    public Scenario resolve() {
        Scenario.Builder b = scenario != null ? ScenarioJson.readBuilder(scenario) : new Scenario.Builder();
        given.clear();
        if (data != null) {
            b.data(new DataSource.FromFile(data));
            given.put("data", "--data");
        }
        if (dim != null) {
            b.dim(dim);
            given.put("dim", "--dim");
        }
        if (mode != null) {
            b.mode(choice("--mode", mode, Mode.byName(mode), Mode.names()));
        }
        if (param != null) {
            b.param(choice("--param", param, Parameterization.byName(param), Parameterization.names()));
            given.put("param", "--param");
        }
        if (optimizer != null) {
            b.optimizer(choice("--optimizer", optimizer, Optimizer.byName(optimizer), Optimizer.names()));
        }
        if (order != null) {
            b.order(choice("--order", order, UpdateOrder.byName(order), UpdateOrder.names()));
        }
        if (bug != null) {
            b.bug(choice("--bug", bug, Bug.byName(bug), Bug.names()));
        }
        if (lr != null) {
            b.lr(lr);
            given.put("lr", "--lr");
        }
        if (steps != null) {
            b.steps(steps);
            given.put("steps", "--steps");
        }
        if (every != null) {
            b.every(every);
            given.put("every", "--every");
        }
        if (init != null) {
            b.init(parseInit(init));
            given.put("init", "--init");
        }
        stochastic(b);
        if (beta != null || beta1 != null || beta2 != null || eps != null || rho != null) {
            Hyper h = b.hyper();
            try {
                b.hyper(new Hyper(beta != null ? beta : h.beta(), beta1 != null ? beta1 : h.beta1(),
                        beta2 != null ? beta2 : h.beta2(), eps != null ? eps : h.eps(), rho != null ? rho : h.rho()),
                        eps != null || !b.epsDefault());
            } catch (IllegalArgumentException e) {
                throw new BadInputException("option --" + e.getMessage());
            }
        }
        if (clip != null || lineSearch != null) {
            if (clip != null && !(clip > 0 && Double.isFinite(clip))) {
                throw new BadInputException("option --clip: must be a finite number > 0 (was " + clip + ")");
            }
            boolean armijo = lineSearch == null ? b.guards().armijo()
                    : choice("--line-search", lineSearch, "armijo".equals(lineSearch) ? Boolean.TRUE
                        : "none".equals(lineSearch) ? Boolean.FALSE : null, "none, armijo");
            b.guards(new Safeguards(clip != null ? clip : b.guards().clip(), armijo));
        }
        try {
            return b.build();
        } catch (SettingException e) {
            throw settingError(e);
        }
    }

    /** @return the message for a bad setting: the option that gave it, or the scenario file's field */
    private BadInputException settingError(SettingException e) {
        String option = given.get(e.setting());
        if (option != null || scenario == null) {
            String name = option != null ? option : "--" + e.setting().replaceFirst("^data\\.", "");
            return new BadInputException("option " + name + ": " + e.problem());
        }
        return ScenarioJson.fieldError(scenario.toString(), e);
    }

    /** @return true if the data file was given by {@code --data} */
    boolean dataFromOption() {
        return data != null;
    }

    /** The summary of the data file last loaded ("read N rows of FILE ..."), or null for sampled data. */
    private String summary;

    /** @return the summary line of the data file {@link #load} read, or null (sampled data) */
    String summary() {
        return summary;
    }

    /**
     * Loads the scenario's data and checks the start on them.
     *
     * @throws BadInputException naming the file and line, or the option or field of a bad start
     */
    public Dataset load(Scenario s) {
        Dataset d;
        summary = null;
        if (s.data() instanceof DataSource.FromFile f) {
            DataCsv.Loaded loaded = DataCsv.load(f.file(), s.dim());
            summary = loaded.summary(f.file().toString());
            d = loaded.data();
        } else {
            d = Datasets.load(s.data(), s.dim());
        }
        try {
            StartCheck.check(s, d);
        } catch (SettingException e) {
            throw settingError(e);
        }
        return d;
    }

    /** The options of stochastic runs (math.md 9.1-9.4). */
    private void stochastic(Scenario.Builder b) {
        if (batchSize != null) {
            b.batchSize(batchSize);
            given.put("batchSize", "--batch-size");
        }
        if (sampling != null) {
            b.sampling(choice("--sampling", sampling, Sampling.byName(sampling), Sampling.names()));
            given.put("sampling", "--sampling");
        }
        if (samplingSeed != null) {
            b.samplingSeed(samplingSeed);
        }
        if (schedule != null) {
            try {
                b.schedule(Schedule.parse(schedule));
            } catch (SettingException e) {
                throw new BadInputException("option --schedule: " + e.problem());
            }
            given.put("schedule", "--schedule");
        }
        if (warmup != null) {
            b.warmup(warmup);
            given.put("warmup", "--warmup");
        }
        if (average != null) {
            if (average < 0) {
                throw new BadInputException("option --average: must be a whole number >= 0 (was " + average + ")");
            }
            b.average(average);
            given.put("average", "--average");
        }
    }

    private static <E> E choice(String option, String given, E value, String allowed) {
        if (value == null) {
            throw new BadInputException("option " + option + ": unknown value '" + Messages.quote(given) + "' (allowed: "
                    + allowed + ")");
        }
        return value;
    }

    private static double[] parseInit(String text) {
        String[] parts = text.split(",", -1);
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            try {
                v[i] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new BadInputException("option --init: '" + Messages.quote(p) + "' is not a number (expected "
                        + "mu,sigma or mu1,mu2,s11,s12,s22)");
            }
            if (!Double.isFinite(v[i])) {
                throw new BadInputException("option --init: '" + Messages.quote(p) + "' is not a finite number");
            }
        }
        return v;
    }
}
