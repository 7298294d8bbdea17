package org.likelihoodlab.ui;

import java.nio.file.Path;
import javafx.beans.Observable;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.ScenarioEdits;
import org.likelihoodlab.experiment.SettingException;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.Safeguards;

/**
 * The two directions between the scenario and the controls' properties of {@link LabSettings}:
 * {@link #show} mirrors a scenario in the properties (sigma and rho derived for display), and
 * {@link #edit} turns the change of one property into the scenario with only that field replaced.
 */
final class ScenarioFromControls {

    private final LabSettings m;

    ScenarioFromControls(LabSettings m) {
        this.m = m;
    }

    /** Sets every property from the scenario (the caller suppresses edits meanwhile). */
    void show(Scenario s) {
        m.name.set(s.name());
        m.explanation.set(s.explanation());
        m.param.set(s.param());
        m.dim.set(s.dim());
        m.param.set(s.param());
        m.mode.set(s.mode());
        if (s.mode() == Mode.MINIBATCH) {
            m.batchSize.set(s.batchSize());
        }
        m.sampling.set(s.sampling());
        m.samplingSeed.set(s.samplingSeed() == null ? "" : Long.toString(s.samplingSeed()));
        m.schedule.set(s.schedule().toString());
        m.warmup.set(s.warmup());
        m.averageOn.set(s.averaging());
        if (s.averaging()) {
            m.averageFrom.set(s.average());
        }
        m.optimizer.set(s.optimizer());
        m.order.set(s.order());
        m.typo.set(s.bug() == Bug.ASSIGN);
        m.lr.set(s.lr());
        Hyper h = s.hyper();
        m.beta.set(h.beta());
        m.beta1.set(h.beta1());
        m.beta2.set(h.beta2());
        m.eps.set(h.eps());
        m.rho.set(h.rho());
        m.clipOn.set(s.guards().clip() > 0);
        if (s.guards().clip() > 0) {
            m.clip.set(s.guards().clip());
        }
        m.armijo.set(s.guards().armijo());
        m.steps.set(s.steps());
        double[] init = s.init();
        double[] shape = ScenarioEdits.initShape(s);
        m.initMu1.set(init[0]);
        m.initSigma1.set(shape[0]);
        if (s.dim() == 2) {
            m.initMu2.set(init[1]);
            m.initSigma2.set(shape[1]);
            m.initRho.set(shape[2]);
        }
        if (s.data() instanceof DataSource.FromFile f) {
            m.dataFile.set(f.file());
        } else {
            DataSource.Sampled d = (DataSource.Sampled) s.data();
            m.dataFile.set(null);
            TrueGaussian t = d.truth();
            m.trueMu1.set(t.mean()[0]);
            m.trueSigma1.set(t.sd(0));
            if (t.dim() == 2) {
                m.trueMu2.set(t.mean()[1]);
                m.trueSigma2.set(t.sd(1));
                m.trueRho.set(t.rho());
            }
            m.n.set(d.n());
            m.seed.set(d.seed());
        }
    }

    /**
     * @param p the property the user changed
     * @return the scenario with the field that property edits replaced (the same object if nothing changed)
     * @throws IllegalArgumentException naming the setting if the result is not a valid scenario
     */
    Scenario edit(Scenario s, Observable p) {
        Scenario.Builder b = s.toBuilder();
        if (p == m.name) {
            return b.name(m.name.get()).build();
        } else if (p == m.explanation) {
            return b.explanation(m.explanation.get()).build();
        } else if (p == m.dim) {
            return m.dim.get() == s.dim() ? s : changeDimension(s);
        } else if (p == m.mode || p == m.batchSize) {
            int batch = m.mode.get() == Mode.MINIBATCH ? m.batchSize.get() : s.batchSize();
            if (m.mode.get() == Mode.MINIBATCH && s.data() instanceof DataSource.Sampled d && batch > d.n()) {
                throw new SettingException("batchSize", "B must be at most n = " + d.n() + " (was " + batch + ")");
            }
            return b.mode(m.mode.get()).batchSize(batch).build();
        } else if (StochasticEdits.edits(m, p)) {
            return StochasticEdits.edit(m, s, p);
        } else if (p == m.param) {
            Parameterization v = m.param.get();
            return v.dim() != s.dim() || v == s.param() ? s : b.param(v).build();
        } else if (p == m.order) {
            return b.order(m.order.get()).build();
        } else if (p == m.typo) {
            return b.bug(m.typo.get() ? Bug.ASSIGN : Bug.NONE).build();
        } else if (p == m.lr) {
            return m.lr.get() == s.lr() ? s : b.lr(m.lr.get()).build();
        } else if (p == m.optimizer) {
            return optimizerEdit(s, b);
        } else if (p == m.beta || p == m.beta1 || p == m.beta2 || p == m.eps || p == m.rho) {
            Hyper h = m.hyper();
            return h.equals(s.hyper()) ? s : b.hyper(h).build();
        } else if (p == m.clipOn || p == m.clip || p == m.armijo) {
            return b.guards(new Safeguards(m.clipOn.get() ? m.clip.get() : 0, m.armijo.get())).build();
        } else if (p == m.steps) {
            return b.steps(m.steps.get()).build();
        } else if (p == m.initMu1) {
            return ScenarioEdits.initMean(s, 0, m.initMu1.get());
        } else if (p == m.initMu2) {
            return s.dim() == 2 ? ScenarioEdits.initMean(s, 1, m.initMu2.get()) : s;
        } else if (p == m.initSigma1) {
            return ScenarioEdits.initSd(s, 0, m.initSigma1.get());
        } else if (p == m.initSigma2) {
            return s.dim() == 2 ? ScenarioEdits.initSd(s, 1, m.initSigma2.get()) : s;
        } else if (p == m.initRho) {
            return s.dim() == 2 ? ScenarioEdits.initRho(s, m.initRho.get()) : s;
        } else if (p == m.dataFile) {
            Path f = m.dataFile.get();
            return f == null ? b.data(sampledFromControls(s.dim())).build() : b.data(new DataSource.FromFile(f)).build();
        }
        return truthEdit(s, p);
    }

