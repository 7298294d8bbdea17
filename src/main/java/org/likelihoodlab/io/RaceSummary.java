package org.likelihoodlab.io;

import org.likelihoodlab.experiment.Outcome;
import org.likelihoodlab.experiment.OutcomeClassifier;

/**
 * The lines of a race's summary, as {@code race} writes {@code summary.csv} and the window exports
 * its leaderboard: {@code run,label,status,step,final_loglik,distance}, the status the one
 * classifier's word, the step the one it converged or diverged at (empty otherwise).
 */
public final class RaceSummary {

    /** CSV header of the summary. */
    public static final String HEADER = "run,label,status,step,final_loglik,distance";

    private RaceSummary() {
    }

    /**
     * @param run the run's position, 1-based
     * @param label its name
     * @param verdict the classifier's verdict at the end (or now)
     * @param logLik its average log-likelihood at the end
     * @param distance its max-norm distance to the MLE at the end
     * @return one line, without the line break
     */
    public static String line(int run, String label, OutcomeClassifier.Verdict verdict, double logLik, double distance) {
        Outcome o = verdict.outcome();
        boolean stepKnown = o == Outcome.CONVERGED || o == Outcome.DIVERGED;
        return run + "," + field(label) + "," + o.cliName() + "," + (stepKnown ? Long.toString(verdict.step()) : "")
                + "," + logLik + "," + distance;
    }

    /** @return the text as one CSV field (quoted when it holds a comma, a quote or a line break) */
    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"").replace('\n', ' ') + '"';
    }
}
