package org.newsdesk.app;

import org.newsdesk.feed.FeedException;
import org.newsdesk.feed.FeedFetcher;
import org.newsdesk.feed.FeedFixtures;
import org.newsdesk.feed.FeedParser;
import org.newsdesk.feed.HostGate;
import org.newsdesk.feed.WatchList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.App;
import org.newsdesk.app.FeedRefresh;
import org.newsdesk.app.OpmlImport;
import org.newsdesk.app.WireClip;
import org.newsdesk.app.WireEntry;
import org.newsdesk.app.WireFilter;
import org.newsdesk.app.FeedRefreshService;
import org.newsdesk.app.FeedService;
import org.newsdesk.app.WireService;
import org.newsdesk.clip.Fetcher;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.model.Feed;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.model.WireItemState;
import org.newsdesk.store.Database;
import org.newsdesk.model.PendingClip;
import org.newsdesk.store.WireStore;
import org.newsdesk.testing.MovableClock;

/** The wire desk end to end against feeds served from 127.0.0.1: what a newsroom following outlets would see. */
@Timeout(60)
class WireDeskTest {
    static final String ARTICLE = """
            <html lang="en"><head><title>Police chief resigns amid audit</title>
            <meta name="author" content="Priya Raman"></head>
            <body><article><h1>Police chief resigns amid audit</h1>
            <p>The city's police chief stepped down on Tuesday after an outside audit found that overtime pay had
            been approved without review for three years, costing taxpayers an estimated $4 million.</p>
            <p>The mayor said an interim chief would be named within the week and that the audit's
            recommendations would be adopted in full.</p></article></body></html>
            """;

    private final MovableClock clock = new MovableClock(Instant.parse("2024-06-11T15:00:00Z"));
    private final App app = new App(Database.inMemory(), clock);
    private final ExecutorService network = Executors.newFixedThreadPool(4);
    private final FeedFetcher fetcher = new FeedFetcher(new HostGate(), Duration.ofSeconds(3), Fetcher.MAX_BYTES,
            Fetcher.MAX_REDIRECTS, clock);
    private final WireService wire = app.wireService();
    private final FeedRefreshService refreshing = refreshing(app);
    private final FeedService feeds = feeds(app, refreshing);
    private final LocalSite site;

    WireDeskTest() throws IOException {
        site = new LocalSite();
        app.stores().users().add(new User("ted", Role.WRITER));
        app.stores().users().add(new User("ann", Role.WRITER));
        app.stores().users().add(new User("eve", Role.EDITOR));
        app.stores().users().add(new User("ed", Role.EDITOR));
    }

    private FeedRefreshService refreshing(App on) {
        return new FeedRefreshService(on.stores().database(), new WireStore(on.stores().database()), clock, fetcher,
                new FeedParser(), network);
    }

    private FeedService feeds(App on, FeedRefreshService through) {
        return new FeedService(on.stores().database(), new WireStore(on.stores().database()), on.stores().outlets(),
                on.stores().audit(), clock, fetcher, new FeedParser(), through, on.people());
    }

    @AfterEach
    void stop() {
        site.close();
        network.shutdownNow();
        app.close();
    }