    private Scenario truthEdit(Scenario s, Observable p) {
        boolean twoD = s.dim() == 2;
        if (!(s.data() instanceof DataSource.Sampled)) {
            // moving the truth means sampling: leave the data file
            if (p == m.seed) {
                return s;
            }
            return s.toBuilder().data(sampledFromControls(s.dim())).build();
        }
        if (p == m.trueMu1) {
            return ScenarioEdits.trueMean(s, 0, m.trueMu1.get());
        } else if (p == m.trueMu2) {
            return twoD ? ScenarioEdits.trueMean(s, 1, m.trueMu2.get()) : s;
        } else if (p == m.trueSigma1) {
            return ScenarioEdits.trueSd(s, 0, m.trueSigma1.get());
        } else if (p == m.trueSigma2) {
            return twoD ? ScenarioEdits.trueSd(s, 1, m.trueSigma2.get()) : s;
        } else if (p == m.trueRho) {
            return twoD ? ScenarioEdits.trueRho(s, m.trueRho.get()) : s;
        } else if (p == m.n) {
            return ((DataSource.Sampled) s.data()).n() == m.n.get() ? s : ScenarioEdits.sampleSize(s, m.n.get());
        } else if (p == m.seed) {
            return ScenarioEdits.seed(s, m.seed.get());
        }
        throw new IllegalStateException("no edit for " + p);
    }

    /**
     * Another update rule; an eps still at the old rule's default takes the new rule's default
     * (1e-10 for AdaGrad, 1e-8 otherwise), as a fresh scenario would.
     */
    private Scenario optimizerEdit(Scenario s, Scenario.Builder b) {
        Optimizer o = m.optimizer.get();
        if (o == Optimizer.NEWTON && s.dim() != 1) {
            throw new IllegalArgumentException("Newton's method is 1-D only here: choose another optimizer for 2-D");
        }
        Hyper h = s.hyper();
        if (h.eps() == s.optimizer().defaultEps() && h.eps() != o.defaultEps()) {
            h = h.withEps(o.defaultEps());
        }
        return b.optimizer(o).hyper(h).build();
    }

    /**
     * A dimension switch is a new problem: the parameterization, the start and (for file data of
     * the other dimension) the data follow the controls; sampled data keep n and the seed.
     */
    private Scenario changeDimension(Scenario s) {
        int d = m.dim.get();
        double[] init = d == 1 ? new double[] {m.initMu1.get(), m.initSigma1.get()}
                : new double[] {m.initMu1.get(), m.initMu2.get(), sq(m.initSigma1.get()),
                    m.initRho.get() * m.initSigma1.get() * m.initSigma2.get(), sq(m.initSigma2.get())};
        Parameterization p = d == 1 ? Parameterization.MU_SIGMA : Parameterization.MEAN_COV;
        if (s.data() instanceof DataSource.FromFile f) {
            m.say("Switched to " + d + "-D data sampled from the true distribution: " + f.file().getFileName()
                    + " has " + s.dim() + " column" + (s.dim() == 1 ? "" : "s"), false);
        }
        return s.toBuilder().dim(d).param(p).init(init).data(sampledFromControls(d)).build();
    }

    private DataSource.Sampled sampledFromControls(int d) {
        TrueGaussian t = d == 1 ? TrueGaussian.of1(m.trueMu1.get(), m.trueSigma1.get())
                : TrueGaussian.of2(m.trueMu1.get(), m.trueMu2.get(), m.trueSigma1.get(), m.trueSigma2.get(),
                    m.trueRho.get());
        return new DataSource.Sampled(t, m.n.get(), m.seed.get());
    }

    /** @return the scenario fitting a user's data file of dimension {@code d}; other settings stay */
    Scenario withDataFile(Scenario s, Path file, int d) {
        Scenario.Builder b = s.toBuilder().data(new DataSource.FromFile(file)).name("Your data: " + file.getFileName())
                .explanation("");
        if (d != s.dim()) {
            b.dim(d).param(d == 1 ? Parameterization.MU_SIGMA : Parameterization.MEAN_COV)
                    .init(d == 1 ? new double[] {0, 1} : new double[] {0, 0, 1, 0, 1});
        }
        return b.build();
    }

    /** @return true if the two scenarios are the same run apart from the settings that change live */
    static boolean sameRun(Scenario a, Scenario b) {
        return norm(a).equals(norm(b));
    }

    private static Scenario norm(Scenario s) {
        return s.toBuilder().lr(1).optimizer(Optimizer.GD).hyper(Hyper.DEFAULT).name("").explanation("").build();
    }

    private static double sq(double v) {
        return v * v;
    }
}
