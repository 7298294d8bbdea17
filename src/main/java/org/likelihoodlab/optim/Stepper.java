package org.likelihoodlab.optim;

import org.likelihoodlab.math.GaussianModel;

/**
 * Applies one update rule of math.md section 4 to a parameter vector, in place and without
 * allocating. Single-threaded and deterministic: the same calls give the same numbers, bit for bit.
 *
 * <p>The learning rate, the optimizer and its hyperparameters may change between updates (the
 * window changes them live); switching to another optimizer clears its state (momentum buffer,
 * Adam moments and step count), changing a hyperparameter keeps it.
 */
public final class Stepper {

    private final GaussianModel model;
    private final int size;
    private final int muSize;
    private final double[] theta;
    private final double[] g;
    private final double[] nat;
    private final double[] d;
    private final double[] buf;
    private final double[] m;
    private final double[] v;

    private Optimizer optimizer;
    private UpdateOrder order;
    private Bug bug;
    private double lr;
    private Hyper hyper;
    private long adamStep;
    private double adamPow1;
    private double adamPow2;
    private double adamCorrection1;
    private double adamCorrection2;

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
        this.model = model;
        this.size = model.size();
        this.muSize = model.muSize();
        this.theta = theta0.clone();
        this.g = new double[size];
        this.nat = new double[size];
        this.d = new double[size];
        this.buf = new double[size];
        this.m = new double[size];
        this.v = new double[size];
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
            adamStep++;
            // beta^k as in PyTorch's `beta ** step`; pow only where the product could drift
            if (adamStep <= 64 || (adamStep & 63) == 0) {
                adamPow1 = Math.pow(hyper.beta1(), adamStep);
                adamPow2 = Math.pow(hyper.beta2(), adamStep);
            } else {
                adamPow1 *= hyper.beta1();
                adamPow2 *= hyper.beta2();
            }
            adamCorrection1 = 1 - adamPow1;
            adamCorrection2 = 1 - adamPow2;
        }
        if (order == UpdateOrder.SIMULTANEOUS && optimizer == Optimizer.GD && bug == Bug.NONE) {
            // the plain update, the most common one, without the general path's copies and branches
            // (the same arithmetic: theta + lr * g, component by component)
            model.ascend(theta, moments, lr, g);
        } else if (order == UpdateOrder.SIMULTANEOUS) {
            direction(moments, 0, size);
            apply(0, size);
        } else {
            direction(moments, 0, muSize);
            apply(0, muSize);
            direction(moments, muSize, size);
            apply(muSize, size);
        }
        return model.divergence(theta, allMoments);
    }

    /** Fills d[from..to) from the gradient at the current theta. */
    private void direction(double[] moments, int from, int to) {
        model.gradient(theta, moments, g);
        switch (optimizer) {
            case GD:
                for (int i = from; i < to; i++) {   // a few numbers: no arraycopy stub call
                    d[i] = g[i];
                }
                break;
            case MOMENTUM:
                double beta = hyper.beta();
                for (int i = from; i < to; i++) {
                    buf[i] = beta * buf[i] + g[i];
                    d[i] = buf[i];
                }
                break;
            case ADAM:
                double b1 = hyper.beta1();
                double b2 = hyper.beta2();
                double eps = hyper.eps();
                for (int i = from; i < to; i++) {
                    m[i] = b1 * m[i] + (1 - b1) * g[i];
                    v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
                    double mhat = m[i] / adamCorrection1;
                    double vhat = v[i] / adamCorrection2;
                    d[i] = mhat / (Math.sqrt(vhat) + eps);
                }
                break;
            case NATURAL:
                model.naturalDirection(theta, moments, g, nat);
                for (int i = from; i < to; i++) {
                    d[i] = nat[i];
                }
                break;
            default:
                throw new IllegalStateException("unknown optimizer " + optimizer);
        }
    }

    private void apply(int from, int to) {
        boolean assign = bug == Bug.ASSIGN;
        for (int i = from; i < to; i++) {
            if (assign && i >= muSize) {
                theta[i] = lr * d[i];
            } else {
                theta[i] = theta[i] + lr * d[i];
            }
        }
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

    /** Switches the update rule; a different rule starts from a clear state. */
    public void setOptimizer(Optimizer optimizer) {
        if (optimizer != this.optimizer) {
            this.optimizer = optimizer;
            java.util.Arrays.fill(buf, 0);
            java.util.Arrays.fill(m, 0);
            java.util.Arrays.fill(v, 0);
            adamStep = 0;
        }
    }

    public Hyper hyper() {
        return hyper;
    }

    public void setHyper(Hyper hyper) {
        this.hyper = hyper;
        if (adamStep > 0) {
            adamPow1 = Math.pow(hyper.beta1(), adamStep);
            adamPow2 = Math.pow(hyper.beta2(), adamStep);
        }
    }

    public UpdateOrder order() {
        return order;
    }

    public void setOrder(UpdateOrder order) {
        this.order = order;
    }

    public Bug bug() {
        return bug;
    }

    public void setBug(Bug bug) {
        this.bug = bug;
    }
}
