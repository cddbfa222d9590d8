package org.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.App;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.feed.FeedFixtures;
import org.newsdesk.model.Feed;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.model.WireItemState;
import org.newsdesk.store.Database;
import org.newsdesk.testing.MovableClock;
import org.newsdesk.workflow.WorkflowException;
import org.junit.jupiter.api.function.Executable;

/** Only editors change the newsroom's feeds and watch-list; everyone dismisses and clips what comes in. */
@Timeout(30)
class WireListRulesTest {
    private static final String RULE = "Only editors change the newsroom's feeds and watch-list.";

    private final MovableClock clock = new MovableClock(Instant.parse("2024-06-11T15:00:00Z"));
    private final App app = new App(Database.inMemory(), clock);
    private final FeedService feeds = app.feedService();
    private final WireService wire = app.wireService();
    private final LocalSite site;

    WireListRulesTest() throws IOException {
        site = new LocalSite();
        site.page("/rss", "application/rss+xml", FeedFixtures.RSS_20);
        site.page("/another", "application/rss+xml", FeedFixtures.RSS_20);
        app.stores().users().add(new User("Eve", Role.EDITOR));
        app.stores().users().add(new User("Ted", Role.WRITER));
    }

    @AfterEach
    void stop() {
        site.close();
        app.close();
    }

    private static void refused(Executable change) {
        assertEquals(RULE, assertThrows(WorkflowException.class, change).getMessage());
    }

    @Test
    void aWriterCannotFollowChangeOrDropAFeedNorTouchTheWatchList() {
        Feed feed = feeds.subscribe(site.url("/rss"), null, "eve");
        wire.watch("police", null, "Eve");
        String opml = feeds.exportOpml().replace(site.url("/rss"), site.url("/other"));

        refused(() -> feeds.subscribe(site.url("/another"), null, "Ted"));
        refused(() -> feeds.follow(feeds.read(site.url("/another"), Feed.DEFAULT_INTERVAL), null, "Ted"));
        refused(() -> feeds.setOutlet(feed.id(), "Ted's Outlet", "Ted"));
        refused(() -> feeds.setInterval(feed.id(), Duration.ofHours(1), "Ted"));
        refused(() -> feeds.unsubscribe(feed.id(), "Ted"));
        refused(() -> feeds.importOpml(opml.getBytes(StandardCharsets.UTF_8), "Ted"));
        refused(() -> wire.watch("prison", null, "Ted"));
        refused(() -> wire.unwatch("police", null, "Ted"));

        assertEquals(List.of(feed), feeds.feeds());
        assertEquals(List.of("police"), wire.watchList().stream().map(t -> t.term()).toList());
        assertEquals("Eve", app.stores().audit().list(null, 20).stream().filter(e -> e.action().equals("feed.add"))
                .findFirst().orElseThrow().actor(), "the audit trail names the editor as the newsroom spells her");
    }

    @Test
    void aWriterStillDismissesAndClipsWhatComesIn() {
        feeds.subscribe(site.url("/rss"), null, "Eve");
        List<WireEntry> items = wire.items(WireFilter.all());

        wire.dismiss(items.get(0).item().id(), "Ted");
        WireClip clipped = wire.clip(items.get(1).item().id(), "Ted");

        assertEquals("Ted", clipped.story().author());
        assertEquals(WireItemState.CLIPPED, wire.items(WireFilter.all()).stream()
                .filter(e -> e.item().id().equals(items.get(1).item().id())).findFirst().orElseThrow().item().state());
    }
}
