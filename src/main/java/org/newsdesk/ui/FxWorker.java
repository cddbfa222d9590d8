package org.newsdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs work as a {@link Task} on one daemon thread, so writes never overlap; both handlers run on the FX thread. */
public final class FxWorker implements Worker, AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread worker = new Thread(runnable, "newsdesk-worker");
        worker.setDaemon(true);
        return worker;
    });

    private final ExecutorService network = Executors.newCachedThreadPool(runnable -> {
        Thread worker = new Thread(runnable, "newsdesk-network-worker");
        worker.setDaemon(true);
        return worker;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        thread.execute(task(work, onSuccess, onFailure));
    }

    @Override
    public <T> void network(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        network.execute(task(work, onSuccess, onFailure));
    }

    private static <T> Task<T> task(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(done -> onSuccess.accept(task.getValue()));
        task.setOnFailed(failed -> onFailure.accept(task.getException()));
        return task;
    }

    /** Lets queued work (such as a last save) finish, waiting at most a few seconds. */
    @Override
    public void close() {
        network.shutdownNow();
        thread.shutdown();
        try {
            thread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
