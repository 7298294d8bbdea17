package org.likelihoodlab.experiment;

/**
 * The one classifier of outcomes ({@link Outcome} has the definitions). It watches every row of
 * a run from row 0 and keeps a bounded summary of the distance to the MLE: the last
 * {@value #WINDOW} distances, and block sums of the whole history (at most 128 blocks, merged
 * pairwise as the run grows), so it can compare the second quarter of the run with the fourth at
 * any step in O(1) memory.
 * Deterministic: the same rows give the same verdict, whoever asks.
 */
public final class OutcomeClassifier implements RunObserver {

    /** Updates a run must have made before "not converged" is called anything but unfinished. */
    public static final long PATIENCE = 100;
    /**
     * The same for a stochastic (online) run, whose distance to the MLE is noisy: its slow
     * transient (time constants of sigma^2/lr updates, 500 at lr = 0.002) must have had time to pass.
     */
    public static final long STOCHASTIC_PATIENCE = 2000;
    static final int WINDOW = 16;
    private static final int BLOCKS = 128;

    /**
     * A classification.
     *
     * @param outcome what the run is doing
     * @param step the update it converged at (and has stayed converged since), or diverged at;
     *     -1 otherwise
     * @param firstConverged the first step at which it was converged, or -1
     * @param distance max-norm distance of the current state to the MLE
     * @param remaining for a run getting closer, the estimated updates still needed; -1 if unknown
     */
    public record Verdict(Outcome outcome, long step, long firstConverged, double distance, long remaining) {
    }

    private final double[] mle;
    private final Convergence checker;
    private final double[] rep;
    private final double[] recent = new double[WINDOW];
    private final double[] sums = new double[BLOCKS];
    private double blockSum;
    private final long patience;
    private int blockCount;
    private long blockSize = 1;
    private long inBlock;
    private long rows;
    private long firstConverged = -1;
    private long convergedSince = -1;
    private double distance = Double.POSITIVE_INFINITY;

    /**
     * @param mle the closed-form MLE in reported parameters
     * @param checker when a state counts as converged
     */
    public OutcomeClassifier(double[] mle, Convergence checker) {
        this(mle, checker, PATIENCE);
    }

    /**
     * @param patience updates before a run that has not converged is called more than unfinished
     */
    public OutcomeClassifier(double[] mle, Convergence checker, long patience) {
        this.patience = patience;
        this.mle = mle.clone();
        this.checker = checker;
        this.rep = new double[mle.length];
    }

    /** A classifier for a run's data with the default checker (batch patience). */
    public static OutcomeClassifier forData(Dataset data) {
        return new OutcomeClassifier(data.mle(), Convergence.DEFAULT);
    }

    /** A classifier for a run with the default checker and the patience its mode needs. */
    public static OutcomeClassifier forRun(Run run) {
        return new OutcomeClassifier(run.data().mle(), Convergence.DEFAULT,
                run.scenario().mode() == Mode.BATCH ? PATIENCE : STOCHASTIC_PATIENCE);
    }

    @Override
    public boolean row(Run run) {
        run.reported(rep);
        long step = run.step();
        distance = Convergence.distance(rep, mle);
        if (checker.converged(rep, mle)) {
            if (firstConverged < 0) {
                firstConverged = step;
            }
            if (convergedSince < 0) {
                convergedSince = step;
            }
        } else {
            convergedSince = -1;
        }
        recent[(int) (rows % WINDOW)] = distance;
        rows++;
        if (step > 0) {
            addToBlocks(distance);
        }
        return true;
    }

    private void addToBlocks(double d) {
        blockSum = inBlock == 0 ? d : blockSum + d;
        if (++inBlock == blockSize) {
            sums[blockCount] = blockSum;
            blockCount++;
            inBlock = 0;
            if (blockCount == BLOCKS) {
                for (int i = 0; i < BLOCKS / 2; i++) {
                    sums[i] = sums[2 * i] + sums[2 * i + 1];
                }
                blockCount = BLOCKS / 2;
                blockSize *= 2;
            }
        }
    }

    /** @return true if the latest row is converged (cheap: no verdict is built) */
    public boolean convergedNow() {
        return convergedSince >= 0;
    }

    /** @return the verdict for the run as it stands (the run this classifier watched) */
    public Verdict verdict(Run run) {
        long t = run.step();
        if (run.status() == Run.Status.DIVERGED) {
            return new Verdict(Outcome.DIVERGED, run.divergedAt(), firstConverged, distance, -1);
        }
        if (convergedSince >= 0) {
            return new Verdict(Outcome.CONVERGED, convergedSince, firstConverged, distance, 0);
        }
        if (t < patience || rows < WINDOW) {
            return new Verdict(Outcome.UNFINISHED, -1, firstConverged, distance, -1);
        }
        // mean distance over the second and the fourth quarter: robust to period-2 swings and to noise
        double early = meanOver(Math.max(1, t / 4 + 1), t / 2);
        double late = meanOver(3 * t / 4 + 1, t);
        long span = t / 2;
        long remaining = -1;
        boolean closer = late < early;
        if (closer) {
            double q = late / early;
            double need = span * Math.log(checker.threshold(mle) / distance) / Math.log(q);
            remaining = need < 0 ? 0 : need > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) Math.ceil(need);
            if (remaining <= t) {
                return new Verdict(Outcome.UNFINISHED, -1, firstConverged, distance, remaining);
            }
        }
        if (closer && monotone()) {
            return new Verdict(Outcome.CRAWLING, -1, firstConverged, distance, remaining);
        }
        return new Verdict(Outcome.OSCILLATING, -1, firstConverged, distance, -1);
    }

    /** @return true if the last WINDOW distances never increase */
    private boolean monotone() {
        int start = (int) (rows % WINDOW);   // the oldest of the ring
        double prev = recent[start];
        for (int i = 1; i < WINDOW; i++) {
            double d = recent[(start + i) % WINDOW];
            if (d > prev) {
                return false;
            }
            prev = d;
        }
        return true;
    }

    /** @return the mean distance over updates from..to (1-based), from the block sums (whole blocks) */
    private double meanOver(long from, long to) {
        double sum = 0;
        long count = 0;
        long firstBlock = (from - 1) / blockSize;
        long lastBlock = (to - 1) / blockSize;
        for (long b = firstBlock; b <= lastBlock; b++) {
            if (b < blockCount) {
                sum += sums[(int) b];
                count += blockSize;
            } else if (inBlock > 0) {
                sum += blockSum;
                count += inBlock;
            }
        }
        return count == 0 ? 0 : sum / count;
    }
}
