package org.newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.app.FeedRefresh;
import org.newsdesk.app.WireEntry;
import org.newsdesk.app.WireFilter;
import org.newsdesk.app.FeedService;
import org.newsdesk.app.WireService;
import org.newsdesk.model.Feed;
import org.newsdesk.model.WireItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code feed …}: the wire desk's subscriptions, their refresh, their items and OPML, without a window. */
@Command(name = "feed", description = "The wire desk: follow outlets' feeds (RSS, Atom, JSON Feed) and list their items.",
        subcommands = {FeedCommand.Add.class, FeedCommand.ListFeeds.class, FeedCommand.Remove.class,
                FeedCommand.SetOutlet.class, FeedCommand.Every.class, FeedCommand.Refresh.class, FeedCommand.Items.class,
                FeedCommand.Import.class, FeedCommand.Export.class})
final class FeedCommand {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FeedCommand() {
    }

    abstract static class WireCommand extends ActingCommand {
        WireService wire() {
            return app().wireService();
        }

        FeedService feeds() {
            return app().feedService();
        }

        void printJson(Object node) {
            try {
                out().println(JSON.writeValueAsString(node));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not write JSON.", e);
            }
        }

        static String time(Instant instant) {
            return instant == null ? null : instant.toString();
        }

        static ObjectNode feedJson(Feed feed, Integer items) {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", feed.id().toString());
            node.put("url", feed.url());
            node.put("title", feed.title());
            node.put("outlet", feed.outlet());
            node.put("siteUrl", feed.siteUrl());
            node.put("intervalMinutes", feed.interval().toMinutes());
            node.put("lastFetchedAt", time(feed.lastFetchedAt()));
            node.put("nextFetchAt", time(feed.nextFetchAt()));
            node.put("lastResult", feed.lastResult());
            node.put("lastError", feed.lastError());
            node.put("failures", feed.failures());
            if (items != null) {
                node.put("items", items);
            }
            return node;
        }
    }

    @Command(name = "add", description = "Follow a feed, or the feed a site's page names (its <link rel=\"alternate\">).")
    static final class Add extends WireCommand implements Callable<Integer> {
        @Parameters(paramLabel = "URL", description = "The feed's address, or the site's.")
        String url;

        @Option(names = "--outlet", paramLabel = "NAME",
                description = "The outlet the feed belongs to (default: guessed from the site's domain).")
        String outlet;

        @Option(names = "--every", paramLabel = "MINUTES",
                description = "Fetch it every so many minutes (5 to 1440; default 15).")
        Integer every;

        @Override
        public Integer call() {
            Feed feed = feeds().subscribe(url, outlet, every == null ? Feed.DEFAULT_INTERVAL
                    : Duration.ofMinutes(every), actingAs());
            out().printf("%s  %s%s  %s%n", feed.id(), feed.name(),
                    feed.outlet() == null ? "" : " (" + feed.outlet() + ")",
                    feed.lastError() != null ? feed.lastError() : feed.lastResult());
            return 0;
        }
    }

    @Command(name = "list", description = "List the followed feeds with the state of their last fetch.")
    static final class ListFeeds extends WireCommand implements Callable<Integer> {
        @Option(names = "--json", description = "Print a JSON array instead of one line per feed.")
        boolean json;

        @Override
        public Integer call() {
            List<Feed> feeds = feeds().feeds();
            Map<UUID, Integer> counts = feeds().itemCounts();
            if (json) {
                ArrayNode array = JSON.createArrayNode();
                feeds.forEach(feed -> array.add(feedJson(feed, counts.getOrDefault(feed.id(), 0))));
                printJson(array);
                return 0;
            }
            for (Feed feed : feeds) {
                out().printf("%s  %-24s %-40s %4d items  %-18s %s%n", feed.id().toString().substring(0, 8),
                        feed.outlet() == null ? "-" : feed.outlet(), feed.name(), counts.getOrDefault(feed.id(), 0),
                        FeedService.every(feed.interval()),
                        feed.lastError() != null ? "ERROR: " + feed.lastError()
                                : feed.lastResult() == null ? "not fetched yet" : feed.lastResult());
            }
            if (feeds.isEmpty()) {
                err().println("No feeds are followed; add one with: feed add URL");
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Stop following a feed (its items go; stories clipped from them stay).")
    static final class Remove extends WireCommand implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The feed's id (or its first characters) or address.")
        String id;

        @Override
        public Integer call() {
            Feed feed = feeds().unsubscribe(feeds().findFeed(id).id(), actingAs());
            out().println("Stopped following " + feed.name() + ".");
            return 0;
        }
    }

    @Command(name = "outlet", description = "Tie a feed to another outlet (the guess from its domain may be wrong).")
    static final class SetOutlet extends WireCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The feed's id (or its first characters) or address.")
        String id;

        @Parameters(index = "1", paramLabel = "NAME", arity = "0..1", description = "The outlet; leave out for none.")
        String outlet;

        @Override
        public Integer call() {
            Feed feed = feeds().setOutlet(feeds().findFeed(id).id(), outlet, actingAs());
            out().println(feed.name() + " now belongs to " + (feed.outlet() == null ? "no outlet" : feed.outlet()) + ".");
            return 0;
        }
    }

    @Command(name = "every", description = "Fetch a feed every so many minutes (5 to 1440); errors still make it"
            + " wait longer.")
    static final class Every extends WireCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The feed's id (or its first characters) or address.")
        String id;

        @Parameters(index = "1", paramLabel = "MINUTES", description = "How many minutes between fetches.")
        int minutes;