    private String ledger(String... extraItems) {
        StringBuilder items = new StringBuilder();
        for (String item : extraItems) {
            items.append(item);
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Metro Ledger</title><link>https://www.metroledger.example/</link>
                <description>News</description>
                <item><title>Police chief resigns amid audit</title><link>%s</link><guid>ledger-1</guid>
                <pubDate>Tue, 11 Jun 2024 14:05:00 GMT</pubDate><description>The chief stepped down.</description></item>
                <item><title>Weather: a dry week ahead</title><link>https://www.metroledger.example/weather</link>
                <pubDate>Tue, 11 Jun 2024 13:00:00 GMT</pubDate><description>Sun all week.</description></item>
                %s</channel></rss>""".formatted(site.url("/news/chief?utm_source=rss"), items);
    }

    @Test
    void followingAFeedStoresItsItemsNewestFirstWithTheOutletGuessedFromTheSitesDomain() {
        app.stores().outlets().save(new Outlet("The Metro Ledger", "the Metro Ledger", List.of("metroledger.example")));
        site.page("/rss", "application/rss+xml", ledger());

        Feed feed = feeds.subscribe(site.url("/rss"), null, "eve");

        assertEquals("Metro Ledger", feed.title());
        assertEquals("The Metro Ledger", feed.outlet());
        assertEquals("2 items, 2 new", feed.lastResult());
        assertNull(feed.lastError());
        List<WireEntry> items = wire.items(WireFilter.all());
        assertEquals(List.of("Police chief resigns amid audit", "Weather: a dry week ahead"),
                items.stream().map(entry -> entry.item().headline()).toList());
        assertEquals("The Metro Ledger", items.get(0).source());
        assertEquals(WireItemState.NEW, items.get(0).item().state());
        assertEquals(Instant.parse("2024-06-11T14:05:00Z"), items.get(0).item().publishedAt());
        assertEquals(clock.instant(), items.get(0).item().seenAt());
        assertEquals("You already follow Metro Ledger (" + site.url("/rss") + ").",
                assertThrows(FeedException.class, () -> feeds.subscribe(site.url("/rss"), null, "eve")).getMessage());
    }

    @Test
    void readingAFeedToFollowWritesNothingAndOneFollowedMeanwhileIsRefusedWhenStored() {
        site.page("/rss", "application/rss+xml", ledger());

        FeedService.FeedToFollow mine = feeds.read(site.url("/rss"), Feed.DEFAULT_INTERVAL);
        FeedService.FeedToFollow theirs = feeds.read(site.url("/rss"), Feed.DEFAULT_INTERVAL);

        assertTrue(feeds.feeds().isEmpty(), "reading follows nothing yet");
        assertTrue(wire.items(WireFilter.all()).isEmpty(), "reading stores no item");
        feeds.follow(theirs, null, "ed");
        assertEquals(1, feeds.feeds().size());
        assertEquals(2, wire.items(WireFilter.all()).size());
        assertEquals("You already follow Metro Ledger (" + site.url("/rss") + ").",
                assertThrows(FeedException.class, () -> feeds.follow(mine, null, "eve")).getMessage());
        assertEquals(1, feeds.feeds().size());
    }

    @Test
    void pastingASitesAddressFollowsTheFeedItsPageNames() {
        site.page("/", "text/html", FeedFixtures.HTML_PAGE.replace("/feeds/all.xml", "/rss"));
        site.page("/rss", "application/rss+xml", ledger());

        Feed feed = feeds.subscribe(site.url("/"), "Metro Ledger", "eve");

        assertEquals(site.url("/rss"), feed.url());
        assertEquals("Metro Ledger", feed.outlet());
        assertTrue(app.stores().outlets().find("Metro Ledger").isPresent(), "a named outlet the newsroom lacked is created");
        site.page("/plain", "text/html", "<html><head><title>x</title></head><body>no feed</body></html>");
        assertTrue(assertThrows(FeedException.class, () -> feeds.subscribe(site.url("/plain"), null, "eve"))
                .getMessage().startsWith("The page at " + site.url("/plain") + " names no feed"));
    }

    @Test
    void anUnchangedFeedAnswers304ToTheConditionalGetAndNothingIsStoredTwice() {
        AtomicInteger fullAnswers = new AtomicInteger();
        site.handle("/rss", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                    && "Tue, 11 Jun 2024 14:05:00 GMT".equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            fullAnswers.incrementAndGet();
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 11 Jun 2024 14:05:00 GMT");
            LocalSite.send(exchange, 200, "application/rss+xml", ledger().getBytes(StandardCharsets.UTF_8));
        });
        Feed feed = feeds.subscribe(site.url("/rss"), null, "eve");
        assertEquals("\"v1\"", feed.etag());

        List<FeedRefresh> results = refreshing.refresh(true);

        assertEquals(FeedRefresh.Result.NOT_MODIFIED, results.get(0).result());
        assertEquals("not modified", results.get(0).describe());
        assertEquals(1, fullAnswers.get());
        assertEquals(2, wire.items(WireFilter.all()).size());
    }

    @Test
    void aGzippedFeedIsRead() {
        site.handle("/rss", exchange -> {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
                gzip.write(ledger().getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            LocalSite.send(exchange, 200, "application/rss+xml", packed.toByteArray());
        });

        assertEquals("2 items, 2 new", feeds.subscribe(site.url("/rss"), null, "eve").lastResult());
    }

    @Test
    void theSameItemArrivingAgainByGuidOrByLinkIsOneItem() {
        String[] body = {ledger()};
        site.handle("/rss", exchange -> LocalSite.send(exchange, 200, "application/rss+xml",
                body[0].getBytes(StandardCharsets.UTF_8)));
        feeds.subscribe(site.url("/rss"), null, "eve");
        // the chief's item comes back with a new link (same guid), the weather item with tracking on its link
        body[0] = ledger("<item><title>Jail expansion vote delayed</title><link>https://www.metroledger.example/jail"
                + "</link><description>Later.</description></item>")
                .replace(site.url("/news/chief?utm_source=rss"), site.url("/news/chief-updated"))
                .replace("https://www.metroledger.example/weather", "https://metroledger.example/weather/?utm_medium=rss");
        clock.advance(Duration.ofMinutes(20));

        List<FeedRefresh> results = refreshing.refresh(false);

        assertEquals(1, results.get(0).newItems());
        assertEquals("1 new item", results.get(0).describe());
        assertEquals(3, wire.items(WireFilter.all()).size());
    }

    @Test
    void aFeedThatIsNotDueIsLeftAloneUntilItsIntervalHasPassed() {
        AtomicInteger requests = new AtomicInteger();
        site.handle("/rss", exchange -> {
            requests.incrementAndGet();
            LocalSite.send(exchange, 200, "application/rss+xml", ledger().getBytes(StandardCharsets.UTF_8));
        });
        feeds.subscribe(site.url("/rss"), null, "eve");

        assertTrue(refreshing.refresh(false).isEmpty());
        clock.advance(Feed.DEFAULT_INTERVAL);
        assertEquals(1, refreshing.refresh(false).size());
        assertEquals(2, requests.get());
    }

    @Test
    void eachBadFeedGetsAClearStateAndNeverStopsTheOthers() throws IOException {
        site.page("/good", "application/rss+xml", ledger());
        site.page("/html", "text/html", "<!DOCTYPE html><html><body>Not a feed</body></html>");
        site.page("/broken", "application/rss+xml", FeedFixtures.MALFORMED);
        site.page("/xxe", "application/rss+xml", FeedFixtures.XXE);
        site.redirect("/loop-a", site.url("/loop-b"));
        site.redirect("/loop-b", site.url("/loop-a"));
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        site.handle("/huge", exchange -> LocalSite.send(exchange, 200, "application/rss+xml", huge));
        site.handle("/huge-unannounced", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 20; i++) {
                    out.write(huge, 0, 1024 * 1024);
                }
            }
        });
        WireStore store = new WireStore(app.stores().database());
        for (String path : List.of("/good", "/html", "/broken", "/xxe", "/loop-a", "/huge", "/huge-unannounced")) {
            store.insertFeed(Feed.subscribe(site.url(path), path, null, null, clock.instant()));
        }

        List<FeedRefresh> results = refreshing.refresh(true);

        assertEquals(7, results.size());
        for (FeedRefresh result : results) {
            String path = result.feed().url().substring(result.feed().url().lastIndexOf('/'));
            String state = result.describe();
            switch (path) {
                case "/good" -> assertEquals("2 new items", state);
                case "/html" -> assertEquals("The address gives a web page, not a feed.", state);
                case "/broken" -> assertTrue(state.startsWith("The feed is not well-formed XML"), state);
                case "/xxe" -> assertTrue(state.contains("DTD"), state);
                case "/loop-a" -> assertEquals("The feed's address redirects in a loop (127.0.0.1).", state);
                case "/huge", "/huge-unannounced" -> assertEquals("The feed is larger than 10 MB.", state);
                default -> throw new AssertionError(path);
            }
            if (!path.equals("/good")) {
                assertEquals(state, result.feed().lastError(), "the error stays visible on the feed");
                assertEquals(1, result.feed().failures());
            }
        }
    }

    @Test
    void retryAfterIsHonouredAndOtherErrorsBackOffExponentially() {
        AtomicInteger answer = new AtomicInteger(503);
        site.handle("/rss", exchange -> {
            if (answer.get() == 503) {
                exchange.getResponseHeaders().add("Retry-After", "7200");
            }
            LocalSite.send(exchange, answer.get(), "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
        });
        new WireStore(app.stores().database()).insertFeed(Feed.subscribe(site.url("/rss"), "Busy", null, null, clock.instant()));

        FeedRefresh busy = refreshing.refresh(false).get(0);
        assertEquals("The site answered 503 Service Unavailable.", busy.error());
        assertEquals(clock.instant().plus(Duration.ofHours(2)), busy.nextFetchAt());
        assertEquals(FeedRefresh.Result.WAITING, refreshing.refresh(true).get(0).result(), "Refresh now waits too");

        answer.set(500);
        clock.advance(Duration.ofHours(2));
        FeedRefresh second = refreshing.refresh(false).get(0);
        assertEquals(clock.instant().plus(Duration.ofMinutes(30)), second.nextFetchAt());
        clock.advance(Duration.ofMinutes(30));
        FeedRefresh third = refreshing.refresh(false).get(0);
        assertEquals(clock.instant().plus(Duration.ofMinutes(60)), third.nextFetchAt());
        assertEquals(3, third.feed().failures());
    }

    @Test
    void anUnreachableFeedIsFollowedAllTheSameAndSaysSo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Feed feed = feeds.subscribe("http://127.0.0.1:" + closedPort + "/rss", null, "eve");
        assertTrue(feed.lastError().startsWith("Could not connect to 127.0.0.1"), feed.lastError());
        assertEquals(0, feed.failures(), "being offline is not the feed's fault");
    }

    @Test
    void oneRequestAtATimeReachesAHost() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        site.handle("/", exchange -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            site.pause(150);
            running.decrementAndGet();
            LocalSite.send(exchange, 200, "application/rss+xml", ledger().getBytes(StandardCharsets.UTF_8));
        });
        WireStore store = new WireStore(app.stores().database());
        for (int i = 0; i < 4; i++) {
            store.insertFeed(Feed.subscribe(site.url("/feed" + i), "f" + i, null, null, clock.instant()));
        }

        refreshing.refresh(true);

        assertEquals(1, most.get());
    }

    @Test
    void anItemWhoseLinkIsAlreadyAClipOrStoryIsCovered() {
        site.page("/news/chief", "text/html", ARTICLE);
        site.page("/rss", "application/rss+xml", ledger());
        feeds.subscribe(site.url("/rss"), null, "eve");
        var clip = app.clipService().clipUrl(site.url("/news/chief"), "ted").clip();

        WireEntry chief = wire.items(WireFilter.all()).get(0);
        assertEquals("the clip \u201CPolice chief resigns amid audit\u201D", chief.item().coveredBy());

        app.storyService().create("ted", "Chief quits", "", List.of(clip.id()));
        chief = wire.items(WireFilter.all()).get(0);
        assertEquals("\u201CChief quits\u201D by ted (draft)", chief.item().coveredBy());
        assertFalse(wire.items(WireFilter.all()).get(1).item().isCovered());
    }

    @Test
    void clippingAnItemStartsAStoryFromItsArticleAndTheItemRemembersIt() {
        app.stores().outlets().save(new Outlet("The Metro Ledger", "the Metro Ledger", List.of("metroledger.example")));
        site.page("/news/chief", "text/html", ARTICLE);
        site.page("/rss", "application/rss+xml", ledger());
        feeds.subscribe(site.url("/rss"), null, "eve");
        WireEntry chief = wire.items(WireFilter.all()).get(0);

        WireClip clipped = wire.clip(chief.item().id(), "ted");

        Story story = clipped.story();
        assertFalse(clipped.alreadyCovered());
        assertEquals("ted", story.author());
        assertEquals(1, story.clipIds().size());
        assertEquals("Police chief resigns amid audit", app.stores().clips().find(story.clipIds().get(0)).orElseThrow().title());
        assertEquals("The Metro Ledger", story.outlet());
        assertEquals("the Metro Ledger reports", story.attribution());
        WireEntry after = wire.items(WireFilter.all()).get(0);
        assertEquals(WireItemState.CLIPPED, after.item().state());
        assertEquals(story.id(), after.item().storyId());
        assertEquals("ted", after.item().takenBy());
        assertNull(after.item().coveredBy(), "its own story does not count as covering it");

        WireClip again = wire.clip(chief.item().id(), "ted");
        assertTrue(again.alreadyCovered());
        assertEquals(story.id(), again.story().id());
        assertEquals("This item is already clipped into a story; it stays on the desk.",
                assertThrows(FeedException.class, () -> wire.dismiss(chief.item().id(), "ted")).getMessage());
    }

    @Test
    void fetchingAnItemsArticleWritesNothingAndAnItemTakenMeanwhileGivesTheirStory() {
        site.page("/news/chief", "text/html", ARTICLE);
        site.page("/rss", "application/rss+xml", ledger());
        feeds.subscribe(site.url("/rss"), null, "eve");
        UUID chief = wire.items(WireFilter.all()).get(0).item().id();
        int clipsBefore = app.stores().clips().ids().size();

        WireService.FetchedItem mine = wire.fetchClip(chief);
        WireService.FetchedItem theirs = wire.fetchClip(chief);

        assertEquals(clipsBefore, app.stores().clips().ids().size(), "fetching stores no clip");
        assertEquals(WireItemState.NEW, wire.requireItem(chief).item().state());
        WireClip first = wire.storeClip(theirs, "ann");
        WireClip second = wire.storeClip(mine, "ted");
        assertFalse(first.alreadyCovered());
        assertTrue(second.alreadyCovered());
        assertEquals(first.story().id(), second.story().id());
        assertEquals("ann", second.takenBy());
    }

    @Test
    void clippingAnItemOfflineStartsTheStoryAndLeavesTheUrlInPendingClips() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String offlineLink = "http://127.0.0.1:" + closedPort + "/news/chief";
        site.page("/rss", "application/rss+xml", ledger().replace(site.url("/news/chief?utm_source=rss"), offlineLink));
        feeds.subscribe(site.url("/rss"), null, "eve");

        WireClip clipped = wire.clip(wire.items(WireFilter.all()).get(0).item().id(), "ted");

        assertTrue(clipped.queued());
        List<PendingClip> pending = app.clipService().pending();
        assertEquals(1, pending.size());
        assertEquals(offlineLink, pending.get(0).url());
        assertEquals(clipped.story().id(), pending.get(0).storyId());
    }

    @Test
    void dismissingTakesAnItemOffTheDeskAndNewOnlyShowsWhatNobodyLookedAt() {
        site.page("/rss", "application/rss+xml", ledger());
        feeds.subscribe(site.url("/rss"), null, "eve");
        List<WireEntry> items = wire.items(WireFilter.all());

        wire.dismiss(items.get(1).item().id(), "ted");
        wire.markSeen(items.get(0).item().id());

        wire.markSeen(items.get(1).item().id());
        assertEquals(1, wire.items(WireFilter.all()).size(), "looking at a dismissed item again does not bring it back");
        assertTrue(wire.items(new WireFilter(true, false, "", false, 0)).isEmpty());
        assertEquals(2, wire.items(new WireFilter(false, false, "", true, 0)).size());
    }

    @Test
    void theWatchListMarksFiltersAndCountsMatchingItems() {
        site.page("/rss", "application/rss+xml", ledger());
        feeds.subscribe(site.url("/rss"), null, "eve");
        assertEquals(2, wire.newMatchingCount(), "with no watch-list every new item counts");

        wire.watch("police chief", null, "eve");
        wire.watch("Audit", null, "eve");

        List<WireEntry> matching = wire.items(new WireFilter(false, true, "", false, 0));
        assertEquals(1, matching.size());
        WireEntry chief = matching.get(0);
        assertEquals(List.of(0, 26), chief.headlineSpans().stream().map(WatchList.Span::start).toList());
        assertEquals(1, wire.newMatchingCount());
        assertEquals(1, wire.items(new WireFilter(false, false, "weather", false, 0)).size());
        assertEquals(2, wire.watchList().size());
        assertEquals(1, wire.unwatch("AUDIT", null, "eve"));
        assertEquals("\"audit\" is not on the watch-list.",
                assertThrows(FeedException.class, () -> wire.unwatch("audit", null, "eve")).getMessage());
        assertEquals("There is no outlet \"Nowhere\"; name one the newsroom knows.",
                assertThrows(FeedException.class, () -> wire.watch("x", "Nowhere", "eve")).getMessage());
    }

    @Test
    void oneStoryFromSeveralOutletsIsListedAsAGroup() {
        site.page("/a", "application/rss+xml", ledger());
        site.page("/b", "application/rss+xml", """
                <rss version="2.0"><channel><title>Valley Voice</title><link>https://voice.example/</link>
                <description>d</description><item><title>Police Chief Resigns Amid Audit</title>
                <link>https://voice.example/chief</link><pubDate>Tue, 11 Jun 2024 12:00:00 GMT</pubDate></item>
                </channel></rss>""");
        feeds.subscribe(site.url("/a"), null, "eve");
        feeds.subscribe(site.url("/b"), null, "eve");

        List<WireEntry> items = wire.items(WireFilter.all());

        assertEquals(List.of("Police chief resigns amid audit", "Police Chief Resigns Amid Audit",
                "Weather: a dry week ahead"), items.stream().map(entry -> entry.item().headline()).toList());
        assertEquals(2, items.get(0).groupSize());
        assertTrue(items.get(0).firstInGroup());
        assertFalse(items.get(1).firstInGroup());
        assertEquals(1, items.get(2).groupSize());
    }

    @Test
    void opmlExportThenImportIntoAnotherNewsroomFollowsTheSameFeeds() {
        site.page("/a", "application/rss+xml", ledger());
        site.page("/evil", "application/rss+xml", FeedFixtures.HOSTILE_RSS);
        feeds.subscribe(site.url("/a"), "Metro Ledger", "eve");
        feeds.subscribe(site.url("/evil"), null, "eve");
        String opml = feeds.exportOpml();
        assertFalse(opml.contains("<script") || opml.contains("javascript:"), opml);

        try (App other = new App(Database.inMemory(), clock)) {
            other.stores().outlets().save(new Outlet("Metro Ledger", null, List.of()));
            other.stores().users().add(new User("eve", Role.EDITOR));
            FeedService otherFeeds = feeds(other, refreshing(other));
            OpmlImport imported = otherFeeds.importOpml(opml.getBytes(StandardCharsets.UTF_8), "eve");
            assertEquals(2, imported.added());
            assertEquals(List.of(site.url("/evil"), site.url("/a")).stream().sorted().toList(),
                    otherFeeds.feeds().stream().map(Feed::url).sorted().toList());
            assertEquals("Metro Ledger", otherFeeds.feeds().stream().filter(f -> f.url().endsWith("/a")).findFirst()
                    .orElseThrow().outlet());
            assertEquals("0 feeds added, 2 already followed.",
                    otherFeeds.importOpml(opml.getBytes(StandardCharsets.UTF_8), "eve").describe());
        }
    }

    @Test
    void hostileItemsReachTheDeskAsInertText() {
        site.page("/evil", "application/rss+xml", FeedFixtures.HOSTILE_RSS);
        feeds.subscribe(site.url("/evil"), null, "eve");
        for (WireEntry entry : wire.items(WireFilter.all())) {
            assertFalse(entry.item().headline().contains("<"), entry.item().headline());
            assertFalse(entry.item().teaser().contains("<"), entry.item().teaser());
            assertNull(entry.item().link());
            assertEquals("This item has no web address to clip.", assertThrows(FeedException.class,
                    () -> wire.clip(entry.item().id(), "ted")).getMessage());
        }
    }
}
