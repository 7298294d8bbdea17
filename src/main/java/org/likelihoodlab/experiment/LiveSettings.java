package org.likelihoodlab.experiment;

import java.util.Objects;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;

/**
 * The settings a run may change while it runs (the window changes them live): the learning rate,
 * the optimizer and its hyperparameters. Everything else in a {@link Scenario} fixes the run.
 *
 * @param lr the learning rate, finite and &gt; 0
 * @param optimizer the update rule ({@code null} not permitted)
 * @param hyper its hyperparameters ({@code null} not permitted)
 */
public record LiveSettings(double lr, Optimizer optimizer, Hyper hyper) {

    public LiveSettings {
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new SettingException("lr", "must be a finite number > 0 (was " + lr + ")");
        }
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(hyper, "hyper");
    }

    /** @return the live settings a scenario starts with */
    public static LiveSettings of(Scenario s) {
        return new LiveSettings(s.lr(), s.optimizer(), s.hyper());
    }

    /** @return the scenario with these settings in place of its own */
    public Scenario applyTo(Scenario s) {
        if (s.lr() == lr && s.optimizer() == optimizer && s.hyper().equals(hyper)) {
            return s;
        }
        return s.toBuilder().lr(lr).optimizer(optimizer).hyper(hyper).build();
    }

    /**
     * @return what changed from {@code before} to these settings, briefly ("α → 0.05", "adam",
     *     "β → 0.9"), for the tick a live change leaves on the charts
     */
    public String changeFrom(LiveSettings before) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (optimizer != before.optimizer) {
            parts.add(optimizer.cliName());
        }
        if (lr != before.lr) {
            parts.add("\u03b1 \u2192 " + Race.shortNumber(lr));
        }
        if (!hyper.equals(before.hyper)) {
            if (hyper.beta() != before.hyper.beta()) {
                parts.add("\u03b2 \u2192 " + Race.shortNumber(hyper.beta()));
            } else {
                parts.add("hyperparameters");
            }
        }
        return String.join(", ", parts);
    }

    public LiveSettings withLr(double v) {
        return new LiveSettings(v, optimizer, hyper);
    }

    public LiveSettings withOptimizer(Optimizer v) {
        return new LiveSettings(lr, v, hyper);
    }

    public LiveSettings withHyper(Hyper v) {
        return new LiveSettings(lr, optimizer, v);
    }
}
