package org.newsdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs work as a {@link Task} on one daemon thread, so writes never overlap; both handlers run on the FX thread. */
public final class FxWorker implements Worker, AutoCloseable {
    private final ExecutorService thread;

    public FxWorker() {
        this("newsdesk-worker");
    }

    /** A worker on a thread of its own named {@code threadName} (the proofreader's, which must not delay saves). */
    public FxWorker(String threadName) {
        thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, threadName);
            worker.setDaemon(true);
            return worker;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(done -> onSuccess.accept(task.getValue()));
        task.setOnFailed(failed -> onFailure.accept(task.getException()));
        thread.execute(task);
    }

    /** Lets queued work (such as a last save) finish, waiting at most a few seconds. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
