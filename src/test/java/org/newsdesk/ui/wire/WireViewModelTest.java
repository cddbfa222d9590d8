package org.newsdesk.ui.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.App;
import org.newsdesk.app.WireEntry;
import org.newsdesk.model.Feed;
import org.newsdesk.model.WireItem;
import org.newsdesk.model.WireItemState;
import org.newsdesk.store.Database;
import org.newsdesk.store.WireStore;
import org.newsdesk.ui.Worker;

class WireViewModelTest {
    private final App app = new App(Database.inMemory(), Clock.systemUTC());

    @AfterEach
    void close() {
        app.close();
    }

    /** A worker that holds work back until the test lets it run, as the writer thread does when busy. */
    private static final class HeldWorker implements Worker {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> Worker.inline().run(work, onSuccess, onFailure));
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.remove(0).run();
            }
        }
    }

    @Test
    void dismissingAnItemWhoseSeenMarkArrivedMeanwhileStillTakesItOffTheList() {
        WireStore store = new WireStore(app.stores().database());
        Feed feed = store.insertFeed(Feed.subscribe("https://a.example/rss", "A", null, null, java.time.Instant.now()));
        java.util.UUID id = java.util.UUID.randomUUID();
        store.addItems(feed.id(), List.of(new WireItem(id, feed.id(), "g1", "https://a.example/1", null,
                "Chief quits", "", null, null, java.time.Instant.now(), WireItemState.NEW, null, null, null, null)),
                java.time.Instant.now());
        HeldWorker worker = new HeldWorker();
        WireViewModel viewModel = new WireViewModel(app.wireService(), app.feedService(), app.feedRefresh(), worker);
        viewModel.load();
        worker.runAll();
        WireEntry shown = viewModel.shownEntries().get(0);

        viewModel.select(shown);
        viewModel.dismiss(shown);
        worker.runAll();

        assertEquals(0, viewModel.shownEntries().size());
        assertEquals("Dismissed \u201CChief quits\u201D.", viewModel.messageProperty().get());
    }
}
