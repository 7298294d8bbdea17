package org.likelihoodlab.ui;

import java.util.Locale;
import org.likelihoodlab.experiment.StochasticView;

/**
 * The stochastic part of the status line: lr_k of a scheduled run, and for a constant-lr online
 * or mini-batch run the noise ball's predicted sd (math.md 9.5) beside the sd measured over the
 * last window of steps, for the mean (and the scale).
 */
final class StochasticStatus {

    private StochasticStatus() {
    }

    /** @return "" for a plain run, else the text to append (with leading spaces) */
    static String describe(Snapshot s) {
        StochasticView st = s.stochastic();
        if (st == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (st.scheduled()) {
            b.append("   lr\u2096 = ").append(Fields.format(st.lrNow()));
        }
        if (st.ball() != null || st.windowSd() != null) {
            int scale = s.dim() == 1 ? 1 : 2;
            b.append("   sd ").append(s.dim() == 1 ? "\u03bc/\u03c3" : "\u03bc\u2081/\u03a3\u2081\u2081").append(':');
            if (st.ball() != null) {
                b.append(" ball ").append(sd(st.ball().sd()[0])).append('/').append(sd(st.ball().sd()[scale]));
            }
            if (st.windowSd() != null) {
                b.append(st.ball() != null ? "," : "").append(" last ").append(st.window()).append(" steps ")
                        .append(sd(st.windowSd()[0])).append('/').append(sd(st.windowSd()[scale]));
            }
        }
        return b.toString();
    }

    private static String sd(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
