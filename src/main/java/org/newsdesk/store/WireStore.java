package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import org.newsdesk.model.Feed;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.WatchTerm;
import org.newsdesk.model.WireItem;
import org.newsdesk.model.WireItemState;

/**
 * The wire desk's tables: subscriptions with the state of their last fetch, the items they brought (one row per
 * item: the same guid, else the same link, from the same feed is the same item), and the watch-list.
 */
public final class WireStore implements Wire {
    private static final String FEED_COLUMNS = "id, url, title, outlet, site_url, interval_seconds, etag,"
            + " last_modified, last_fetched_at, next_fetch_at, failures, last_error, last_result, added_at";
    private static final String ITEM_COLUMNS = "w.id, w.feed_id, w.guid, w.link, w.link_key, w.headline, w.teaser,"
            + " w.author, w.published_at, w.seen_at, w.state, w.story_id, w.taken_by, f.outlet, f.title AS feed_title,"
            + " s.id AS covered_story, s.headline AS covered_headline, s.author AS covered_author,"
            + " s.status AS covered_status,"
            + " (SELECT c.title FROM clips c WHERE c.url_key = w.link_key ORDER BY c.seq LIMIT 1) AS covered_clip";
    private static final String ITEM_FROM = " FROM wire_items w JOIN feeds f ON f.id = w.feed_id"
            + " LEFT JOIN stories s ON s.id = (SELECT sc.story_id FROM clips c JOIN story_clips sc"
            + " ON sc.clip_id = c.id WHERE c.url_key = w.link_key ORDER BY c.seq LIMIT 1)";

    private final Database database;
    private final WatchListRows watchList;

    public WireStore(Database database) {
        this.database = database;
        this.watchList = new WatchListRows(database);
    }

