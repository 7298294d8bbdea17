package org.likelihoodlab.io;

import java.nio.file.Path;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Sampling;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.Schedule;
import org.likelihoodlab.experiment.SettingException;
import org.likelihoodlab.io.ScenarioJson.FileForm;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.Safeguards;
import org.likelihoodlab.optim.UpdateOrder;

/**
 * How the fields of a scenario file become a scenario builder: each field given is set, names
 * of modes, parameterizations, optimizers, orders, bugs and samplings are looked up, missing
 * hyperparameters take their defaults, and a bad value names its field.
 */
final class ScenarioFields {

    private ScenarioFields() {
    }

    /**
     * @param base the folder relative data paths resolve against ({@code null}: the working folder)
     * @throws SettingException naming the field
     */
    static Scenario.Builder toBuilder(FileForm f, Path base) {
        Scenario.Builder b = new Scenario.Builder();
        b.name(f.name()).explanation(f.explanation());
        if (f.dim() != null) {
            b.dim(f.dim());
        }
        if (f.data() != null) {
            b.data(ScenarioDataJson.read(f.data(), base));
        }
        if (f.mode() != null) {
            b.mode(enumValue("mode", f.mode(), Mode.byName(f.mode()), Mode.names()));
        }
        if (f.param() != null) {
            b.param(enumValue("param", f.param(), Parameterization.byName(f.param()), Parameterization.names()));
        }
        if (f.optimizer() != null) {
            b.optimizer(enumValue("optimizer", f.optimizer(), Optimizer.byName(f.optimizer()), Optimizer.names()));
        }
        if (f.order() != null) {
            b.order(enumValue("order", f.order(), UpdateOrder.byName(f.order()), UpdateOrder.names()));
        }
        if (f.bug() != null) {
            b.bug(enumValue("bug", f.bug(), Bug.byName(f.bug()), Bug.names()));
        }
        if (f.lr() != null) {
            b.lr(f.lr());
        }
        if (f.steps() != null) {
            b.steps(f.steps());
        }
        if (f.init() != null) {
            b.init(f.init());
        }
        if (f.every() != null) {
            b.every(f.every());
        }
        stochastic(f, b);
        Hyper h = Hyper.DEFAULT;
        try {
            b.hyper(new Hyper(f.beta() != null ? f.beta() : h.beta(), f.beta1() != null ? f.beta1() : h.beta1(),
                    f.beta2() != null ? f.beta2() : h.beta2(), f.eps() != null ? f.eps() : h.eps(),
                    f.rho() != null ? f.rho() : h.rho()), f.eps() != null);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().substring(0, e.getMessage().indexOf(' '));
            throw new SettingException(field, e.getMessage().substring(field.length() + 1));
        }
        if (f.clip() != null && !(f.clip() > 0 && Double.isFinite(f.clip()))) {
            throw new SettingException("clip", "must be a finite number > 0 (was " + f.clip() + ")");
        }
        if (f.clip() != null || f.lineSearch() != null) {
            b.guards(new Safeguards(f.clip() != null ? f.clip() : 0, lineSearch(f.lineSearch())));
        }
        return b;
    }

    /** The fields of stochastic runs (math.md 9.1-9.4): batch size, sample order and its seed, schedule, averaging. */
    private static void stochastic(FileForm f, Scenario.Builder b) {
        if (f.batchSize() != null) {
            b.batchSize(f.batchSize());
        }
        if (f.sampling() != null) {
            b.sampling(enumValue("sampling", f.sampling(), Sampling.byName(f.sampling()), Sampling.names()));
        }
        b.samplingSeed(f.samplingSeed());
        if (f.schedule() != null) {
            b.schedule(Schedule.parse(f.schedule()));
        }
        if (f.warmup() != null) {
            b.warmup(f.warmup());
        }
        if (f.average() != null) {
            if (f.average() < 0) {
                throw new SettingException("average", "must be a whole number >= 0 (was " + f.average() + ")");
            }
            b.average(f.average());
        }
    }

    /** @return true for "armijo", false for "none"; anything else names the field and the allowed values */
    private static boolean lineSearch(String v) {
        if (v == null || v.equals("none")) {
            return false;
        }
        if (v.equals("armijo")) {
            return true;
        }
        throw new SettingException("lineSearch", "unknown value '" + Messages.token(v) + "' (allowed: none, armijo)");
    }

    private static <E> E enumValue(String field, String given, E value, String allowed) {
        if (value == null) {
            throw new SettingException(field, "has unknown value '" + Messages.quote(given) + "' (allowed: " + allowed + ")");
        }
        return value;
    }
}
