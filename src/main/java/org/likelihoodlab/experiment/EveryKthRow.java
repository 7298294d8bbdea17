package org.likelihoodlab.experiment;

/**
 * Writes rows 0, K, 2K, ..., the last of the plan's steps, and the last valid row of a run that
 * diverged or stopped early: the rows of the {@code run} command's trajectory file.
 */
public final class EveryKthRow implements RunObserver {

    private final TrajectorySink sink;
    private final long every;
    private final long total;
    private double[] rep;
    private double[] avg;
    private long written = -1;

    /**
     * @param sink where the rows go
     * @param every K, &ge; 1
     * @param total the plan's number of updates (its last row is always written)
     */
    public EveryKthRow(TrajectorySink sink, long every, long total) {
        this.sink = sink;
        this.every = every;
        this.total = total;
    }

    @Override
    public boolean row(Run run) {
        long step = run.step();
        if (step % every == 0 || step == total) {
            emit(run);
        }
        return true;
    }

    @Override
    public void end(Run run) {
        if (written != run.step()) {
            emit(run);
        }
    }

    private void emit(Run run) {
        if (rep == null) {
            rep = new double[run.model().size()];
        }
        run.reported(rep);
        if (run.averaging()) {
            if (avg == null) {
                avg = new double[rep.length];
            }
            run.averaged(avg);
            sink.row(run.step(), rep, run.logLik(), avg, run.averagedLogLik());
        } else {
            sink.row(run.step(), rep, run.logLik());
        }
        written = run.step();
    }
}
