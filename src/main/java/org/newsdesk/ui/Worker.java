package org.newsdesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs slow work (database, network, files) away from the FX thread and reports back on it. */
public interface Worker {
    /** Runs {@code work} (database or file work) on the one writer thread, in order; reports on the FX thread. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs network work (fetching feeds and pages) on its own threads, never the writer thread, so a slow site
     * never delays a save; hand what it brings to {@link #run} to write it. Runs like {@link #run} unless a worker
     * has network threads of its own.
     */
    default <T> void network(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /**
     * Runs {@code fetch} (network work that writes nothing) on the network executor, then {@code write} with what
     * it fetched on the writer thread, then reports on the FX thread; so a site that takes 15 seconds to answer
     * never holds up an autosave, a search or closing the window. This default runs both in turn through
     * {@link #run}, as a test's inline worker should.
     */
    default <N, T> void fetchThenWrite(Callable<N> fetch, Write<N, T> write, Consumer<T> onSuccess,
                                       Consumer<Throwable> onFailure) {
        run(() -> write.apply(fetch.call()), onSuccess, onFailure);
    }

    /** The writing step after a fetch. */
    @FunctionalInterface
    interface Write<N, T> {
        T apply(N fetched) throws Exception;
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
