package org.likelihoodlab.io;

import java.util.ArrayList;
import java.util.List;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Sampling;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.Schedule;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/**
 * A scene's run as a self-contained Python script (numpy and matplotlib): the data inline, the
 * moments, gradient, update and divergence check of math.md sections 1, 2, 4 and 5 written out
 * with the engine's arithmetic in the engine's order, a CSV of the trajectory on standard output
 * ({@code step,mu,sigma,loglik}) and the trajectories figure saved as a PNG. It covers the runs
 * whose every operation Python does exactly as Java does (IEEE arithmetic and the square root): 1-D
 * plain gradient ascent in (μ, σ) or (μ, σ²), batch or online in file order, either update order,
 * with or without the typo, at a constant α. Anything else is refused, saying what.
 */
public final class PythonScript {

    /** The most points written inline. */
    static final int MAX_POINTS = 200_000;

    private PythonScript() {
    }

    /** @return why the scenario cannot be exported, or {@code null} if it can */
    public static String unsupported(Scenario s) {
        List<String> why = new ArrayList<>();
        if (s.dim() != 1) {
            why.add("a 2-D run");
        }
        if (s.param() != Parameterization.MU_SIGMA && s.param() != Parameterization.MU_VARIANCE) {
            why.add("the " + s.param().cliName() + " parameterization");
        }
        if (s.optimizer() != Optimizer.GD) {
            why.add("the " + s.optimizer().cliName() + " optimizer");
        }
        if (s.mode() == Mode.MINIBATCH || s.mode() == Mode.ONLINE && s.sampling() != Sampling.FILE) {
            why.add("mini-batches or a sample order other than the file's");
        }
        if (!s.schedule().equals(Schedule.CONST) || s.warmup() > 0) {
            why.add("a learning-rate schedule");
        }
        if (s.guards().any() || s.averaging()) {
            why.add("clipping, line search or averaging");
        }
        if (why.isEmpty()) {
            return null;
        }
        return "the Python export covers 1-D plain gradient ascent in (\u03bc, \u03c3) or (\u03bc, \u03c3\u00b2), batch or "
                + "online in file order, at a constant \u03b1; this run has " + String.join(", ", why);
    }

    /**
     * @param title the figure's title and the script's heading
     * @throws BadInputException if the run is not one the export covers (see {@link #unsupported})
     */
    public static String of(Scenario s, Dataset data, String title) {
        String no = unsupported(s);
        if (no != null) {
            throw new BadInputException(no);
        }
        if (data.n() > MAX_POINTS) {
            throw new BadInputException("the Python export writes the data inline: at most " + MAX_POINTS
                    + " points (this run has " + data.n() + ")");
        }
        boolean variance = s.param() == Parameterization.MU_VARIANCE;
        StringBuilder b = new StringBuilder();
        b.append("#!/usr/bin/env python3\n");
        b.append("# ").append(title.replace('\n', ' ')).append("\n");
        b.append("# Written by Likelihood Lab: the same run as the app's, step by step (math.md sections 1, 2, 4, 5).\n");
        b.append("# Prints the trajectory as CSV (step,mu,sigma,loglik) and saves the figure next to this file.\n");
        b.append("import math\nimport os\nimport sys\n\nimport numpy as np\n\n");
        b.append("X = np.array([");
        for (int i = 0; i < data.n(); i++) {
            b.append(i % 8 == 0 ? "\n    " : " ").append(Double.toString(data.value(i, 0))).append(',');
        }
        b.append("\n])\n");
        b.append("LR = ").append(Double.toString(s.lr())).append("\n");
        b.append("STEPS = ").append(s.steps()).append("\n");
        b.append("MU0, SIGMA0 = ").append(Double.toString(s.init()[0])).append(", ").append(Double.toString(s.init()[1]))
                .append("\n");
        b.append("ONLINE = ").append(s.mode() == Mode.ONLINE ? "True" : "False").append("\n");
        b.append("COORDINATE = ").append(s.order() == UpdateOrder.COORDINATE ? "True" : "False").append("\n");
        b.append("TYPO = ").append(s.bug() == Bug.ASSIGN ? "True" : "False").append("  # q = lr*d instead of q + lr*d\n");
        b.append("VARIANCE = ").append(variance ? "True" : "False").append("  # q = sigma^2 (else q = sigma)\n");
        b.append("TITLE = ").append(pyString(title)).append("\n\n");
        b.append(BODY);
        return b.toString();
    }

