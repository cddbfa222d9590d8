package org.newsdesk.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.newsdesk.app.DatabaseFile;

/**
 * Notices every change to the newsroom, wherever it came from: this app (a publish, an approval on another screen)
 * or another process on the same file (a command-line import). It looks once a second, on a thread of its own so
 * the FX thread never waits on the database, and tells the FX thread what changed.
 */
final class ChangeWatch implements AutoCloseable {
    /** What changed since the last look: this app's own writes, and whether another process wrote too. */
    record Change(boolean outside) {
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsdesk-change-watch");
        thread.setDaemon(true);
        return thread;
    });
    private DatabaseFile.Changes last;

    ChangeWatch(Supplier<DatabaseFile.Changes> look, Consumer<Change> changed) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                DatabaseFile.Changes now = look.get();
                if (last != null && !now.equals(last)) {
                    boolean outside = now.outside() != last.outside();
                    Platform.runLater(() -> changed.accept(new Change(outside)));
                }
                last = now;
            } catch (RuntimeException e) {
                // The file is closing or busy: look again next time.
            }
        }, 0, 1, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
