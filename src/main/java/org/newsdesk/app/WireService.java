package org.newsdesk.app;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.newsdesk.feed.FeedDiscovery;
import org.newsdesk.feed.FeedException;
import org.newsdesk.feed.FeedFetcher;
import org.newsdesk.feed.FeedParser;
import org.newsdesk.feed.FeedResponse;
import org.newsdesk.feed.FeedRound;
import org.newsdesk.feed.FeedText;
import org.newsdesk.feed.Opml;
import org.newsdesk.feed.OpmlOutline;
import org.newsdesk.feed.ParsedFeed;
import org.newsdesk.feed.ParsedItem;
import org.newsdesk.feed.StoryGroups;
import org.newsdesk.feed.WatchList;
import org.newsdesk.model.Feed;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.model.Story;
import org.newsdesk.model.WatchTerm;
import org.newsdesk.model.WireItem;
import org.newsdesk.model.WireItemState;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.WireRow;
import org.newsdesk.store.Wire;

/**
 * The wire desk: following outlets' feeds, refreshing them politely, listing their items against the watch-list,
 * and turning an item into a story (the same as clipping its URL). Fetching and parsing run on the network
 * executor; {@link #store} writes what they brought, so a caller with a writer thread can hand that part to it.
 */
public final class WireService {
    /** After this many failures in a row a feed waits the longest. */
    static final Duration LONGEST_WAIT = Duration.ofHours(24);

    private final Database database;
    private final Wire wire;
    private final OutletStore outlets;
    private final ClipService clips;
    private final StoryService stories;
    private final AuditTrail audit;
    private final Clock clock;
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final FeedRound round;

    public WireService(Database database, Wire wire, OutletStore outlets, ClipService clips,
                       StoryService stories, AuditTrail audit, Clock clock, FeedFetcher fetcher, FeedParser parser,
                       Executor network) {
        this.database = database;
        this.wire = wire;
        this.outlets = outlets;
        this.clips = clips;
        this.stories = stories;
        this.audit = audit;
        this.clock = clock;
        this.fetcher = fetcher;
        this.parser = parser;
        this.round = new FeedRound(fetcher, parser, network);
    }

    /**
     * Follows the feed at {@code address}, or the first feed a web page at that address names in its
     * {@code <link rel="alternate">}; {@code outlet} may be null to guess it from the site's domain. The feed's
     * items are stored at once. Offline, the feed is followed all the same and fetched when the network is back.
     *
     * @throws FeedException when the address gives no feed, or the feed is followed already
     */
    public Feed subscribe(String address, String outlet, String actor) {
        String url = FeedText.link(address == null ? null : address.strip(), null);
        if (url == null) {
            throw new FeedException("\"" + (address == null ? "" : address.strip()) + "\" is not a web address (it"
                    + " must start with http:// or https://).");
        }
        refuseFollowed(url);
        FeedRound.Outcome outcome;
        try {
            FeedResponse response = fetcher.fetch(url, null, null);
            if (FeedParser.isWebPage(response.body())) {
                List<String> found = FeedDiscovery.find(new String(response.body(), StandardCharsets.UTF_8),
                        response.finalUrl());
                if (found.isEmpty()) {
                    throw new FeedException("The page at " + url + " names no feed (no <link rel=\"alternate\"> of"
                            + " RSS, Atom or JSON Feed type); give the feed's own address.");
                }
                url = found.get(0);
                refuseFollowed(url);
                response = fetcher.fetch(url, null, null);
            }
            FeedRound.Request request = new FeedRound.Request(null, url, null, null);
            outcome = new FeedRound.Outcome(request, response,
                    parser.parse(response.body(), response.contentType(), response.finalUrl()), null);
        } catch (FeedException e) {
            if (!e.isOffline()) {
                throw e;
            }
            outcome = new FeedRound.Outcome(new FeedRound.Request(null, url, null, null), null, null, e);
        }
        ParsedFeed parsed = outcome.feed();
        String siteUrl = parsed == null ? null : parsed.siteUrl();
        String outletName = outletFor(outlet, siteUrl, url);
        String feedUrl = url;
        Feed feed = Feed.subscribe(feedUrl, parsed == null ? null : parsed.title(), outletName, siteUrl,
                clock.instant());
        FeedRound.Outcome stored = new FeedRound.Outcome(new FeedRound.Request(feed.id(), feedUrl, null, null),
                outcome.response(), parsed, outcome.error());
        return database.write(connection -> {
            wire.insertFeed(feed);
            audit.append(actor, "feed.add", feed.id().toString(), "follows " + feedUrl
                    + (outletName == null ? "" : " for " + outletName));
            store(List.of(stored));
            return wire.findFeed(feed.id()).orElseThrow();
        });
    }