    /** @return a Python string literal of the text (non-ASCII as escapes) */
    static String pyString(String t) {
        StringBuilder b = new StringBuilder("'");
        for (char c : t.toCharArray()) {
            if (c == '\\' || c == '\'') {
                b.append('\\').append(c);
            } else if (c < 32 || c > 126) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    private static final String BODY = String.join("\n",
            "HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)",
            "",
            "",
            "def moments(xs):",
            "    \"\"\"Corrected two-pass mean and biased variance, summed left to right as the app does.\"\"\"",
            "    n = len(xs)",
            "    total = 0.0",
            "    for x in xs:",
            "        total += x",
            "    m = total / n",
            "    s1 = 0.0",
            "    ss = 0.0",
            "    for x in xs:",
            "        r = x - m",
            "        s1 += r",
            "        ss += r * r",
            "    return m + s1 / n, (ss - s1 * s1 / n) / n",
            "",
            "",
            "def gradient(mu, q, m, c):",
            "    rbar = m - mu",
            "    big_s = c + rbar * rbar",
            "    if VARIANCE:",
            "        return rbar / q, big_s / (2 * q * q) - 1 / (2 * q)",
            "    return rbar / (q * q), big_s / (q * q * q) - 1 / q",
            "",
            "",
            "def sigma_of(q):",
            "    return math.sqrt(q) if VARIANCE else q",
            "",
            "",
            "def diverged(mu, q, m, c):",
            "    if not (math.isfinite(mu) and math.isfinite(q)):",
            "        return 'non-finite value'",
            "    if q <= 0:",
            "        return 'variance <= 0' if VARIANCE else 'sigma <= 0'",
            "    s = sigma_of(q)",
            "    rbar = m - mu",
            "    if not math.isfinite((c + rbar * rbar) / (2 * s * s)):",
            "        return 'non-finite value'",
            "    return None",
            "",
            "",
            "def loglik(mu, s, m, c):",
            "    rbar = m - mu",
            "    return -HALF_LOG_2PI - math.log(s) - (c + rbar * rbar) / (2 * s * s)",
            "",
            "",
            "def step_q(q, d):",
            "    return LR * d if TYPO else q + LR * d",
            "",
            "",
            "def run():",
            "    xs = [float(x) for x in X]",
            "    m_all, c_all = moments(xs)",
            "    mu, q = MU0, (SIGMA0 * SIGMA0 if VARIANCE else SIGMA0)",
            "    rows = [(0, mu, sigma_of(q), loglik(mu, sigma_of(q), m_all, c_all))]",
            "    reason = None",
            "    for k in range(1, STEPS + 1):",
            "        m, c = (xs[(k - 1) % len(xs)], 0.0) if ONLINE else (m_all, c_all)",
            "        g_mu, g_q = gradient(mu, q, m, c)",
            "        if COORDINATE:",
            "            new_mu = mu + LR * g_mu",
            "            g_mu, g_q = gradient(new_mu, q, m, c)",
            "            mu, q = new_mu, step_q(q, g_q)",
            "        else:",
            "            mu, q = mu + LR * g_mu, step_q(q, g_q)",
            "        reason = diverged(mu, q, m_all, c_all)",
            "        if reason is not None:",
            "            break",
            "        rows.append((k, mu, sigma_of(q), loglik(mu, sigma_of(q), m_all, c_all)))",
            "    mle = (m_all, math.sqrt(c_all))",
            "    return np.array(rows), reason, mle",
            "",
            "",
            "def main():",
            "    rows, reason, mle = run()",
            "    out = sys.stdout",
            "    out.write('step,mu,sigma,loglik\\n')",
            "    for r in rows:",
            "        out.write('%d,%r,%r,%r\\n' % (int(r[0]), float(r[1]), float(r[2]), float(r[3])))",
            "    if reason is not None:",
            "        sys.stderr.write('diverged at step %d: %s\\n' % (len(rows), reason))",
            "    if os.environ.get('LIKELIHOODLAB_NO_FIGURE'):",
            "        return",
            "    import matplotlib",
            "    matplotlib.use('Agg')",
            "    import matplotlib.pyplot as plt",
            "    fig, axes = plt.subplots(1, 3, figsize=(13, 4))",
            "    for ax, col, name, ref in ((axes[0], 1, 'mean \\u03bc', mle[0]), (axes[1], 2, 'standard deviation \\u03c3', mle[1]),",
            "                               (axes[2], 3, 'average log-likelihood', None)):",
            "        ax.plot(rows[:, 0], rows[:, col])",
            "        if ref is not None:",
            "            ax.axhline(ref, ls='--', color='0.3', label='MLE')",
            "            ax.legend()",
            "        if reason is not None:",
            "            ax.axvline(len(rows), color='#D55E00', ls=':')",
            "        ax.set_title(name)",
            "        ax.set_xlabel('step')",
            "    fig.suptitle(TITLE)",
            "    fig.tight_layout()",
            "    png = os.path.splitext(os.path.abspath(__file__))[0] + '.png'",
            "    fig.savefig(png, dpi=120)",
            "    sys.stderr.write('figure: %s\\n' % png)",
            "",
            "",
            "if __name__ == '__main__':",
            "    main()",
            "");
}
