package org.newsdesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs slow work (database, network, files) away from the FX thread and reports back on it. */
public interface Worker {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs network work (fetching feeds and pages) on its own threads, never the writer thread, so a slow site
     * never delays a save; hand what it brings to {@link #run} to write it. Runs like {@link #run} unless a worker
     * has network threads of its own.
     */
    default <T> void network(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /** A worker that runs everything at once on the calling thread, for view-model tests. */
    static Worker inline() {
        return new Worker() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