    private void refuseFollowed(String url) {
        Optional<Feed> existing = wire.findFeedByUrl(url);
        if (existing.isPresent()) {
            throw new FeedException("You already follow " + existing.get().name() + " (" + url + ").");
        }
    }

    /**
     * The outlet a feed belongs to: the one named (created when the newsroom does not know it yet, with the
     * site's domain), else the outlet whose domain the site or feed is on, else none.
     */
    private String outletFor(String named, String siteUrl, String feedUrl) {
        if (named != null && !named.isBlank()) {
            Optional<Outlet> known = outlets.find(named.strip());
            if (known.isPresent()) {
                return known.get().name();
            }
            String domain = SourceUrl.domain(siteUrl != null ? siteUrl : feedUrl);
            boolean domainFree = !domain.isEmpty() && outlets.findByDomain(domain).isEmpty();
            return outlets.save(new Outlet(named.strip(), named.strip(), domainFree ? List.of(domain) : List.of()))
                    .name();
        }
        return guessOutlet(siteUrl, feedUrl).orElse(null);
    }

    private Optional<String> guessOutlet(String siteUrl, String feedUrl) {
        Optional<Outlet> bySite = siteUrl == null ? Optional.empty() : outlets.findByDomain(SourceUrl.domain(siteUrl));
        return bySite.or(() -> outlets.findByDomain(SourceUrl.domain(feedUrl))).map(Outlet::name);
    }

    /** Ties the feed to another outlet (null or blank for none). */
    public Feed setOutlet(UUID feedId, String outlet, String actor) {
        Feed feed = requireFeed(feedId);
        String name = outlet == null || outlet.isBlank() ? null : outletFor(outlet, feed.siteUrl(), feed.url());
        return database.write(connection -> {
            wire.updateOutlet(feedId, name);
            audit.append(actor, "feed.outlet", feedId.toString(), name == null ? "no outlet" : "outlet " + name);
            return wire.findFeed(feedId).orElseThrow();
        });
    }

    /** Stops following the feed; its items go, the stories clipped from them stay. */
    public Feed unsubscribe(UUID feedId, String actor) {
        Feed feed = requireFeed(feedId);
        database.write(connection -> {
            wire.deleteFeed(feedId);
            audit.append(actor, "feed.remove", feedId.toString(), "stopped following " + feed.url());
            return null;
        });
        return feed;
    }

    public Feed requireFeed(UUID feedId) {
        return wire.findFeed(feedId).orElseThrow(() -> new FeedException("There is no feed " + feedId + "."));
    }

