package org.likelihoodlab.ui;

import java.util.function.Consumer;

/**
 * Runs every job at once on the calling thread and calls its callback before returning: not for
 * the live window (a long job would freeze it) but for tests, where it makes background work
 * deterministic.
 */
final class CurrentThreadTaskExecutor implements TaskExecutor {

    private static final Handle DONE = new Handle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };

    @Override
    public <T> Handle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = job.run(new Progress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return DONE;
        }
        onSuccess.accept(result);
        return DONE;
    }
}
