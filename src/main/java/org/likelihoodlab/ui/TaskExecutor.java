package org.likelihoodlab.ui;

import java.util.function.Consumer;

/**
 * Where background work goes (data loading and sampling, exports, sweeps): the window hands a job
 * to an executor and applies its result on the FX thread. {@link FxTaskExecutor} runs jobs as
 * {@code javafx.concurrent.Task}s on worker threads with progress and cancel;
 * {@link CurrentThreadTaskExecutor} runs them at once on the calling thread, so tests are
 * deterministic (the seam JabRef's {@code TaskExecutor} is).
 */
interface TaskExecutor {

    /** A piece of background work. */
    @FunctionalInterface
    interface Job<T> {
        /**
         * @param progress where to report progress and ask whether the job was cancelled
         * @return the result, handed to the success callback on the FX thread
         */
        T run(Progress progress) throws Exception;
    }

    /** What a job sees of its task. */
    interface Progress {
        /** Reports {@code done} of {@code total} units. */
        void update(long done, long total);

        /** @return true once the user cancelled: the job should stop soon */
        boolean isCancelled();
    }

    /** A submitted job. */
    interface Handle {
        /** Asks the job to stop; its callbacks are then not called. */
        void cancel();

        boolean isDone();
    }

    /**
     * Runs a job in the background.
     *
     * @param title what the status line says while it runs (e.g. "Sampling 10000000 points")
     * @param job the work; it must not touch JavaFX nodes
     * @param onSuccess gets the result on the FX thread
     * @param onFailure gets the job's exception on the FX thread (not called when cancelled)
     */
    <T> Handle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
