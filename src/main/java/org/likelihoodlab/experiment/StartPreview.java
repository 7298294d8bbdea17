package org.likelihoodlab.experiment;

/**
 * "Where would I end up from here": the first steps of the run that a new start would begin,
 * computed at once while the start is dragged (2000 steps of a batch run are well under a
 * millisecond). The path is the reported parameters after each update, from the start itself,
 * and ends early where that run would diverge.
 */
public final class StartPreview {

    /** The most steps a preview computes, so a drag stays at frame rate. */
    public static final int MAX_STEPS = 2000;
    /** The fewest, so a drag at step 0 still shows where the run heads. */
    public static final int MIN_STEPS = 50;

    private StartPreview() {
    }

    /** @return how many steps a preview shows when the run has made {@code taken} steps */
    public static int steps(long taken) {
        return (int) Math.max(MIN_STEPS, Math.min(MAX_STEPS, taken));
    }

    /**
     * @param settings the settings the new run would have (the start is replaced)
     * @param init the new start: {@code (mu, sigma)} or {@code (mu1, mu2, s11, s12, s22)}
     * @return per reported parameter, its values at steps 0..k (k &le; steps; fewer after a divergence)
     */
    public static double[][] path(Scenario settings, Dataset data, double[] init, int steps) {
        Scenario s = settings.toBuilder().init(init).steps(steps).build();
        Run run = new Run(s, data);
        int size = init.length;
        double[][] out = new double[size][steps + 1];
        int[] count = {0};
        double[] p = new double[size];
        run.replay(r -> {
            r.reported(p);
            for (int c = 0; c < size; c++) {
                out[c][count[0]] = p[c];
            }
            count[0]++;
            return true;
        });
        for (int c = 0; c < size; c++) {
            out[c] = java.util.Arrays.copyOf(out[c], count[0]);
        }
        return out;
    }
}
