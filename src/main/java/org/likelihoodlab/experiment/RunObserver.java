package org.likelihoodlab.experiment;

/**
 * Watches a run as the engine ({@link Run#replay}, {@link Run#runTo}) advances it: every consumer
 * of runs (the trajectory file, the recorder for charts, the sweep's classifier, the window's
 * worker, the GIF) is an observer of the one stepping loop.
 */
public interface RunObserver {

    /**
     * Called with the run at each new row: row 0 (by {@link Run#replay}) and after every valid
     * update.
     *
     * @return true to go on, false to stop the loop after this row
     */
    boolean row(Run run);

    /** Called once when a loop ends: the target reached, the run diverged, or an observer stopped it. */
    default void end(Run run) {
    }

    /** @return one observer that tells each of these in turn (and stops when any says stop) */
    static RunObserver all(RunObserver... observers) {
        return new RunObserver() {
            @Override
            public boolean row(Run run) {
                boolean go = true;
                for (RunObserver o : observers) {
                    go &= o.row(run);
                }
                return go;
            }

            @Override
            public void end(Run run) {
                for (RunObserver o : observers) {
                    o.end(run);
                }
            }
        };
    }
}
