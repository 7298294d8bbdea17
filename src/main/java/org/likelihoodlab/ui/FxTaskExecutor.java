package org.likelihoodlab.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * Runs jobs as {@link Task}s on two daemon worker threads; results and failures come back on the
 * FX thread through the task's own handlers. The most recent unfinished task is exposed for the
 * status line's progress bar and Cancel button.
 */
final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "background");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final ReadOnlyObjectWrapper<Task<?>> active = new ReadOnlyObjectWrapper<>();

    @Override
    public <T> Handle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateMessage(title);
                return job.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(e -> {
            clear(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            clear(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> clear(task));
        active.set(task);
        pool.execute(task);
        return new Handle() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    private void clear(Task<?> task) {
        if (active.get() == task) {
            active.set(null);
        }
    }

    /** @return the most recently submitted task while it runs, else {@code null} */
    ReadOnlyObjectProperty<Task<?>> activeProperty() {
        return active.getReadOnlyProperty();
    }

    void shutdown() {
        pool.shutdownNow();
    }
}
