package org.likelihoodlab.optim;

import org.likelihoodlab.math.GaussianModel;
import org.likelihoodlab.math.Hessian;

/**
 * Applies one update rule of math.md section 4 to a parameter vector, in place and without
 * allocating. Single-threaded and deterministic: the same calls give the same numbers, bit for bit.
 *
 * <p>The learning rate, the optimizer and its hyperparameters may change between updates (the
 * window changes them live); switching to another optimizer clears its state (momentum buffer,
 * Adam moments and step count, kept in {@link RuleMemory}), changing a hyperparameter keeps it.
 */
public final class Stepper {

    private final GaussianModel model;
    private final int size;
    private final int muSize;
    private final double[] theta;
    private final double[] g;
    private final double[] nat;
    private final double[] d;
    private final RuleMemory memory;
    private final double[] raw;
    /** The natural step's target of the scale coordinates (math.md section 6), and whether it is used. */
    private final double[] target;
    private boolean convex;
    private final double[] base;
    private final double[] hess = new double[3];
    private Safeguards guards;

    private Optimizer optimizer;
    private UpdateOrder order;
    private Bug bug;
    private double lr;
    private Hyper hyper;

    /**
     * @param model the parameterization
     * @param theta0 the initial theta (copied)
     * @param optimizer the update rule
     * @param hyper the hyperparameters of momentum and Adam
     * @param lr the learning rate, &gt; 0
     * @param order simultaneous or coordinate
     * @param bug the typo to reproduce, or {@link Bug#NONE}
     */
    public Stepper(GaussianModel model, double[] theta0, Optimizer optimizer, Hyper hyper, double lr,
            UpdateOrder order, Bug bug) {
        this(model, theta0, optimizer, hyper, lr, order, bug, Safeguards.NONE);
    }

    /**
     * As the constructor without guards, plus gradient clipping and the Armijo line search.
     *
     * @param guards clipping and line search ({@link Safeguards#NONE}: neither)
     * @throws IllegalArgumentException for Newton on a 2-D model
     */
    public Stepper(GaussianModel model, double[] theta0, Optimizer optimizer, Hyper hyper, double lr,
            UpdateOrder order, Bug bug, Safeguards guards) {
        this.model = model;
        this.size = model.size();
        this.muSize = model.muSize();
        this.theta = theta0.clone();
        this.g = new double[size];
        this.nat = new double[size];
        this.d = new double[size];
        this.memory = new RuleMemory(size);
        this.raw = new double[size];
        this.target = new double[size];
        this.base = new double[size];
        this.guards = guards;
        if (optimizer == Optimizer.NEWTON && model.dim() != 1) {
            throw new IllegalArgumentException("newton is 1-D only");
        }
        this.optimizer = optimizer;
        this.hyper = hyper;
        this.lr = lr;
        this.order = order;
        this.bug = bug;
    }

    /**
     * Performs one complete update (both halves in coordinate order) and checks the new state.
     *
     * @param moments the moments of this update's objective (all data in batch mode, the one
     *     sample in online mode)
     * @param allMoments the moments of the whole data set, for the divergence check
     * @return {@code null} if the new state is valid, otherwise the divergence reason; after a
     *     divergence the state is the offending one and the run should stop
     */
    public String update(double[] moments, double[] allMoments) {
        if (optimizer == Optimizer.ADAM) {
            memory.countAdamStep(hyper);
        }
        if (order == UpdateOrder.SIMULTANEOUS && optimizer == Optimizer.GD && bug == Bug.NONE && !guards.any()) {
            // the plain update, the most common one, without the general path's copies and branches
            // (the same arithmetic: theta + lr * g, component by component)
            model.ascend(theta, moments, lr, g);
        } else if (order == UpdateOrder.SIMULTANEOUS) {
            half(moments, allMoments, 0, size);
        } else {
            half(moments, allMoments, 0, muSize);
            half(moments, allMoments, muSize, size);
        }
        return model.divergence(theta, allMoments);
    }

    /** One update of theta[from..to): the gradient, the rule's direction, the step (or the line search). */
    private void half(double[] moments, double[] allMoments, int from, int to) {
        convex = false;
        model.gradient(theta, moments, g);
        if (!guards.any()) {
            direction(moments, from, to, 1);
            apply(from, to);
            return;
        }
        System.arraycopy(g, 0, raw, 0, size);
        double c = guards.clip() > 0 ? clipFactor(from, to) : 1;
        if (c != 1) {
            for (int i = from; i < to; i++) {
                g[i] *= c;
            }
        }
        direction(moments, from, to, c);
        if (guards.armijo()) {
            search(moments, allMoments, from, to);
        } else {
            apply(from, to);
        }
    }

    /** @return min(1, C/(||g|| + 1e-6)) for the gradient components of this half */
    private double clipFactor(int from, int to) {
        double ss = 0;
        for (int i = from; i < to; i++) {
            ss += g[i] * g[i];
        }
        return Math.min(1, guards.clip() / (Math.sqrt(ss) + 1e-6));
    }

