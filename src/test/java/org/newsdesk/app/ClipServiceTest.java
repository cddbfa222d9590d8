package org.newsdesk.app;

import org.newsdesk.clip.Fetcher;
import org.newsdesk.clip.Extractor;
import org.newsdesk.clip.ClipException;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.testing.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.ClipResult;
import org.newsdesk.app.ClipService;
import org.newsdesk.model.AuditEntry;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Story;
import org.newsdesk.store.AuditStore;
import org.newsdesk.store.ClipStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutletStore;
import org.newsdesk.model.PendingClip;
import org.newsdesk.store.PendingClipStore;
import org.newsdesk.store.StoryStore;

@Timeout(30)
class ClipServiceTest {
    private static final String ARTICLE = """
            <html lang="en"><head><title>Council passes budget | Metro Ledger</title>
            <link rel="canonical" href="https://www.metroledger.com/news/council-budget">
            <meta name="author" content="Priya Raman"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Council passes budget</h1>
            <p>The City Council voted 9-4 early Wednesday to approve a $4.2 billion budget that expands police
            overtime, restores library hours and delays a planned property-tax cut.</p>
            <p>Council President Dana Whitfield said the compromise keeps the lights on without asking homeowners
            to pay more this year, while opponents said it papered over a structural deficit.</p></article></body></html>
            """;

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2024-06-12T10:00:00Z"));
    private final Database database = Database.inMemory();
    private final ClipStore clips = new ClipStore(database);
    private final OutletStore outlets = new OutletStore(database);
    private final StoryStore stories = new StoryStore(database, clock);
    private final PendingClipStore pendingClips = new PendingClipStore(database);
    private final AuditStore audit = new AuditStore(database, clock);
    private final ClipService service = new ClipService(database,
            new Fetcher(Duration.ofSeconds(3), Fetcher.MAX_BYTES, Fetcher.MAX_REDIRECTS), new Extractor(), clips,
            outlets, stories, pendingClips, audit, clock);
    private final LocalSite site;

