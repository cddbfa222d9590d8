package org.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.App;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.feed.FeedException;
import org.newsdesk.feed.FeedFixtures;
import org.newsdesk.model.Feed;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.store.Database;
import org.newsdesk.testing.MovableClock;

/** Each feed is fetched at its own interval (15 minutes unless the newsroom says otherwise); errors still wait longer. */
@Timeout(30)
class FeedIntervalTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2024-06-11T15:00:00Z"));
    private final App app = new App(Database.inMemory(), clock);
    private final FeedService feeds = app.feedService();
    private final FeedRefreshService refreshing = app.feedRefresh();
    private final LocalSite site;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger status = new AtomicInteger(200);

    FeedIntervalTest() throws IOException {
        site = new LocalSite();
        app.stores().users().add(new User("eve", Role.EDITOR));
        site.handle("/rss", exchange -> {
            requests.incrementAndGet();
            if (status.get() == 503) {
                exchange.getResponseHeaders().add("Retry-After", "7200");
            }
            LocalSite.send(exchange, status.get(), "application/rss+xml",
                    FeedFixtures.RSS_20.getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterEach
    void stop() {
        site.close();
        app.close();
    }

    @Test
    void aFeedFollowedEveryThirtyMinutesIsFetchedOnlyOnceThirtyMinutesHavePassed() {
        Feed feed = feeds.subscribe(site.url("/rss"), null, Duration.ofMinutes(30), "eve");
        assertEquals(Duration.ofMinutes(30), feed.interval());

        clock.advance(Duration.ofMinutes(20));
        assertTrue(refreshing.refresh(false).isEmpty(), "the default 15 minutes are not this feed's");
        clock.advance(Duration.ofMinutes(10));
        assertEquals(1, refreshing.refresh(false).size());
        assertEquals(2, requests.get());
    }

    @Test
    void changingTheIntervalMovesTheNextFetchFromTheLastOne() {
        Feed feed = feeds.subscribe(site.url("/rss"), null, "eve");
        Instant fetched = feed.lastFetchedAt();
        assertEquals(fetched.plus(Feed.DEFAULT_INTERVAL), feed.nextFetchAt());

        Feed hourly = feeds.setInterval(feed.id(), Duration.ofHours(1), "eve");

        assertEquals(Duration.ofHours(1), hourly.interval());
        assertEquals(fetched.plus(Duration.ofHours(1)), hourly.nextFetchAt());
        clock.advance(Duration.ofMinutes(45));
        assertTrue(refreshing.refresh(false).isEmpty());
        clock.advance(Duration.ofMinutes(15));
        assertEquals(1, refreshing.refresh(false).size());
        assertEquals(clock.instant().plus(Duration.ofHours(1)), feeds.requireFeed(feed.id()).nextFetchAt());
    }

    @Test
    void aSitesRetryAfterStillWinsOverAShorterInterval() {
        Feed feed = feeds.subscribe(site.url("/rss"), null, "eve");
        status.set(503);
        clock.advance(Feed.DEFAULT_INTERVAL);
        Instant waitUntil = refreshing.refresh(false).get(0).nextFetchAt();
        assertEquals(clock.instant().plus(Duration.ofHours(2)), waitUntil);

        Feed changed = feeds.setInterval(feed.id(), Duration.ofMinutes(5), "eve");

        assertEquals(waitUntil, changed.nextFetchAt());
        clock.advance(Duration.ofMinutes(5));
        assertTrue(refreshing.refresh(false).isEmpty(), "the site asked for two hours");
    }

    @Test
    void anIntervalOutsideFiveMinutesToADayIsRefusedInASentence() {
        Feed feed = feeds.subscribe(site.url("/rss"), null, "eve");

        FeedException tooOften = assertThrows(FeedException.class,
                () -> feeds.setInterval(feed.id(), Duration.ofMinutes(1), "eve"));

        assertEquals("A feed is fetched every 5 minutes at most and once a day at least, not every minute.",
                tooOften.getMessage());
        assertThrows(FeedException.class, () -> feeds.setInterval(feed.id(), Duration.ofDays(2), "eve"));
        assertEquals(Feed.DEFAULT_INTERVAL, feeds.requireFeed(feed.id()).interval());
    }

    @Test
    void anIntervalReadsAsPeopleSayIt() {
        assertEquals("every 15 minutes", FeedService.every(Duration.ofMinutes(15)));
        assertEquals("every hour", FeedService.every(Duration.ofHours(1)));
        assertEquals("every 4 hours", FeedService.every(Duration.ofHours(4)));
        assertEquals("once a day", FeedService.every(Duration.ofDays(1)));
    }
}
