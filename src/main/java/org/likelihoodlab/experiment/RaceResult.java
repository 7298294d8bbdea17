package org.likelihoodlab.experiment;

/**
 * How one run of a race ended over its whole plan, by the one classifier: what the {@code race}
 * command's summary and a lesson's handout report.
 *
 * @param outcome the verdict
 * @param step where it converged (and stayed) or diverged; otherwise the classifier's step
 * @param logLik the last valid state's average log-likelihood
 * @param distance the max-norm distance of the reported parameters to the MLE at the end
 */
public record RaceResult(Outcome outcome, long step, double logLik, double distance) {

    /** Runs the scenario's plan to its end (or divergence) and classifies it. */
    public static RaceResult of(Scenario s, Dataset data) {
        Run run = new Run(s, data);
        OutcomeClassifier classifier = OutcomeClassifier.forRun(run);
        run.replay(classifier);
        OutcomeClassifier.Verdict v = classifier.verdict(run);
        return new RaceResult(v.outcome(), v.step(), run.logLik(), Convergence.distance(run.reported(), data.mle()));
    }
}