    /** The feed whose id is {@code text} or begins with it (four characters at least). */
    public Feed findFeed(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < 4 || !wanted.matches("[0-9a-f-]+")) {
            return wire.findFeedByUrl(text == null ? "" : text.strip()).orElseThrow(() -> new FeedException("\""
                    + text + "\" is neither a feed id (or its first four characters) nor a followed address."));
        }
        List<Feed> matches = wire.feedsStartingWith(wanted, 2);
        if (matches.isEmpty()) {
            throw new FeedException("There is no feed whose id begins " + text + ".");
        }
        if (matches.size() > 1) {
            throw new FeedException("More than one feed has an id beginning " + text + "; give more of the id.");
        }
        return matches.get(0);
    }

    /** Every followed feed, by outlet and title, with the state of its last fetch. */
    public List<Feed> feeds() {
        return wire.feeds();
    }

    /** How many items each feed has brought, by feed id. */
    public Map<UUID, Integer> itemCounts() {
        return wire.itemCounts();
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
            Set<UUID> fetched = new java.util.HashSet<>();
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

    /** The items the filter lets through, newest first, each story group together, with watch-list matches. */
    public List<WireEntry> items(WireFilter filter) {
        Set<WireItemState> states = filter.newOnly() ? EnumSet.of(WireItemState.NEW)
                : filter.withDismissed() ? EnumSet.allOf(WireItemState.class)
                : EnumSet.of(WireItemState.NEW, WireItemState.SEEN, WireItemState.CLIPPED);
        WatchList watchList = new WatchList(wire.terms());
        String text = filter.text().toLowerCase(Locale.ROOT);
        List<WireRow> rows = new ArrayList<>();
        List<Boolean> matching = new ArrayList<>();
        for (WireRow row : wire.items(states, null, filter.limit())) {
            WireItem item = row.item();
            boolean matches = watchList.matches(item.headline(), item.teaser(), row.outlet());
            if (filter.matchingOnly() && !matches) {
                continue;
            }
            if (!text.isEmpty() && !item.headline().toLowerCase(Locale.ROOT).contains(text)
                    && !item.teaser().toLowerCase(Locale.ROOT).contains(text)
                    && !row.source().toLowerCase(Locale.ROOT).contains(text)) {
                continue;
            }
            rows.add(row);
            matching.add(matches);
        }
        int[] groups = StoryGroups.group(rows.stream()
                .map(row -> new StoryGroups.Member(row.item().linkKey(), row.item().headline())).toList());
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            members.computeIfAbsent(groups[i], group -> new ArrayList<>()).add(i);
        }
        List<WireEntry> entries = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            for (int position = 0; position < group.size(); position++) {
                int i = group.get(position);
                WireRow row = rows.get(i);
                entries.add(new WireEntry(row.item(), row.source(),
                        watchList.spans(row.item().headline(), row.outlet()),
                        watchList.spans(row.item().teaser(), row.outlet()), matching.get(i), group.size(),
                        position == 0));
            }
        }
        return entries;
    }

    /** How many new items the watch-list matches (every new item while the watch-list is empty). */
    public int newMatchingCount() {
        WatchList watchList = new WatchList(wire.terms());
        int count = 0;
        for (WireRow row : wire.items(EnumSet.of(WireItemState.NEW), null, 10_000)) {
            if (watchList.isEmpty() || watchList.matches(row.item().headline(), row.item().teaser(), row.outlet())) {
                count++;
            }
        }
        return count;
    }

    /** Marks a new item as looked at; a dismissed or clipped item stays so. */
    public void markSeen(UUID itemId) {
        wire.markSeen(itemId, clock.instant());
    }

    /** Sets the item aside: it leaves the desk's list (a clipped item stays clipped). */
    public void dismiss(UUID itemId, String actor) {
        WireRow row = requireItem(itemId);
        if (row.item().state() == WireItemState.CLIPPED) {
            throw new FeedException("This item is already clipped into a story; it stays on the desk.");
        }
        database.write(connection -> {
            if (wire.setState(itemId, WireItemState.DISMISSED, clock.instant())) {
                audit.append(actor, "wire.dismiss", itemId.toString(), "dismissed \"" + row.item().headline() + "\"");
            }
            return null;
        });
    }

    /**
     * Clips the item's article, as clipping its URL does, and starts a story from it by {@code actor}; the item
     * remembers the story. An article already in a story is not taken twice: that story comes back,
     * {@code alreadyCovered}. Offline, the story is started and the URL waits in Pending clips.
     */
    public WireClip clip(UUID itemId, String actor) {
        WireRow row = requireItem(itemId);
        WireItem item = row.item();
        if (item.link() == null) {
            throw new FeedException("This item has no web address to clip.");
        }
        if (item.state() == WireItemState.CLIPPED && item.storyId() != null) {
            Optional<Story> taken = stories.find(item.storyId());
            if (taken.isPresent()) {
                return new WireClip(taken.get(), true, false, item.takenBy());
            }
        }
        ClipResult result = clips.clipUrl(item.link(), actor);
        if (result.alreadyCovered() && !result.usedBy().isEmpty()) {
            Story first = result.usedBy().get(0);
            wire.markClipped(itemId, first.id(), first.author(), clock.instant());
            return new WireClip(first, true, false, first.author());
        }
        return database.write(connection -> {
            Story story;
            if (result.isQueued()) {
                story = stories.create(actor, "", "", List.of());
                clips.queue(item.link(), story.id(), actor);
            } else {
                story = stories.create(actor, "", "", List.of(result.clip().id()));
                Optional<Outlet> outlet = Optional.ofNullable(row.outlet()).flatMap(outlets::find)
                        .or(() -> outlets.findByDomain(SourceUrl.domain(result.clip().sourceUrl())));
                if (outlet.isPresent()) {
                    story = stories.save(actor, story.withDetails(outlet.get().name(),
                            outlet.get().attribution() + " reports", null, List.of()));
                }
            }
            wire.markClipped(itemId, story.id(), actor, clock.instant());
            audit.append(actor, "wire.clip", itemId.toString(), "started story " + story.id() + " from "
                    + item.link());
            return new WireClip(story, false, result.isQueued(), actor);
        });
    }

    public WireRow requireItem(UUID itemId) {
        return wire.findItem(itemId).orElseThrow(() -> new FeedException("There is no wire item " + itemId + "."));
    }

    /** The item whose id is {@code text} or begins with it (four characters at least). */
    public WireRow findItem(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < 4 || !wanted.matches("[0-9a-f-]+")) {
            throw new FeedException("\"" + text + "\" is not an item id; give the id, or its first four characters.");
        }
        List<UUID> matches = wire.itemIdsStartingWith(wanted, 2);
        if (matches.size() != 1) {
            throw new FeedException(matches.isEmpty() ? "There is no wire item whose id begins " + text + "."
                    : "More than one wire item has an id beginning " + text + "; give more of the id.");
        }
        return requireItem(matches.get(0));
    }

    /** Adds a word or phrase to the watch-list, for every outlet or only {@code outlet}. */
    public WatchTerm watch(String term, String outlet, String actor) {
        WatchTerm created;
        try {
            created = new WatchTerm(UUID.randomUUID(), term == null ? "" : term, outlet);
        } catch (IllegalArgumentException e) {
            throw new FeedException(e.getMessage(), e);
        }
        if (created.outlet() != null && outlets.find(created.outlet()).isEmpty()) {
            throw new FeedException("There is no outlet \"" + created.outlet() + "\"; name one the newsroom knows.");
        }
        return database.write(connection -> {
            WatchTerm stored = wire.addTerm(created, clock.instant());
            audit.append(actor, "watch.add", stored.term(), stored.outlet() == null ? "every outlet"
                    : "for " + stored.outlet());
            return stored;
        });
    }

    /** Removes a term from the watch-list (only {@code outlet}'s entry when given); returns how many went. */
    public int unwatch(String term, String outlet, String actor) {
        if (term == null || term.isBlank()) {
            throw new FeedException("Name the word or phrase to remove.");
        }
        return database.write(connection -> {
            int removed = wire.removeTerm(term, outlet == null || outlet.isBlank() ? null : outlet.strip());
            if (removed == 0) {
                throw new FeedException("\"" + term.strip() + "\" is not on the watch-list"
                        + (outlet == null || outlet.isBlank() ? "" : " for " + outlet.strip()) + ".");
            }
            audit.append(actor, "watch.remove", term.strip(), removed + " removed");
            return removed;
        });
    }

    public List<WatchTerm> watchList() {
        return wire.terms();
    }

    /** The followed feeds as an OPML 2.0 document any feed reader can import. */
    public String exportOpml() {
        List<OpmlOutline> outlines = wire.feeds().stream()
                .map(feed -> new OpmlOutline(feed.url(), feed.name(), feed.siteUrl(), feed.outlet())).toList();
        return Opml.write("Newsdesk wire desk", outlines, clock.instant());
    }

    /**
     * Follows every feed of an OPML document that is not followed yet; they are fetched on the next refresh.
     *
     * @throws FeedException when the document is not OPML; nothing is then followed
     */
    public OpmlImport importOpml(byte[] document, String actor) {
        List<OpmlOutline> outlines = Opml.read(document);
        return database.write(connection -> {
            int added = 0;
            int known = 0;
            for (OpmlOutline outline : outlines) {
                if (wire.findFeedByUrl(outline.feedUrl()).isPresent()) {
                    known++;
                    continue;
                }
                String outlet = Optional.ofNullable(outline.outlet()).flatMap(outlets::find).map(Outlet::name)
                        .or(() -> guessOutlet(outline.siteUrl(), outline.feedUrl()))
                        .orElse(outline.outlet());
                wire.insertFeed(Feed.subscribe(outline.feedUrl(), outline.title(), outlet, outline.siteUrl(),
                        clock.instant()));
                added++;
            }
            audit.append(actor, "feed.import", null, added + " feeds added from OPML, " + known + " already followed");
            return new OpmlImport(added, known);
        });
    }
}