    @Override
    public Feed insertFeed(Feed feed) {
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feeds (" + FEED_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Rows.bind(insert, feed.id(), feed.url(), feed.title(), feed.outlet(), feed.siteUrl(),
                        feed.interval().toSeconds(), feed.etag(), feed.lastModified(),
                        Times.format(feed.lastFetchedAt()), Times.format(feed.nextFetchAt()), feed.failures(),
                        feed.lastError(), feed.lastResult(), Times.format(feed.addedAt()));
                insert.executeUpdate();
            }
            Outbox.record(connection, "feed", feed.url(), "SAVE", null);
            return findFeed(connection, feed.id()).orElseThrow();
        });
    }

    @Override
    public Optional<Feed> findFeed(UUID id) {
        return database.read(connection -> findFeed(connection, id));
    }

    private static Optional<Feed> findFeed(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + FEED_COLUMNS + " FROM feeds WHERE id = ?")) {
            Rows.bind(select, id);
            return Rows.list(select, WireStore::feed).stream().findFirst();
        }
    }

    @Override
    public Optional<Feed> findFeedByUrl(String url) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + FEED_COLUMNS + " FROM feeds WHERE url = ?")) {
                Rows.bind(select, url);
                return Rows.list(select, WireStore::feed).stream().findFirst();
            }
        });
    }

    /** Every subscription, by outlet and title. */
    @Override
    public List<Feed> feeds() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + FEED_COLUMNS + " FROM feeds"
                    + " ORDER BY IFNULL(outlet, title) COLLATE NOCASE, title COLLATE NOCASE, url")) {
                return Rows.list(select, WireStore::feed);
            }
        });
    }

    /** The feeds whose ids begin with {@code prefix} (at most {@code limit}). */
    @Override
    public List<Feed> feedsStartingWith(String prefix, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + FEED_COLUMNS + " FROM feeds"
                    + " WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?")) {
                Rows.bind(select, prefix.length(), prefix, limit);
                return Rows.list(select, WireStore::feed);
            }
        });
    }

    @Override
    public void updateOutlet(UUID feedId, String outlet) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE feeds SET outlet = ? WHERE id = ?")) {
                Rows.bind(update, outlet, feedId);
                update.executeUpdate();
            }
            WireRecords.recordFeed(connection, feedId, "SAVE");
            return null;
        });
    }

    @Override
    public void updateInterval(UUID feedId, Duration interval, Instant nextFetchAt) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE feeds SET interval_seconds = ?, next_fetch_at = ? WHERE id = ?")) {
                Rows.bind(update, interval.toSeconds(), Times.format(nextFetchAt), feedId);
                update.executeUpdate();
            }
            WireRecords.recordFeed(connection, feedId, "SAVE");
            return null;
        });
    }

    /** Removes the feed and the items it brought; stories clipped from them stay. */
    @Override
    public void deleteFeed(UUID feedId) {
        database.write(connection -> {
            WireRecords.recordFeed(connection, feedId, "DELETE");
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM feeds WHERE id = ?")) {
                Rows.bind(delete, feedId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Records a fetch that worked: new validators (kept when null), title and site when the feed gave them, the
     * result in words, and when to fetch next; failures are forgotten.
     */
    @Override
    public void recordSuccess(UUID feedId, String etag, String lastModified, String title, String siteUrl,
                              String result, Instant fetchedAt, Instant nextFetchAt) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE feeds SET"
                    + " etag = IFNULL(?, etag), last_modified = IFNULL(?, last_modified),"
                    + " title = CASE WHEN ? IS NULL OR ? = '' THEN title ELSE ? END,"
                    + " site_url = IFNULL(?, site_url), last_result = ?, last_fetched_at = ?, next_fetch_at = ?,"
                    + " failures = 0, last_error = NULL WHERE id = ?")) {
                Rows.bind(update, etag, lastModified, title, title, title, siteUrl, result,
                        Times.format(fetchedAt), Times.format(nextFetchAt), feedId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Records a failed fetch: the error sentence, when to try again, and (when {@code countsAsFailure}, that is
     * unless the network was down) one more failure in a row.
     */
    @Override
    public void recordFailure(UUID feedId, String error, Instant fetchedAt, Instant nextFetchAt,
                              boolean countsAsFailure) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE feeds SET failures = failures + ?,"
                    + " last_error = ?, last_result = ?, last_fetched_at = ?, next_fetch_at = ? WHERE id = ?")) {
                Rows.bind(update, countsAsFailure ? 1 : 0, error, error, Times.format(fetchedAt),
                        Times.format(nextFetchAt), feedId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Stores the items of one fetch: an item already there (same guid, else same link key, in this feed) keeps
     * its state and takes the new headline and teaser; returns how many were new.
     */
    @Override
    public int addItems(UUID feedId, List<WireItem> items, Instant now) {
        return database.write(connection -> {
            int added = 0;
            WireRecords.SharedStates shared = WireRecords.SharedStates.of(connection, feedId);
            try (PreparedStatement byGuid = connection.prepareStatement(
                    "SELECT id FROM wire_items WHERE feed_id = ? AND guid = ?");
                 PreparedStatement byLink = connection.prepareStatement(
                         "SELECT id FROM wire_items WHERE feed_id = ? AND link_key = ? LIMIT 1");
                 PreparedStatement update = connection.prepareStatement("UPDATE wire_items SET headline = ?,"
                         + " teaser = ?, guid = IFNULL(guid, ?) WHERE id = ? AND (headline <> ? OR teaser <> ?"
                         + " OR guid IS NULL AND ? IS NOT NULL)");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO wire_items (id, feed_id, guid,"
                         + " link, link_key, headline, teaser, author, published_at, seen_at, sort_at, state,"
                         + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?)")) {
                for (WireItem item : items) {
                    String linkKey = item.link() == null ? null : SourceUrl.key(item.link());
                    String existing = null;
                    if (item.guid() != null) {
                        Rows.bind(byGuid, feedId, item.guid());
                        existing = Rows.list(byGuid, row -> row.getString(1)).stream().findFirst().orElse(null);
                    }
                    if (existing == null && linkKey != null) {
                        Rows.bind(byLink, feedId, linkKey);
                        existing = Rows.list(byLink, row -> row.getString(1)).stream().findFirst().orElse(null);
                    }
                    if (existing != null) {
                        Rows.bind(update, item.headline(), item.teaser(), item.guid(), existing, item.headline(),
                                item.teaser(), item.guid());
                        update.executeUpdate();
                        continue;
                    }
                    Instant sortAt = item.publishedAt() == null || item.publishedAt().isAfter(now) ? now
                            : item.publishedAt();
                    Rows.bind(insert, item.id(), feedId, item.guid(), item.link(), linkKey, item.headline(),
                            item.teaser(), item.author(), Times.format(item.publishedAt()), Times.format(now),
                            Times.format(sortAt), Times.format(now));
                    insert.executeUpdate();
                    shared.adopt(connection, item.id(), WireRecords.itemKey(item.guid(), linkKey, item.id().toString()),
                            now);
                    added++;
                }
            }
            return added;
        });
    }

    /** The newest items in {@code states}, of one feed when {@code feedId} is not null, at most {@code limit}. */
    @Override
    public List<WireRow> items(Collection<WireItemState> states, UUID feedId, int limit) {
        return database.read(connection -> {
            StringJoiner placeholders = new StringJoiner(", ");
            List<Object> values = new ArrayList<>();
            for (WireItemState state : states) {
                placeholders.add("?");
                values.add(state);
            }
            String where = " WHERE w.state IN (" + placeholders + ")";
            if (feedId != null) {
                where += " AND w.feed_id = ?";
                values.add(feedId);
            }
            values.add(limit);
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ITEM_COLUMNS + ITEM_FROM + where
                    + " ORDER BY w.sort_at DESC, w.seq DESC LIMIT ?")) {
                Rows.bind(select, values.toArray());
                return Rows.list(select, WireStore::row);
            }
        });
    }

    @Override
    public Optional<WireRow> findItem(UUID id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + ITEM_COLUMNS + ITEM_FROM + " WHERE w.id = ?")) {
                Rows.bind(select, id);
                return Rows.list(select, WireStore::row).stream().findFirst();
            }
        });
    }

    /** The items whose ids begin with {@code prefix} (at most {@code limit}). */
    @Override
    public List<UUID> itemIdsStartingWith(String prefix, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM wire_items WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?")) {
                Rows.bind(select, prefix.length(), prefix, limit);
                return Rows.list(select, row -> UUID.fromString(row.getString(1)));
            }
        });
    }

    /** Moves the item to {@code state} unless it was clipped (a clipped item stays clipped). */
    @Override
    public boolean setState(UUID id, WireItemState state, Instant now) {
        return database.write(connection -> {
            boolean wasDismissed = WireRecords.isDismissed(connection, id);
            try (PreparedStatement update = connection.prepareStatement("UPDATE wire_items SET state = ?,"
                    + " updated_at = ? WHERE id = ? AND state <> 'CLIPPED' AND state <> ?")) {
                Rows.bind(update, state, Times.format(now), id, state);
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            // The newsroom shares whether an item is dismissed; new and seen are each desk's own.
            if (wasDismissed != (state == WireItemState.DISMISSED)) {
                WireRecords.recordState(connection, id, wasDismissed ? "REOPEN" : "DISMISS");
            }
            return true;
        });
    }

    @Override
    public boolean markSeen(UUID id, Instant now) {
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE wire_items SET state = 'SEEN',"
                    + " updated_at = ? WHERE id = ? AND state = 'NEW'")) {
                Rows.bind(update, Times.format(now), id);
                return update.executeUpdate() > 0;
            }
        });
    }

    /** Marks the item clipped into {@code storyId} by {@code takenBy}. */
    @Override
    public void markClipped(UUID id, UUID storyId, String takenBy, Instant now) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE wire_items SET state = 'CLIPPED',"
                    + " story_id = ?, taken_by = ?, updated_at = ? WHERE id = ?")) {
                Rows.bind(update, storyId, takenBy, Times.format(now), id);
                update.executeUpdate();
            }
            WireRecords.recordState(connection, id, "CLIP");
            return null;
        });
    }

    /** How many items each feed has brought, by feed id. */
    @Override
    public java.util.Map<UUID, Integer> itemCounts() {
        return database.read(connection -> {
            java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT feed_id, count(*) FROM wire_items GROUP BY feed_id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(UUID.fromString(rows.getString(1)), rows.getInt(2));
                }
            }
            return counts;
        });
    }

    @Override
    public WatchTerm addTerm(WatchTerm term, Instant now) {
        return watchList.add(term, now);
    }

    @Override
    public int removeTerm(String term, String outlet) {
        return watchList.remove(term, outlet);
    }

    @Override
    public List<WatchTerm> terms() {
        return watchList.terms();
    }

    private static Feed feed(ResultSet row) throws SQLException {
        return new Feed(Rows.uuid(row, "id"), row.getString("url"), row.getString("title"), row.getString("outlet"),
                row.getString("site_url"), Duration.ofSeconds(row.getLong("interval_seconds")), row.getString("etag"),
                row.getString("last_modified"), Times.parse(row.getString("last_fetched_at")),
                Times.parse(row.getString("next_fetch_at")), row.getInt("failures"), row.getString("last_error"),
                row.getString("last_result"), Times.parse(row.getString("added_at")));
    }

    private static WireRow row(ResultSet row) throws SQLException {
        UUID storyId = Rows.uuid(row, "story_id");
        UUID coveredStory = Rows.uuid(row, "covered_story");
        String coveredBy = null;
        if (coveredStory != null && !coveredStory.equals(storyId)) {
            String headline = row.getString("covered_headline");
            coveredBy = "\u201C" + (headline == null || headline.isBlank() ? "(untitled)" : headline) + "\u201D by "
                    + row.getString("covered_author") + " ("
                    + StoryStatus.valueOf(row.getString("covered_status")).label().toLowerCase(java.util.Locale.ROOT)
                    + ")";
        } else if (coveredStory == null && row.getString("covered_clip") != null) {
            coveredBy = "the clip \u201C" + row.getString("covered_clip") + "\u201D";
        } else if (coveredStory != null) {
            coveredStory = null;
        }
        WireItem item = new WireItem(Rows.uuid(row, "id"), Rows.uuid(row, "feed_id"), row.getString("guid"),
                row.getString("link"), row.getString("link_key"), row.getString("headline"), row.getString("teaser"),
                row.getString("author"), Times.parse(row.getString("published_at")),
                Times.parse(row.getString("seen_at")), WireItemState.valueOf(row.getString("state")), storyId,
                row.getString("taken_by"), coveredBy, coveredStory);
        return new WireRow(item, row.getString("outlet"), row.getString("feed_title"));
    }
}
