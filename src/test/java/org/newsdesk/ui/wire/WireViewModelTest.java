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
import org.newsdesk.clip.LocalSite;
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

        /** The fetch runs at once, on "the network", even while the writer is busy; the write waits its turn. */
        @Override
        public <N, T> void fetchThenWrite(Callable<N> fetch, Write<N, T> write, Consumer<T> onSuccess,
                                          Consumer<Throwable> onFailure) {
            N fetched;
            try {
                fetched = fetch.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            run(() -> write.apply(fetched), onSuccess, onFailure);
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.remove(0).run();
            }
        }
    }

    private java.util.UUID addItem(String link) {
        WireStore store = new WireStore(app.stores().database());
        Feed feed = store.insertFeed(Feed.subscribe("https://a.example/rss", "A", null, null, java.time.Instant.now()));
        java.util.UUID id = java.util.UUID.randomUUID();
        store.addItems(feed.id(), List.of(new WireItem(id, feed.id(), "g1", link, null,
                "Chief quits", "", null, null, java.time.Instant.now(), WireItemState.NEW, null, null, null, null)),
                java.time.Instant.now());
        return id;
    }

    private WireViewModel deskOfTed(Worker worker) {
        app.people().welcome("Ann");
        app.people().add("Ann", "Ted", org.newsdesk.model.Role.WRITER);
        WireViewModel viewModel = new WireViewModel(app.wireService(), app.feedService(), app.feedRefresh(), worker);
        viewModel.personProperty().set("Ted");
        return viewModel;
    }

    @Test
    void clippingAnItemFetchesItsArticleWhileTheWriterIsBusyAndWritesOnlyOnTheWriter() throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        try (LocalSite site = new LocalSite()) {
            site.handle("/news/chief", exchange -> {
                asked.incrementAndGet();
                LocalSite.send(exchange, 200, "text/html", ("<html><head><title>Police chief resigns</title></head>"
                        + "<body><article><h1>Police chief resigns</h1><p>"
                        + "The city's police chief stepped down on Tuesday after an outside audit found that overtime"
                        + " pay had been approved without review for three years. ".repeat(4)
                        + "</p></article></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            });
            java.util.UUID id = addItem(site.url("/news/chief"));
            HeldWorker worker = new HeldWorker();
            WireViewModel viewModel = deskOfTed(worker);
            viewModel.load();
            worker.runAll();
            List<java.util.UUID> opened = new ArrayList<>();

            viewModel.clip(viewModel.shownEntries().get(0), opened::add);

            assertEquals(1, asked.get(), "the article is fetched while the writer thread is busy (an autosave, say)");
            assertEquals(WireItemState.NEW, app.wireService().requireItem(id).item().state(), "nothing written yet");
            worker.runAll();
            assertEquals(1, opened.size());
            assertEquals(WireItemState.CLIPPED, app.wireService().requireItem(id).item().state());
            assertEquals("Story started from the item.", viewModel.messageProperty().get());
        }
    }

    @Test
    void clippingAnItemOfflineLeavesItsAddressInPendingClipsAndStartsTheStoryAtOnce() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String link = "http://127.0.0.1:" + closedPort + "/news/chief";
        java.util.UUID id = addItem(link);
        HeldWorker worker = new HeldWorker();
        WireViewModel viewModel = deskOfTed(worker);
        viewModel.load();
        worker.runAll();
        List<java.util.UUID> opened = new ArrayList<>();

        viewModel.clip(viewModel.shownEntries().get(0), opened::add);

        assertEquals(List.of(), opened, "nothing is written while the writer thread is busy");
        assertEquals(WireItemState.NEW, app.wireService().requireItem(id).item().state());
        assertEquals(List.of(), app.clipService().pending());
        worker.runAll();
        assertEquals(1, opened.size(), "the story starts at once, without its article");
        assertEquals(WireItemState.CLIPPED, app.wireService().requireItem(id).item().state());
        assertEquals(link, app.clipService().pending().get(0).url());
        assertEquals(opened.get(0), app.clipService().pending().get(0).storyId());
        assertEquals("You are offline: the article waits in Pending clips and is fetched when the network is back."
                + " Your story is started.", viewModel.messageProperty().get());
    }

    @Test
    void dismissingAnItemWhoseSeenMarkArrivedMeanwhileStillTakesItOffTheList() {
        addItem("https://a.example/1");
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
