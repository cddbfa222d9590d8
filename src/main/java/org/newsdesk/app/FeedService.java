package org.newsdesk.app;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.newsdesk.model.Feed;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.model.User;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.Wire;
import org.newsdesk.workflow.Permissions;
import org.newsdesk.workflow.WorkflowException;

/**
 * The wire desk's subscriptions: following a feed (or the feed a site's page names), the outlet it belongs to,
 * finding and listing the followed feeds, OPML import and export.
 */
public final class FeedService {
    /** The most often a feed is fetched: the newsroom stays a polite reader of every site. */
    public static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(5);
    /** The least often: a feed is looked at once a day at least. */
    public static final Duration LONGEST_INTERVAL = Duration.ofDays(1);

    private final Database database;
    private final Wire wire;
    private final OutletStore outlets;
    private final AuditTrail audit;
    private final Clock clock;
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final FeedRefreshService refreshing;
    private final PeopleService people;

    public FeedService(Database database, Wire wire, OutletStore outlets, AuditTrail audit, Clock clock,
                       FeedFetcher fetcher, FeedParser parser, FeedRefreshService refreshing, PeopleService people) {
        this.database = database;
        this.wire = wire;
        this.outlets = outlets;
        this.audit = audit;
        this.clock = clock;
        this.fetcher = fetcher;
        this.parser = parser;
        this.refreshing = refreshing;
        this.people = people;
    }

    /**
     * Why {@code actor} may not change the newsroom's feeds and watch-list, or empty when they may: what Settings
     * shows a writer above a list they can only read.
     */
    public Optional<String> changeRefusal(String actor) {
        Optional<User> who = people.find(actor);
        return who.isEmpty() ? Optional.of("Only editors change the newsroom's feeds and watch-list; choose who"
                + " you are first.") : Permissions.wireListRefusal(who.get());
    }

    /**
     * The acting editor's name as the newsroom spells it; a writer is refused with the rule, since only editors
     * change the newsroom's feeds (the team server refuses a writer's too).
     */
    private String editor(String actor) {
        User who = people.require(actor);
        Permissions.wireListRefusal(who).ifPresent(rule -> {
            throw new WorkflowException(rule);
        });
        return who.name();
    }

    /**
     * Follows the feed at {@code address}, or the first feed a web page at that address names in its
     * {@code <link rel="alternate">}; {@code outlet} may be null to guess it from the site's domain. The feed's
     * items are stored at once. Offline, the feed is followed all the same and fetched when the network is back.
     *
     * @throws FeedException when the address gives no feed, or the feed is followed already
     */
    public Feed subscribe(String address, String outlet, String actor) {
        return subscribe(address, outlet, Feed.DEFAULT_INTERVAL, actor);
    }

    /**
     * Follows a feed as {@link #subscribe(String, String, String)} does, fetched {@code every} so long.
     *
     * @throws FeedException also when {@code every} is shorter than {@link #SHORTEST_INTERVAL} or longer than
     *                       {@link #LONGEST_INTERVAL}
     */
    public Feed subscribe(String address, String outlet, Duration every, String actor) {
        editor(actor);
        return follow(read(address, every), outlet, actor);
    }

    /**
     * A feed read for following, not yet stored: what {@link #read} fetched, for {@link #follow} to store. The
     * read happens on a network thread, the store on the writer thread, so a slow site never holds the database.
     */
    public record FeedToFollow(String url, Duration interval, FeedRound.Outcome outcome) {
    }

    /**
     * Reads the feed at {@code address} (or the one its page names) for following, writing nothing. Offline, the
     * result says so and the feed is followed all the same.
     *
     * @throws FeedException when the address gives no feed, or the feed is followed already
     */
    public FeedToFollow read(String address, Duration every) {
        Duration interval = checkedInterval(every);
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
        return new FeedToFollow(url, interval, outcome);
    }