    /**
     * Fills d[from..to) from the gradient g at the current theta (already clipped by {@code c},
     * which the closed-form natural step, computed from the moments, needs to be scaled by).
     */
    private void direction(double[] moments, int from, int to, double c) {
        switch (optimizer) {
            case GD:
                for (int i = from; i < to; i++) {   // a few numbers: no arraycopy stub call
                    d[i] = g[i];
                }
                break;
            case MOMENTUM:
            case NESTEROV:
                memory.momentum(g, d, from, to, hyper.beta(), optimizer == Optimizer.NESTEROV);
                break;
            case ADAM:
                memory.adam(g, d, from, to, hyper);
                break;
            case ADAGRAD:
                memory.adagrad(g, d, from, to, hyper);
                break;
            case RMSPROP:
                memory.rmsprop(g, d, from, to, hyper);
                break;
            case NATURAL:
                model.naturalDirection(theta, moments, g, nat);
                if (c == 1) {
                    System.arraycopy(nat, from, d, from, to - from);
                    // lr <= 1: the scale update as the convex combination that stays positive (math.md section 6)
                    convex = lr <= 1 && bug != Bug.ASSIGN && !guards.armijo() && to > muSize
                            && model.naturalTarget(theta, moments, target);
                } else {
                    // d = F^-1 (c g): the closed forms are linear in g, so scale them by c (math.md 9.7)
                    for (int i = from; i < to; i++) {
                        d[i] = c * nat[i];
                    }
                }
                break;
            case NEWTON:
                newton(moments, from, to);
                break;
            default:
                throw new IllegalStateException("unknown optimizer " + optimizer);
        }
    }

    /** d = -H^-1 g in closed form (simultaneous), or the diagonal of H for one coordinate. */
    private void newton(double[] moments, int from, int to) {
        Hessian.of(model, theta, moments, hess);
        if (to - from == 2) {
            double det = hess[0] * hess[2] - hess[1] * hess[1];
            d[0] = -(hess[2] * g[0] - hess[1] * g[1]) / det;
            d[1] = -(hess[0] * g[1] - hess[1] * g[0]) / det;
        } else if (from == 0) {
            d[0] = -g[0] / hess[0];
        } else {
            d[1] = -g[1] / hess[2];
        }
    }

    /**
     * Backtracking: t = lr, lr/2, ... (31 tries); the first candidate that passes the divergence
     * checks and raises the update's objective by 1e-4 t (g . d) is taken, else theta stays.
     */
    private void search(double[] moments, double[] allMoments, int from, int to) {
        double obj = model.logLik(theta, moments);
        double slope = 0;
        for (int i = from; i < to; i++) {
            slope += raw[i] * d[i];
        }
        System.arraycopy(theta, 0, base, 0, size);
        boolean assign = bug == Bug.ASSIGN;
        for (int j = 0; j <= 30; j++) {
            double t = Math.scalb(lr, -j);
            for (int i = from; i < to; i++) {
                theta[i] = assign && i >= muSize ? t * d[i] : base[i] + t * d[i];
            }
            if (model.divergence(theta, allMoments) == null
                    && model.logLik(theta, moments) >= obj + 1e-4 * t * slope) {
                return;
            }
        }
        System.arraycopy(base, 0, theta, 0, size);
    }

    private void apply(int from, int to) {
        boolean assign = bug == Bug.ASSIGN;
        for (int i = from; i < to; i++) {
            if (assign && i >= muSize) {
                theta[i] = lr * d[i];
            } else if (convex && i >= muSize) {
                theta[i] = (1 - lr) * theta[i] + lr * target[i];
            } else {
                theta[i] = theta[i] + lr * d[i];
            }
        }
    }

    /** @return a copy of the momentum buffer (momentum and Nesterov; zeros for the other rules) */
    public double[] momentumBuffer() {
        return memory.momentumBuffer();
    }

    /**
     * Sets the momentum buffer, as if earlier updates had built it (for the update map's Jacobian on
     * (theta, buf), math.md section 9.6).
     */
    public void setMomentumBuffer(double[] b) {
        memory.setMomentumBuffer(b);
    }

    /** @return the live theta vector (do not modify) */
    public double[] theta() {
        return theta;
    }

    public GaussianModel model() {
        return model;
    }

    public double lr() {
        return lr;
    }

    /** Sets the learning rate for the following updates. */
    public void setLr(double lr) {
        this.lr = lr;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /**
     * Switches the update rule; a different rule starts from a clear state.
     *
     * @throws IllegalArgumentException for Newton on a 2-D model
     */
    public void setOptimizer(Optimizer optimizer) {
        if (optimizer == Optimizer.NEWTON && model.dim() != 1) {
            throw new IllegalArgumentException("newton is 1-D only");
        }
        if (optimizer != this.optimizer) {
            this.optimizer = optimizer;
            memory.clear();
        }
    }

    public Hyper hyper() {
        return hyper;
    }

    public void setHyper(Hyper hyper) {
        this.hyper = hyper;
        memory.changeHyper(hyper);
    }

    public UpdateOrder order() {
        return order;
    }

    public void setOrder(UpdateOrder order) {
        this.order = order;
    }

    public Safeguards guards() {
        return guards;
    }

    public Bug bug() {
        return bug;
    }

    public void setBug(Bug bug) {
        this.bug = bug;
    }
}
