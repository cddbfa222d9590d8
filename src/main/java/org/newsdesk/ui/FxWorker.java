package org.newsdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work as a {@link Task} on one daemon writer thread, so writes never overlap, and network work on an executor
 * of its own, so a slow site never waits in front of a save; both handlers run on the FX thread.
 */
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

    /** A few fetches at a time (clip one URL while the queue is retried); idle threads go after a minute. */
    private final ExecutorService network = new java.util.concurrent.ThreadPoolExecutor(0, 4, 60,
            java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), runnable -> {
                Thread fetcher = new Thread(runnable, "newsdesk-network");
                fetcher.setDaemon(true);
                return fetcher;
            });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(thread, task(work, onSuccess, onFailure));
    }

    /**
     * Hands a task to an executor; once {@link #close} ran (the window is going) a late timer's work, such as a
     * spelling check due after the last save, is let go instead of throwing on the FX thread.
     */
    private static void submit(ExecutorService executor, Runnable task) {
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // closed: the last save already ran in close(); nothing else is worth doing now
        }
    }

    @Override
    public <T> void network(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(network, task(work, onSuccess, onFailure));
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

    @Override
    public <N, T> void fetchThenWrite(Callable<N> fetch, Write<N, T> write, Consumer<T> onSuccess,
                                      Consumer<Throwable> onFailure) {
        Task<N> task = new Task<>() {
            @Override
            protected N call() throws Exception {
                return fetch.call();
            }
        };
        task.setOnSucceeded(done -> {
            N fetched = task.getValue();  // a Task is read on the FX thread only
            run(() -> write.apply(fetched), onSuccess, onFailure);
        });
        task.setOnFailed(failed -> onFailure.accept(task.getException()));
        submit(network, task);
    }

    /** Lets queued work (such as a last save) finish, waiting at most a few seconds; fetches are abandoned. */
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