    /**
     * Stores a feed {@link #read} fetched as followed, with its items, in one transaction.
     *
     * @throws FeedException when the feed came to be followed meanwhile
     */
    public Feed follow(FeedToFollow read, String outlet, String actor) {
        String editor = editor(actor);
        String url = read.url();
        Duration interval = read.interval();
        FeedRound.Outcome outcome = read.outcome();
        ParsedFeed parsed = outcome.feed();
        String siteUrl = parsed == null ? null : parsed.siteUrl();
        String outletName = outletFor(outlet, siteUrl, url);
        String feedUrl = url;
        Feed feed = Feed.subscribe(feedUrl, parsed == null ? null : parsed.title(), outletName, siteUrl,
                clock.instant()).withInterval(interval);
        FeedRound.Outcome stored = new FeedRound.Outcome(new FeedRound.Request(feed.id(), feedUrl, null, null),
                outcome.response(), parsed, outcome.error());
        return database.write(connection -> {
            refuseFollowed(feedUrl);
            wire.insertFeed(feed);
            audit.append(editor, "feed.add", feed.id().toString(), "follows " + feedUrl
                    + (outletName == null ? "" : " for " + outletName));
            refreshing.store(List.of(stored));
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
        String editor = editor(actor);
        Feed feed = requireFeed(feedId);
        String name = outlet == null || outlet.isBlank() ? null : outletFor(outlet, feed.siteUrl(), feed.url());
        return database.write(connection -> {
            wire.updateOutlet(feedId, name);
            audit.append(editor, "feed.outlet", feedId.toString(), name == null ? "no outlet" : "outlet " + name);
            return wire.findFeed(feedId).orElseThrow();
        });
    }

    /**
     * Fetches the feed every {@code every} from now on. Its next fetch moves to suit, unless it waits after errors
     * (a site's {@code Retry-After} and the backoff still win).
     *
     * @throws FeedException when {@code every} is shorter than {@link #SHORTEST_INTERVAL} or longer than
     *                       {@link #LONGEST_INTERVAL}
     */
    public Feed setInterval(UUID feedId, Duration every, String actor) {
        String editor = editor(actor);
        Duration interval = checkedInterval(every);
        Feed feed = requireFeed(feedId);
        Instant next = feed.failures() > 0 || feed.lastFetchedAt() == null ? feed.nextFetchAt()
                : feed.lastFetchedAt().plus(interval);
        return database.write(connection -> {
            wire.updateInterval(feedId, interval, next);
            audit.append(editor, "feed.interval", feedId.toString(), every(interval));
            return wire.findFeed(feedId).orElseThrow();
        });
    }

    private static Duration checkedInterval(Duration every) {
        if (every == null || every.compareTo(SHORTEST_INTERVAL) < 0 || every.compareTo(LONGEST_INTERVAL) > 0) {
            throw new FeedException("A feed is fetched every " + SHORTEST_INTERVAL.toMinutes() + " minutes at most"
                    + " and once a day at least, not " + (every == null ? "never" : every(every)) + ".");
        }
        return every;
    }

    /** How often a feed is fetched, in words: "every 15 minutes", "every hour", "every 2 hours", "once a day". */
    public static String every(Duration interval) {
        long minutes = interval.toMinutes();
        if (minutes == 24 * 60) {
            return "once a day";
        }
        if (minutes % 60 == 0) {
            return minutes == 60 ? "every hour" : "every " + minutes / 60 + " hours";
        }
        return minutes == 1 ? "every minute" : "every " + minutes + " minutes";
    }

    /** Stops following the feed; its items go, the stories clipped from them stay. */
    public Feed unsubscribe(UUID feedId, String actor) {
        String editor = editor(actor);
        Feed feed = requireFeed(feedId);
        database.write(connection -> {
            wire.deleteFeed(feedId);
            audit.append(editor, "feed.remove", feedId.toString(), "stopped following " + feed.url());
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
        String editor = editor(actor);
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
            audit.append(editor, "feed.import", null, added + " feeds added from OPML, " + known + " already followed");
            return new OpmlImport(added, known);
        });
    }
}