    ClipServiceTest() throws IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
        database.close();
    }

    @Test
    void clippingAUrlStoresTheClipWithItsRawHtmlAndAnAuditLine() {
        site.page("/news/council-budget", "text/html; charset=utf-8", ARTICLE);

        ClipResult result = service.clipUrl(site.url("/news/council-budget"), "ted");

        Clip clip = result.clip();
        assertFalse(result.alreadyCovered());
        assertEquals("Council passes budget", clip.title());
        assertEquals("Priya Raman", clip.byline());
        assertEquals("https://www.metroledger.com/news/council-budget", clip.canonicalUrl());
        assertEquals(clock.instant(), clip.capturedAt());
        assertEquals(clip, clips.find(clip.id()).orElseThrow());
        assertEquals(ARTICLE, clips.rawHtml(clip.id()).orElseThrow());
        List<AuditEntry> lines = audit.list(clip.id().toString(), 10);
        assertEquals(1, lines.size());
        assertEquals("clip", lines.get(0).action());
        assertEquals("ted", lines.get(0).actor());
    }

    @Test
    void theSiteNameFallsBackOnTheOutletTableByDomain() {
        outlets.save(new Outlet("The Metro Ledger", "the Metro Ledger", List.of("metroledger.com")));
        site.page("/news/council-budget", "text/html", ARTICLE.replace(" | Metro Ledger", ""));

        Clip clip = service.clipUrl(site.url("/news/council-budget"), "ted").clip();

        assertEquals("The Metro Ledger", clip.siteName());
    }

    @Test
    void anArticleClippedBeforeIsReturnedWithTheStoriesThatUsedIt() {
        site.page("/news/council-budget", "text/html", ARTICLE);
        Clip first = service.clipUrl(site.url("/news/council-budget"), "ted").clip();
        Story story = stories.insert(Story.draft("ted", "Budget passes", "The council ...", List.of(first.id()),
                clock.instant()));

        ClipResult again = service.clipUrl(
                "http://metroledger.com/news/council-budget/?utm_source=newsletter&utm_medium=email#comments", "ann");

        assertTrue(again.alreadyCovered());
        assertEquals(first.id(), again.clip().id());
        assertEquals(List.of(story.id()), again.usedBy().stream().map(Story::id).toList());
        assertEquals(1, clips.ids().size());
    }

    @Test
    void aPageWhoseCanonicalUrlIsKnownIsNotStoredTwice() {
        site.page("/one", "text/html", ARTICLE).page("/two", "text/html", ARTICLE);
        Clip first = service.clipUrl(site.url("/one"), "ted").clip();

        ClipResult second = service.clipUrl(site.url("/two"), "ted");

        assertTrue(second.alreadyCovered());
        assertEquals(first.id(), second.clip().id());
        assertEquals(1, clips.ids().size());
    }

    @Test
    void aUrlClippedOfflineIsQueuedThenFetchedWithBackoffAndAddedToItsStory() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/news/council-budget";
        Story story = stories.insert(Story.draft("ted", "Budget passes", "", List.of(), clock.instant()));

        ClipResult queued = service.clipUrl(url, "ted");
        service.queue(url, story.id(), "ted");

        assertTrue(queued.isQueued());
        assertNull(queued.clip());
        // The try that failed is counted at once: not "not tried yet", but its error and the next try.
        assertEquals(1, queued.pending().attempts());
        assertTrue(queued.pending().lastError().startsWith("Could not connect"), queued.pending().lastError());
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), queued.pending().nextAttemptAt());
        assertEquals(url, service.pendingFor(story.id()).orElseThrow().url(), "the story knows its clip is coming");
        assertEquals(1, service.pending().size());
        assertEquals(0, clips.ids().size());

        assertEquals(List.of(), service.retryPending());
        PendingClip waiting = service.pending().get(0);
        assertEquals(1, waiting.attempts());
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), waiting.nextAttemptAt());
        assertTrue(waiting.lastError().startsWith("Could not connect"), waiting.lastError());

        try (LocalSite back = new LocalSite(port)) {
            back.page("/news/council-budget", "text/html", ARTICLE);
            assertEquals(List.of(), service.retryPending(), "not due yet");

            clock.advance(Duration.ofMinutes(1));
            List<ClipResult> fetched = service.retryPending();

            assertEquals(1, fetched.size());
            assertEquals("Council passes budget", fetched.get(0).clip().title());
            assertEquals(List.of(), service.pending());
            assertEquals(List.of(fetched.get(0).clip().id()), stories.find(story.id()).orElseThrow().clipIds());
        }
    }

    @Test
    void anAddressIsRemovedFromTheQueueAndItsStoryStays() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Story story = stories.insert(Story.draft("ted", "Budget passes", "", List.of(), clock.instant()));
        PendingClip pending = service.queue("http://127.0.0.1:" + port + "/gone", story.id(), "ted");

        service.removePending("ted", pending.id());

        assertEquals(List.of(), service.pending());
        assertTrue(service.pendingFor(story.id()).isEmpty());
        assertTrue(stories.find(story.id()).isPresent());
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToSixHours() {
        List<Duration> waits = List.of(0, 1, 2, 5, 9, 30).stream().map(ClipService::backoff).toList();

        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(32), Duration.ofHours(6), Duration.ofHours(6)), waits);
    }

    @Test
    void aPageThatCannotBeClippedStoresNothing() {
        site.handle("/gone", exchange -> LocalSite.send(exchange, 404, "text/html", "<p>Not here</p>".getBytes()));
        site.page("/empty", "text/html", "<html><body><script>app()</script></body></html>");

        assertEquals("The site answered 404 Not Found.",
                assertThrows(ClipException.class, () -> service.clipUrl(site.url("/gone"), "ted")).getMessage());
        assertEquals("No article could be found in the page.",
                assertThrows(ClipException.class, () -> service.clipUrl(site.url("/empty"), "ted")).getMessage());
        assertEquals(List.of(), clips.ids());
        assertEquals(List.of(), service.pending());
        assertEquals(List.of(), audit.list(null, 10));
    }

    @Test
    void aSavedPageIsClippedWithTheAddressItWasSavedFrom() throws IOException {
        Path file = folder.resolve("Council.html");
        Files.writeString(file, "<!-- saved from url=(0040)https://www.metroledger.com/news/council -->\n"
                + ARTICLE.replace("<link rel=\"canonical\" href=\"https://www.metroledger.com/news/council-budget\">", ""));

        Clip clip = service.clipFile(file, "ted").clip();

        assertEquals("https://www.metroledger.com/news/council", clip.url());
        assertEquals("Council passes budget", clip.title());
    }

    @Test
    void aClipKeepsHowSureTheClipperWasAndPastedTextClaimsNothing() {
        site.page("/news/council-budget", "text/html", ARTICLE);

        Clip clipped = service.clipUrl(site.url("/news/council-budget"), "ted").clip();
        Clip pasted = service.clipPasted(null, "Council passes budget\n\nThe council voted 9-4.",
                "https://www.metroledger.com/news/pasted", "ted").clip();

        Double stored = clips.find(clipped.id()).orElseThrow().confidence();
        assertTrue(stored != null && stored > 0 && stored <= 1, "confidence " + stored);
        // Two short paragraphs are all this page has: few enough words that a writer should look at the original.
        assertTrue(clips.find(clipped.id()).orElseThrow().needsChecking());
        assertEquals(null, clips.find(pasted.id()).orElseThrow().confidence());
        assertFalse(pasted.needsChecking());
    }

    @Test
    void pastedTextBecomesAClipWithoutHtml() {
        ClipResult result = service.clipPasted(null, "Council passes budget\n\nThe council voted 9-4.\r\n\r\nIt takes"
                + " effect July 1.", "https://www.metroledger.com/news/pasted", "ted");

        Clip clip = result.clip();
        assertEquals("Council passes budget", clip.title());
        assertEquals("Council passes budget\n\nThe council voted 9-4.\n\nIt takes effect July 1.", clip.text());
        assertTrue(clips.rawHtml(clip.id()).isEmpty());
        assertEquals("A pasted clip needs the address of the article it came from.",
                assertThrows(ClipException.class, () -> service.clipPasted("<p>x</p>", null, " ", "ted")).getMessage());
    }

    @Test
    void pastedHtmlIsExtractedLikeAPage() {
        Clip clip = service.clipPasted(ARTICLE, "ignored", "https://www.metroledger.com/news/council-budget", "ted")
                .clip();

        assertEquals("Priya Raman", clip.byline());
        assertTrue(clip.text().startsWith("The City Council voted 9-4"), clip.text());
    }

    @Test
    void reextractingRebuildsAClipFromItsRawHtmlAndKeepsItsCaptureTime() {
        site.page("/news/council-budget", "text/html", ARTICLE);
        Clip clip = service.clipUrl(site.url("/news/council-budget"), "ted").clip();
        clips.updateExtraction(new Clip(clip.id(), clip.url(), clip.canonicalUrl(), "wrong", null, null, null, null,
                null, "garbled", clip.capturedAt()));
        clock.advance(Duration.ofDays(3));

        List<Clip> again = service.reextractAll();

        assertEquals(List.of(clip), again);
        assertEquals(clip, clips.find(clip.id()).orElseThrow());
    }
}
