package org.likelihoodlab.optim;

/**
 * What the adaptive update rules remember from one update to the next: the momentum buffer
 * (momentum, Nesterov), the first and second moment estimates (Adam; the second also holds
 * AdaGrad's and RMSprop's sums of squared gradients) and Adam's step count with its bias
 * corrections. Each rule's direction is computed here, in place and without allocating.
 */
final class RuleMemory {

    private final double[] buf;
    private final double[] m;
    private final double[] v;
    private long adamStep;
    private double adamPow1;
    private double adamPow2;
    private double adamCorrection1;
    private double adamCorrection2;

    /** @param size the number of parameters */
    RuleMemory(int size) {
        this.buf = new double[size];
        this.m = new double[size];
        this.v = new double[size];
    }

    /** Counts one more Adam update and sets its bias corrections 1 - beta^k. */
    void countAdamStep(Hyper hyper) {
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

    /** Forgets everything: a different rule starts from a clear state. */
    void clear() {
        java.util.Arrays.fill(buf, 0);
        java.util.Arrays.fill(m, 0);
        java.util.Arrays.fill(v, 0);
        adamStep = 0;
    }

    /** Recomputes beta^k for new hyperparameters (the step count stays). */
    void changeHyper(Hyper hyper) {
        if (adamStep > 0) {
            adamPow1 = Math.pow(hyper.beta1(), adamStep);
            adamPow2 = Math.pow(hyper.beta2(), adamStep);
        }
    }

    /** d = buf (momentum) or g + beta buf (Nesterov), after buf = beta buf + g. */
    void momentum(double[] g, double[] d, int from, int to, double beta, boolean nesterov) {
        for (int i = from; i < to; i++) {
            buf[i] = beta * buf[i] + g[i];
            d[i] = nesterov ? g[i] + beta * buf[i] : buf[i];
        }
    }

    /** d = mhat / (sqrt(vhat) + eps), the bias-corrected moments of this step. */
    void adam(double[] g, double[] d, int from, int to, Hyper hyper) {
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
    }

    /** d = g / (sqrt(sum of g^2) + eps). */
    void adagrad(double[] g, double[] d, int from, int to, Hyper hyper) {
        for (int i = from; i < to; i++) {
            v[i] = v[i] + g[i] * g[i];
            d[i] = g[i] / (Math.sqrt(v[i]) + hyper.eps());
        }
    }

    /** d = g / (sqrt(running mean of g^2) + eps). */
    void rmsprop(double[] g, double[] d, int from, int to, Hyper hyper) {
        double rho = hyper.rho();
        for (int i = from; i < to; i++) {
            v[i] = rho * v[i] + (1 - rho) * g[i] * g[i];
            d[i] = g[i] / (Math.sqrt(v[i]) + hyper.eps());
        }
    }

    /** @return a copy of the momentum buffer */
    double[] momentumBuffer() {
        return buf.clone();
    }

    /** Sets the momentum buffer. */
    void setMomentumBuffer(double[] b) {
        System.arraycopy(b, 0, buf, 0, buf.length);
    }
}