        @Override
        public Integer call() {
            Feed feed = feeds().setInterval(feeds().findFeed(id).id(), Duration.ofMinutes(minutes), actingAs());
            out().println(feed.name() + " is fetched " + FeedService.every(feed.interval()) + ".");
            return 0;
        }
    }

    @Command(name = "refresh", description = "Fetch every feed now (those waiting after errors keep waiting) and"
            + " print, per feed, its new items, \"not modified\", or the error.")
    static final class Refresh extends WireCommand implements Callable<Integer> {
        @Option(names = "--json", description = "Print a JSON array instead of one line per feed.")
        boolean json;

        @Option(names = "--due", description = "Fetch only the feeds whose interval has passed.")
        boolean dueOnly;

        @Override
        public Integer call() {
            List<FeedRefresh> results = app().feedRefresh().refresh(!dueOnly);
            if (json) {
                ArrayNode array = JSON.createArrayNode();
                for (FeedRefresh result : results) {
                    ObjectNode node = array.addObject();
                    node.put("id", result.feed().id().toString());
                    node.put("url", result.feed().url());
                    node.put("title", result.feed().name());
                    node.put("result", result.result().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                    node.put("newItems", result.newItems());
                    node.put("error", result.error());
                    node.put("nextFetchAt", time(result.nextFetchAt()));
                }
                printJson(array);
            } else {
                for (FeedRefresh result : results) {
                    out().printf("%s  %-40s %s%n", result.feed().id().toString().substring(0, 8), result.feed().name(),
                            result.describe());
                }
                if (results.isEmpty()) {
                    err().println(feeds().feeds().isEmpty() ? "No feeds are followed; add one with: feed add URL"
                            : "No feed is due yet.");
                }
            }
            return 0;
        }
    }

    @Command(name = "items", description = "List the wire's items, newest first, stories from several outlets together.")
    static final class Items extends WireCommand implements Callable<Integer> {
        @Option(names = "--new", description = "Only items nobody has looked at yet.")
        boolean newOnly;

        @Option(names = "--matching", description = "Only items the watch-list matches.")
        boolean matchingOnly;

        @Option(names = "--limit", defaultValue = "200", description = "At most this many (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print a JSON array instead of lines.")
        boolean json;

        @Override
        public Integer call() {
            List<WireEntry> entries = wire().items(new WireFilter(newOnly, matchingOnly, "", false, limit));
            if (json) {
                ArrayNode array = JSON.createArrayNode();
                for (WireEntry entry : entries) {
                    WireItem item = entry.item();
                    ObjectNode node = array.addObject();
                    node.put("id", item.id().toString());
                    node.put("feedId", item.feedId().toString());
                    node.put("outlet", entry.source());
                    node.put("headline", item.headline());
                    node.put("teaser", item.teaser());
                    node.put("author", item.author());
                    node.put("link", item.link());
                    node.put("guid", item.guid());
                    node.put("publishedAt", time(item.publishedAt()));
                    node.put("seenAt", time(item.seenAt()));
                    node.put("state", item.state().name().toLowerCase(java.util.Locale.ROOT));
                    node.put("storyId", item.storyId() == null ? null : item.storyId().toString());
                    node.put("takenBy", item.takenBy());
                    node.put("coveredBy", item.coveredBy());
                    node.put("matching", entry.matching());
                    ArrayNode words = node.putArray("watchWords");
                    entry.headlineSpans().forEach(span -> words.add(item.headline().substring(span.start(), span.end())));
                    entry.teaserSpans().forEach(span -> words.add(item.teaser().substring(span.start(), span.end())));
                    node.put("groupSize", entry.groupSize());
                }
                printJson(array);
                return 0;
            }
            for (WireEntry entry : entries) {
                WireItem item = entry.item();
                String marker = entry.firstInGroup() ? (entry.matching() ? "*" : " ") : "  \u21b3";
                out().printf("%s %s  %s  %-20s %s%s%s%n", marker, item.id().toString().substring(0, 8),
                        item.time() == null ? "" : item.time().toString().substring(0, 16).replace('T', ' '),
                        entry.source(), highlighted(entry),
                        item.state() == org.newsdesk.model.WireItemState.NEW ? "" : "  [" + item.state().label()
                                + (item.takenBy() == null ? "" : " by " + item.takenBy()) + "]",
                        item.coveredBy() == null ? "" : "  (covered by " + item.coveredBy() + ")");
            }
            if (entries.isEmpty()) {
                err().println("No items" + (matchingOnly ? " match the watch-list" : "") + ".");
            }
            return 0;
        }

        private static String highlighted(WireEntry entry) {
            String headline = entry.item().headline();
            StringBuilder text = new StringBuilder();
            int at = 0;
            for (var span : entry.headlineSpans()) {
                text.append(headline, at, span.start()).append('[').append(headline, span.start(), span.end())
                        .append(']');
                at = span.end();
            }
            return text.append(headline.substring(at)).toString();
        }
    }

    @Command(name = "import", description = "Follow the feeds of an OPML file from any feed reader.")
    static final class Import extends WireCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.opml", description = "The OPML file.")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new CommandFailure("There is no file " + file + ".");
            }
            out().println("Imported " + file.getFileName() + ": " + feeds().importOpml(Files.readAllBytes(file), actingAs())
                    .describe());
            return 0;
        }
    }

    @Command(name = "export", description = "Write the followed feeds as OPML, for any feed reader.")
    static final class Export extends WireCommand implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
        Path out;

        @Override
        public Integer call() throws IOException {
            writeOut(feeds().exportOpml(), out);
            return 0;
        }
    }
}
