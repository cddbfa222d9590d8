package org.newsdesk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.newsdesk.feed.FeedException;
import org.newsdesk.feed.FeedFetcher;
import org.newsdesk.feed.FeedParser;
import org.newsdesk.feed.FeedResponse;
import org.newsdesk.feed.FeedRound;
import org.newsdesk.feed.ParsedFeed;
import org.newsdesk.feed.ParsedItem;
import org.newsdesk.model.Feed;
import org.newsdesk.model.WireItem;
import org.newsdesk.model.WireItemState;
import org.newsdesk.store.Database;
import org.newsdesk.store.Wire;

/**
 * Refreshing the wire desk's feeds politely: which feeds are due, fetching and parsing them on the network
 * executor ({@link #fetch}), then writing what they brought ({@link #store}), so a caller with a writer thread can
 * hand that part to it; failures wait as the site asks, else longer after each one.
 */
public final class FeedRefreshService {
    /** After this many failures in a row a feed waits the longest. */
    static final Duration LONGEST_WAIT = Duration.ofHours(24);

    private final Database database;
    private final Wire wire;
    private final Clock clock;
    private final FeedRound round;

    public FeedRefreshService(Database database, Wire wire, Clock clock, FeedFetcher fetcher, FeedParser parser,
                              Executor network) {
        this.database = database;
        this.wire = wire;
        this.clock = clock;
        this.round = new FeedRound(fetcher, parser, network);
    }

    /**
     * Fetches and parses, on the network executor, the feeds that are due; with {@code evenIfNotDue} every feed
     * except those waiting after errors (a site's {@code Retry-After} and the backoff are always honoured).
     * Nothing is written: hand the outcomes to {@link #store}.
     */
    public CompletableFuture<List<FeedRound.Outcome>> fetch(boolean evenIfNotDue) {
        Instant now = clock.instant();
        List<FeedRound.Request> requests = new ArrayList<>();
        for (Feed feed : wire.feeds()) {
            if (feed.isDue(now) || evenIfNotDue && feed.failures() == 0) {
                requests.add(new FeedRound.Request(feed.id(), feed.url(), feed.etag(), feed.lastModified()));
            }
        }
        return round.run(requests);
    }

    /**
     * Writes what a round of fetching brought: each feed's new items, validators and state (or its error and
     * when to try again), all in one transaction (one sync to disk for the round, not one per feed).
     *
     * @return one result per outcome, in order
     */
    public List<FeedRefresh> store(List<FeedRound.Outcome> outcomes) {
        return database.write(connection -> storeEach(outcomes));
    }

    private List<FeedRefresh> storeEach(List<FeedRound.Outcome> outcomes) {
        List<FeedRefresh> results = new ArrayList<>();
        for (FeedRound.Outcome outcome : outcomes) {
            UUID feedId = outcome.request().feedId();
            Optional<Feed> current = wire.findFeed(feedId);
            if (current.isEmpty()) {
                continue;
            }
            Feed feed = current.get();
            Instant now = clock.instant();
            if (outcome.error() != null) {
                FeedException error = outcome.error();
                Instant next = now.plus(waitAfter(feed, error));
                wire.recordFailure(feedId, error.getMessage(), now, next, !error.isOffline());
                results.add(new FeedRefresh(wire.findFeed(feedId).orElse(feed), FeedRefresh.Result.FAILED, 0,
                        error.getMessage(), next));
                continue;
            }
            Instant next = now.plus(feed.interval());
            FeedResponse response = outcome.response();
            if (outcome.notModified()) {
                wire.recordSuccess(feedId, response.etag(), response.lastModified(), null, null, "not modified", now,
                        next);
                results.add(new FeedRefresh(wire.findFeed(feedId).orElse(feed), FeedRefresh.Result.NOT_MODIFIED, 0,
                        null, next));
                continue;
            }
            ParsedFeed parsed = outcome.feed();
            int added = database.write(connection -> {
                List<WireItem> items = new ArrayList<>();
                for (ParsedItem item : parsed.items()) {
                    items.add(new WireItem(UUID.randomUUID(), feedId, item.guid(), item.link(), null,
                            item.headline(), item.teaser(), item.author(), item.publishedAt(), now,
                            WireItemState.NEW, null, null, null, null));
                }
                int fresh = wire.addItems(feedId, items, now);
                wire.recordSuccess(feedId, response.etag(), response.lastModified(), parsed.title(),
                        parsed.siteUrl(), (parsed.items().size() == 1 ? "1 item, " : parsed.items().size() + " items, ")
                                + fresh + " new", now, next);
                return fresh;
            });
            results.add(new FeedRefresh(wire.findFeed(feedId).orElse(feed), FeedRefresh.Result.FETCHED, added, null,
                    next));
        }
        return results;
    }

    /**
     * Refreshes the feeds (see {@link #fetch}) and stores what came, for the command line; feeds left waiting
     * after errors are reported as such when {@code evenIfNotDue}.
     */
    public List<FeedRefresh> refresh(boolean evenIfNotDue) {
        List<FeedRound.Outcome> outcomes;
        try {
            outcomes = fetch(evenIfNotDue).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        List<FeedRefresh> results = new ArrayList<>(store(outcomes));
        if (evenIfNotDue) {
            Set<UUID> fetched = new HashSet<>();
            outcomes.forEach(outcome -> fetched.add(outcome.request().feedId()));
            for (Feed feed : wire.feeds()) {
                if (!fetched.contains(feed.id())) {
                    results.add(new FeedRefresh(feed, FeedRefresh.Result.WAITING, 0, feed.lastError(),
                            feed.nextFetchAt()));
                }
            }
        }
        return results;
    }

    /**
     * How long a feed waits after {@code error}: what the site asked for in {@code Retry-After}, else the feed's
     * interval doubled for each failure in a row (15, 30, 60 minutes …), at most a day; offline, just the interval.
     */
    static Duration waitAfter(Feed feed, FeedException error) {
        if (error.isOffline()) {
            return feed.interval();
        }
        if (error.retryAfter() != null) {
            return error.retryAfter().compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1)
                    : error.retryAfter();
        }
        int doublings = Math.min(feed.failures(), 16);
        Duration wait = feed.interval().multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
