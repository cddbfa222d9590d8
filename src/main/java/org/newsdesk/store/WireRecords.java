package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Team mode's side of the wire desk and the newsroom dictionary. Their records are shared by natural keys, because
 * each desk makes its own local ids: a feed by its address, a watch-list entry by its term and outlet, a word by
 * itself, and the state of a wire item (dismissed, or clipped by whom into which story) by its feed's address and
 * the item's key in that feed. The items themselves are not shared: every desk fetches its feeds.
 */
final class WireRecords {
    /** The kinds this class reads and writes. */
    static final List<String> KINDS = List.of("feed", "watch", "word", "wire");
    private static final String SEPARATOR = "\n";

    private WireRecords() {
    }

    /** The key a watch-list entry is shared by: the term and its outlet (none for every outlet), in lower case. */
    static String watchKey(String term, String outlet) {
        return term.toLowerCase(Locale.ROOT) + SEPARATOR + (outlet == null ? "" : outlet.toLowerCase(Locale.ROOT));
    }

    /** An item's key within its feed: its guid, else its link's key, else (neither) its own id. */
    static String itemKey(String guid, String linkKey, String id) {
        return guid != null ? "guid:" + guid : linkKey != null ? "link:" + linkKey : "item:" + id;
    }

    /** The key of a wire item's shared state, or empty when there is no such item. */
    static Optional<String> stateKey(Connection connection, Object itemId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT f.url, w.guid, w.link_key, w.id"
                + " FROM wire_items w JOIN feeds f ON f.id = w.feed_id WHERE w.id = ?")) {
            Rows.bind(select, itemId);
            return Rows.list(select, row -> row.getString(1) + SEPARATOR + itemKey(row.getString(2),
                    row.getString(3), row.getString(4))).stream().findFirst();
        }
    }

    /**
     * The newsroom's states of one feed's items, for items this desk fetches after another desk dismissed or clipped
     * them; costs nothing when the newsroom has none (a lone newsroom never has).
     */
    static final class SharedStates {
        private final String feedUrl;

        private SharedStates(String feedUrl) {
            this.feedUrl = feedUrl;
        }

        static SharedStates of(Connection connection, Object feedId) throws SQLException {
            String url = feedUrl(connection, feedId).orElse(null);
            if (url == null) {
                return new SharedStates(null);
            }
            try (PreparedStatement any = connection.prepareStatement(
                    "SELECT 1 FROM wire_shared_states WHERE feed_url = ? LIMIT 1")) {
                Rows.bind(any, url);
                return new SharedStates(Rows.list(any, row -> 1).isEmpty() ? null : url);
            }
        }

        /** Gives the new item {@code itemId} the state the newsroom has for it, if any. */
        void adopt(Connection connection, Object itemId, String itemKey, Instant now) throws SQLException {
            if (feedUrl == null) {
                return;
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT state, story_id, taken_by"
                    + " FROM wire_shared_states WHERE feed_url = ? AND item_key = ?")) {
                Rows.bind(select, feedUrl, itemKey);
                try (ResultSet state = select.executeQuery()) {
                    if (!state.next()) {
                        return;
                    }
                    try (PreparedStatement update = connection.prepareStatement("UPDATE wire_items AS w SET "
                            + SHARED_STATE + " WHERE w.id = ?")) {
                        Rows.bind(update, state.getString(1), state.getString(1), state.getString(2),
                                state.getString(3), Times.format(now), itemId);
                        update.executeUpdate();
                    }
                }
            }
        }
    }

    /** Records in the outbox (team mode) that the feed changed by {@code action}; call it before a delete. */
    static void recordFeed(Connection connection, Object feedId, String action) throws SQLException {
        for (String url : feedUrl(connection, feedId).stream().toList()) {
            Outbox.record(connection, "feed", url, action, null);
        }
    }

    /** Records in the outbox (team mode) that the item was clipped, dismissed or opened again. */
    static void recordState(Connection connection, Object itemId, String action) throws SQLException {
        for (String key : stateKey(connection, itemId).stream().toList()) {
            Outbox.record(connection, "wire", key, action, null);
        }
    }

    static boolean isDismissed(Connection connection, Object itemId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT state FROM wire_items WHERE id = ?")) {
            Rows.bind(select, itemId);
            return Rows.list(select, row -> row.getString(1)).contains("DISMISSED");
        }
    }

    /** The feed's address, for its record's key. */
    static Optional<String> feedUrl(Connection connection, Object feedId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT url FROM feeds WHERE id = ?")) {
            Rows.bind(select, feedId);
            return Rows.list(select, row -> row.getString(1)).stream().findFirst();
        }
    }

    /** The condition that finds a feed's item by its key ({@code w} is wire_items), and the value it binds. */
    private record ItemMatch(String sql, String value) {
        static ItemMatch of(String itemKey) {
            if (itemKey.startsWith("guid:")) {
                return new ItemMatch("w.guid = ?", itemKey.substring(5));
            }
            if (itemKey.startsWith("link:")) {
                return new ItemMatch("w.link_key = ?", itemKey.substring(5));
            }
            return new ItemMatch("w.id = ?", itemKey.substring(itemKey.indexOf(':') + 1));
        }
    }

    static Optional<Map<String, Object>> snapshot(Connection connection, String kind, String id) throws SQLException {
        switch (kind) {
            case "feed": {
                Map<String, Object> feed = Snapshots.one(connection, "SELECT url, title, outlet, site_url,"
                        + " interval_seconds FROM feeds WHERE url = ?", id);
                return Optional.of(feed != null ? withDeleted(feed, false) : gone("url", id));
            }
            case "word": {
                Map<String, Object> word = Snapshots.one(connection,
                        "SELECT word, added_by, added_at FROM dictionary_words WHERE word = ?", id);
                return Optional.of(word != null ? withDeleted(word, false) : gone("word", id));
            }
            case "watch": {
                for (Map<String, Object> term : terms(connection)) {
                    if (term.get("key").equals(id)) {
                        return Optional.of(withDeleted(term, false));
                    }
                }
                String[] parts = id.split(SEPARATOR, 2);
                Map<String, Object> removed = gone("key", id);
                removed.put("term", parts[0]);
                removed.put("outlet", parts.length < 2 || parts[1].isEmpty() ? null : parts[1]);
                return Optional.of(removed);
            }
            case "wire": {
                String[] parts = id.split(SEPARATOR, 2);
                ItemMatch match = ItemMatch.of(parts[1]);
                try (PreparedStatement select = connection.prepareStatement("SELECT w.state, w.story_id, w.taken_by,"
                        + " w.headline FROM wire_items w JOIN feeds f ON f.id = w.feed_id WHERE f.url = ? AND "
                        + match.sql() + " LIMIT 1")) {
                    Rows.bind(select, parts[0], match.value());
                    return Rows.list(select, row -> {
                        Map<String, Object> state = new LinkedHashMap<>();
                        state.put("feed_url", parts[0]);
                        state.put("item_key", parts[1]);
                        String local = row.getString("state");
                        state.put("state", local.equals("NEW") || local.equals("SEEN") ? "OPEN" : local);
                        state.put("story_id", row.getString("story_id"));
                        state.put("taken_by", row.getString("taken_by"));
                        state.put("headline", row.getString("headline"));
                        return state;
                    }).stream().findFirst();
                }
            }
            default:
                throw new IllegalArgumentException("Unknown kind of record: " + kind);
        }
    }

    /** Writes the server's copy of a wire-desk or dictionary record into this file. */
    static void apply(RemoteRecords.Statements statements, String kind, String id, Map<String, Object> data)
            throws SQLException {
        boolean deleted = Boolean.TRUE.equals(data.get("deleted"));
        String now = Times.format(Instant.now());
        switch (kind) {
            case "feed" -> {
                if (deleted) {
                    statements.run("DELETE FROM feeds WHERE url = ?", id);
                } else {
                    Object interval = data.get("interval_seconds");
                    statements.run("INSERT INTO feeds (id, url, title, outlet, site_url, interval_seconds,"
                            + " next_fetch_at, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE"
                            + " SET title = IFNULL(excluded.title, feeds.title), outlet = excluded.outlet,"
                            + " site_url = IFNULL(excluded.site_url, feeds.site_url),"
                            + " interval_seconds = excluded.interval_seconds", UUID.randomUUID(), id,
                            data.get("title"), data.get("outlet"), data.get("site_url"),
                            interval == null ? 900 : ((Number) interval).longValue(), now, now);
                }
            }
            case "watch" -> {
                Object outlet = data.get("outlet") == null || data.get("outlet").toString().isEmpty() ? null
                        : data.get("outlet");
                if (deleted) {
                    statements.run("DELETE FROM watch_terms WHERE term = ? COLLATE NOCASE"
                            + " AND IFNULL(outlet, '') = IFNULL(?, '') COLLATE NOCASE", data.get("term"), outlet);
                } else {
                    statements.run("INSERT OR IGNORE INTO watch_terms (id, term, outlet, created_at)"
                            + " VALUES (?, ?, ?, ?)", UUID.randomUUID(), data.get("term"), outlet, now);
                }
            }
            case "word" -> {
                if (deleted) {
                    statements.run("DELETE FROM dictionary_words WHERE word = ?", id);
                } else {
                    String added = RemoteRecords.instant(data.get("added_at"));
                    statements.run("INSERT OR IGNORE INTO dictionary_words (id, word, added_by, added_at)"
                            + " VALUES (?, ?, ?, ?)", UUID.randomUUID(), id, data.get("added_by"),
                            added == null ? now : added);
                }
            }
            case "wire" -> {
                String feedUrl = RemoteRecords.text(data, "feed_url");
                String itemKey = RemoteRecords.text(data, "item_key");
                String state = RemoteRecords.text(data, "state");
                Object story = data.get("story_id");
                statements.run("INSERT INTO wire_shared_states (feed_url, item_key, state, story_id, taken_by,"
                        + " headline) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (feed_url, item_key) DO UPDATE SET"
                        + " state = excluded.state, story_id = excluded.story_id, taken_by = excluded.taken_by,"
                        + " headline = excluded.headline", feedUrl, itemKey, state, story, data.get("taken_by"),
                        RemoteRecords.text(data, "headline"));
                ItemMatch match = ItemMatch.of(itemKey);
                statements.run("UPDATE wire_items AS w SET " + SHARED_STATE
                        + " WHERE w.feed_id IN (SELECT id FROM feeds WHERE url = ?) AND " + match.sql(),
                        state, state, story, data.get("taken_by"), now, feedUrl, match.value());
            }
            default -> throw new IllegalArgumentException("Unknown kind of record: " + kind);
        }
    }

    /**
     * Sets an item to the newsroom's state (bound: state twice, story, taken by, now): open leaves a new or seen
     * item as it is; a story this file does not have is not named.
     */
    static final String SHARED_STATE = "state = CASE WHEN ? = 'OPEN' THEN (CASE WHEN w.state IN ('DISMISSED',"
            + " 'CLIPPED') THEN 'SEEN' ELSE w.state END) ELSE ? END, story_id = (SELECT s.id FROM stories s"
            + " WHERE s.id = ?), taken_by = ?, updated_at = ?";

    /** Ids (keys) of every record of {@code kind} in this file. */
    static List<String> ids(Connection connection, String kind) throws SQLException {
        switch (kind) {
            case "watch": {
                List<String> keys = new ArrayList<>();
                for (Map<String, Object> term : terms(connection)) {
                    keys.add(term.get("key").toString());
                }
                return keys;
            }
            case "wire": {
                try (PreparedStatement select = connection.prepareStatement("SELECT f.url, w.guid, w.link_key, w.id"
                        + " FROM wire_items w JOIN feeds f ON f.id = w.feed_id"
                        + " WHERE w.state IN ('DISMISSED', 'CLIPPED') ORDER BY w.seq")) {
                    return Rows.list(select, row -> row.getString(1) + SEPARATOR + itemKey(row.getString(2),
                            row.getString(3), row.getString(4)));
                }
            }
            default: {
                String sql = kind.equals("feed") ? "SELECT url FROM feeds ORDER BY added_at, url"
                        : "SELECT word FROM dictionary_words ORDER BY added_at, word";
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    return Rows.list(select, row -> row.getString(1));
                }
            }
        }
    }

    /** The action that first pushes an existing record of {@code kind} (team create). */
    static String firstAction(Connection connection, String kind, String id) throws SQLException {
        return switch (kind) {
            case "word" -> "ADD";
            case "wire" -> "CLIPPED".equals(snapshot(connection, kind, id).map(s -> s.get("state")).orElse(null))
                    ? "CLIP" : "DISMISS";
            default -> "SAVE";
        };
    }

    private static List<Map<String, Object>> terms(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT term, outlet FROM watch_terms ORDER BY created_at, term");
             ResultSet rows = select.executeQuery()) {
            List<Map<String, Object>> terms = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> term = new LinkedHashMap<>();
                term.put("key", watchKey(rows.getString(1), rows.getString(2)));
                term.put("term", rows.getString(1));
                term.put("outlet", rows.getString(2));
                terms.add(term);
            }
            return terms;
        }
    }

    private static Map<String, Object> withDeleted(Map<String, Object> record, boolean deleted) {
        record.put("deleted", deleted);
        return record;
    }

    private static Map<String, Object> gone(String field, String id) {
        Map<String, Object> removed = new LinkedHashMap<>();
        removed.put(field, id);
        removed.put("deleted", true);
        return removed;
    }
}
