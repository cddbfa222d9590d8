package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.SourceUrl;

/**
 * The local side of team mode: the sync position, the outbox, the server copy each record was based on, notices,
 * and records as field maps (named as the server names them) read for a push or written from a pull. Records
 * written here from the server leave nothing in the outbox.
 */
public final class ReplicaStore {
    /** The kinds of record a team shares, in the order a newsroom's content is first pushed. */
    public static final List<String> KINDS = List.of("person", "outlet", "setting", "clip", "story", "revision",
            "comment", "edition");

    /** One change waiting for the team server. */
    public record OutboxRow(long seq, UUID opId, String kind, String entityId, String action, String detail,
                            long baseVersion, int attempts) {
    }

    /** The server's copy of a record that the local one was last based on, as JSON. */
    public record Base(long version, String json) {
    }

    /** Something a sync wants the person to know (a conflict kept as a revision, a colleague's approval). */
    public record Notice(long id, Instant at, UUID storyId, String text, Long revisionId) {
    }

    private final Database database;

    public ReplicaStore(Database database) {
        this.database = database;
    }

    /** Runs {@code work} as one local transaction. */
    public <T> T inTransaction(SqlWork<T> work) {
        return database.write(work);
    }

    public boolean isReplica() {
        return database.read(Outbox::isReplica);
    }

    public Optional<String> state(String key) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM sync_state WHERE key = ?")) {
                Rows.bind(select, key);
                return Rows.list(select, row -> row.getString(1)).stream().findFirst();
            }
        });
    }

    public void setState(String key, String value) {
        database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO sync_state (key, value)"
                    + " VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                Rows.bind(upsert, key, value);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    public void removeState(String key) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sync_state WHERE key = ?")) {
                Rows.bind(delete, key);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** The oldest {@code limit} changes waiting for the server. */
    public List<OutboxRow> pending(int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT seq, op_id, kind, entity_id, action,"
                    + " detail, base_version, attempts FROM sync_outbox ORDER BY seq LIMIT ?")) {
                Rows.bind(select, limit);
                return Rows.list(select, row -> new OutboxRow(row.getLong("seq"), Rows.uuid(row, "op_id"),
                        row.getString("kind"), row.getString("entity_id"), row.getString("action"),
                        row.getString("detail"), row.getLong("base_version"), row.getInt("attempts")));
            }
        });
    }

    public int pendingCount() {
        return database.read(connection -> count(connection, "SELECT count(*) FROM sync_outbox"));
    }

    public boolean hasPending(String kind, String entityId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM sync_outbox WHERE kind = ? AND entity_id = ? LIMIT 1")) {
                Rows.bind(select, kind, entityId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** The server accepted (or had already accepted) this row: it leaves the outbox. */
    public void done(long seq) {
        update("DELETE FROM sync_outbox WHERE seq = ?", seq);
    }

    /** Every row still waiting for the record is now based on server version {@code version}. */
    public void rebase(String kind, String entityId, long version) {
        update("UPDATE sync_outbox SET base_version = ? WHERE kind = ? AND entity_id = ?", version, kind, entityId);
    }

    /** After a merge the row is sent again as a new change (a new id, so the server treats it as one). */
    public void renew(long seq, String action) {
        update("UPDATE sync_outbox SET op_id = ?, action = ?, attempts = attempts + 1 WHERE seq = ?",
                UUID.randomUUID(), action, seq);
    }

    /** Drops every row still waiting for the record: the server refused it, and the person has been told. */
    public void dropPending(String kind, String entityId) {
        update("DELETE FROM sync_outbox WHERE kind = ? AND entity_id = ?", kind, entityId);
    }

    public Optional<Base> base(String kind, String entityId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version, data FROM sync_base WHERE kind = ? AND entity_id = ?")) {
                Rows.bind(select, kind, entityId);
                return Rows.list(select, row -> new Base(row.getLong(1), row.getString(2))).stream().findFirst();
            }
        });
    }

    public void putBase(String kind, String entityId, long version, String json) {
        update("INSERT INTO sync_base (kind, entity_id, version, data) VALUES (?, ?, ?, ?) ON CONFLICT (kind,"
                + " entity_id) DO UPDATE SET version = excluded.version, data = excluded.data", kind, entityId,
                version, json);
    }

    public long addNotice(UUID storyId, String text, Long revisionId) {
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sync_notices"
                    + " (at, story_id, text, revision_id) VALUES (?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                Rows.bind(insert, Times.format(Instant.now()), storyId, text, revisionId);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Notices newer than {@code afterId}, oldest first. */
    public List<Notice> notices(long afterId, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, at, story_id, text, revision_id"
                    + " FROM sync_notices WHERE id > ? ORDER BY id DESC LIMIT ?")) {
                Rows.bind(select, afterId, limit);
                List<Notice> newestFirst = Rows.list(select, row -> new Notice(row.getLong("id"),
                        Times.parse(row.getString("at")), Rows.uuid(row, "story_id"), row.getString("text"),
                        row.getObject("revision_id") == null ? null : row.getLong("revision_id")));
                List<Notice> oldestFirst = new ArrayList<>(newestFirst);
                java.util.Collections.reverse(oldestFirst);
                return oldestFirst;
            }
        });
    }

    /** The local revision with shared id {@code uid}, by its local number. */
    public Optional<Long> revisionNumber(UUID uid) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM revisions WHERE uid = ?")) {
                Rows.bind(select, uid);
                return Rows.list(select, row -> row.getLong(1)).stream().findFirst();
            }
        });
    }

    /**
     * Puts every record of this file in the outbox, oldest first and in {@link #KINDS} order: the first push of a
     * newsroom that becomes a team's first content. Stories go as they stand (their status with them).
     */
    public int enqueueEverything() {
        return database.write(connection -> {
            int count = 0;
            String[][] sources = {
                    {"person", "SELECT name FROM users ORDER BY created_at, name", "SAVE"},
                    {"outlet", "SELECT name FROM outlets ORDER BY name", "SAVE"},
                    {"setting", "SELECT key FROM settings ORDER BY key", "SAVE"},
                    {"clip", "SELECT id FROM clips ORDER BY seq", "CREATE"},
                    {"story", "SELECT id, status FROM stories ORDER BY seq", "CREATE"},
                    {"revision", "SELECT uid FROM revisions ORDER BY id", "ADD"},
                    {"comment", "SELECT uid FROM comments ORDER BY id", "ADD"},
                    {"edition", "SELECT id FROM editions ORDER BY date", "SAVE"}};
            for (String[] source : sources) {
                try (PreparedStatement select = connection.prepareStatement(source[1]);
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String detail = source[0].equals("story") ? rows.getString(2) : null;
                        Outbox.record(connection, source[0], rows.getString(1), source[2], detail);
                        count++;
                    }
                }
            }
            return count;
        });
    }

    /** Counts of each kind of shared record in this file, for comparing a replica with the server. */
    public int countOf(String kind) {
        String table = switch (kind) {
            case "person" -> "users";
            case "outlet" -> "outlets";
            case "setting" -> "settings";
            case "clip" -> "clips";
            case "story" -> "stories";
            case "revision" -> "revisions";
            case "comment" -> "comments";
            case "edition" -> "editions";
            default -> throw new IllegalArgumentException(kind);
        };
        return database.read(connection -> count(connection, "SELECT count(*) FROM " + table));
    }

    /** The record as the server names its fields, or empty when this file has no such record. */
    public Optional<Map<String, Object>> snapshot(String kind, String id) {
        return database.read(connection -> snapshot(connection, kind, id));
    }

    /** Ids of every local record of {@code kind}. */
    public List<String> ids(String kind) {
        String sql = switch (kind) {
            case "person" -> "SELECT name FROM users";
            case "outlet" -> "SELECT name FROM outlets";
            case "setting" -> "SELECT key FROM settings";
            case "clip" -> "SELECT id FROM clips";
            case "story" -> "SELECT id FROM stories";
            case "revision" -> "SELECT uid FROM revisions";
            case "comment" -> "SELECT uid FROM comments";
            case "edition" -> "SELECT id FROM editions";
            default -> throw new IllegalArgumentException(kind);
        };
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                return Rows.list(select, row -> row.getString(1));
            }
        });
    }

    private static Optional<Map<String, Object>> snapshot(Connection connection, String kind, String id)
            throws SQLException {
        switch (kind) {
            case "story": {
                Map<String, Object> story = one(connection, "SELECT id, headline, body, outlet, attribution, section,"
                        + " author, status, version, created_at, updated_at, updated_by FROM stories WHERE id = ?", id);
                if (story == null) {
                    return Optional.empty();
                }
                story.put("clip_ids", column(connection,
                        "SELECT clip_id FROM story_clips WHERE story_id = ? ORDER BY position", id));
                story.put("tags", column(connection,
                        "SELECT tag FROM story_tags WHERE story_id = ? ORDER BY position", id));
                return Optional.of(story);
            }
            case "comment":
                return Optional.ofNullable(one(connection,
                        "SELECT uid AS id, story_id, author, body, created_at FROM comments WHERE uid = ?", id));
            case "revision":
                return Optional.ofNullable(one(connection, "SELECT uid AS id, story_id, headline, body, author,"
                        + " reason, created_at FROM revisions WHERE uid = ?", id));
            case "edition": {
                Map<String, Object> edition = one(connection,
                        "SELECT id, date, title, intro, status, published_at FROM editions WHERE id = ?", id);
                if (edition == null) {
                    return Optional.empty();
                }
                List<Object> items = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT story_id, section FROM edition_items WHERE edition_id = ? ORDER BY position")) {
                    Rows.bind(select, id);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("story", rows.getString(1));
                            item.put("section", rows.getString(2));
                            items.add(item);
                        }
                    }
                }
                edition.put("items", items);
                return Optional.of(edition);
            }
            case "clip":
                return Optional.ofNullable(one(connection, "SELECT id, url, canonical_url, title, byline, site_name,"
                        + " published_time, lead_image_url, lang, text, captured_at FROM clips WHERE id = ?", id));
            case "outlet": {
                Map<String, Object> outlet = one(connection, "SELECT name, attribution FROM outlets WHERE name = ?", id);
                if (outlet == null) {
                    Map<String, Object> gone = new LinkedHashMap<>();
                    gone.put("name", id);
                    gone.put("deleted", true);
                    return Optional.of(gone);
                }
                outlet.put("domains", column(connection,
                        "SELECT domain FROM outlet_domains WHERE outlet = ? ORDER BY domain", id));
                outlet.put("deleted", false);
                return Optional.of(outlet);
            }
            case "setting": {
                Map<String, Object> setting = one(connection, "SELECT key, value FROM settings WHERE key = ?", id);
                if (setting == null) {
                    setting = new LinkedHashMap<>();
                    setting.put("key", id);
                    setting.put("value", null);
                }
                return Optional.of(setting);
            }
            case "person":
                return Optional.ofNullable(one(connection, "SELECT name, role FROM users WHERE name = ?", id));
            default:
                throw new IllegalArgumentException("Unknown kind of record: " + kind);
        }
    }

    /** A record as the server sent it: its fields, and the same as JSON to keep as the base of local changes. */
    public record Remote(String kind, String id, long version, Map<String, Object> data, String json) {
    }

    /**
     * Writes the server's copy of a record into this file (inside the caller's transaction), leaving nothing in the
     * outbox, and remembers it as the base of later local changes.
     */
    public void applyRemote(String kind, String id, long version, Map<String, Object> data, String json) {
        applyRemote(List.of(new Remote(kind, id, version, data, json)), false);
    }

    /**
     * Writes a batch of the server's records in one transaction, with the position {@code lastSeq} it reaches;
     * when {@code skipPending}, a record that still has local changes waiting is left alone (the push merges it).
     */
    public void applyRemote(List<Remote> records, boolean skipPending) {
        database.write(connection -> {
            java.util.Set<String> pending = new java.util.HashSet<>();
            if (skipPending) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT DISTINCT kind, entity_id FROM sync_outbox");
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        pending.add(rows.getString(1) + "/" + rows.getString(2));
                    }
                }
            }
            try (Statements statements = new Statements(connection)) {
                for (Remote record : records) {
                    if (pending.contains(record.kind() + "/" + record.id())) {
                        continue;
                    }
                    applyRemote(statements, record.kind(), record.id(), record.version(), record.data());
                    statements.run("INSERT INTO sync_base (kind, entity_id, version, data) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (kind, entity_id) DO UPDATE SET version = excluded.version,"
                            + " data = excluded.data", record.kind(), record.id(), record.version(), record.json());
                }
            }
            return null;
        });
    }

    /** Prepared statements kept for one batch: preparing SQL on tables with search triggers is costly. */
    private static final class Statements implements AutoCloseable {
        private final Connection connection;
        private final Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

        Statements(Connection connection) {
            this.connection = connection;
        }

        void run(String sql, Object... values) throws SQLException {
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            Rows.bind(statement, values);
            statement.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : prepared.values()) {
                statement.close();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void applyRemote(Statements statements, String kind, String id, long version,
                                    Map<String, Object> data) throws SQLException {
        switch (kind) {
            case "story" -> {
                statements.run("INSERT INTO stories (id, headline, body, outlet, attribution, section, author, status,"
                        + " version, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, body = excluded.body,"
                        + " outlet = excluded.outlet, attribution = excluded.attribution, section = excluded.section,"
                        + " author = excluded.author, status = excluded.status, version = excluded.version,"
                        + " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                        id, text(data, "headline"), text(data, "body"), data.get("outlet"), data.get("attribution"),
                        data.get("section"), data.get("author"), data.get("status"), version,
                        instant(data.get("created_at")), instant(data.get("updated_at")), data.get("updated_by"));
                statements.run("DELETE FROM story_clips WHERE story_id = ?", id);
                int position = 0;
                for (Object clip : (List<Object>) data.getOrDefault("clip_ids", List.of())) {
                    statements.run("INSERT OR IGNORE INTO story_clips (story_id, clip_id, position)"
                            + " SELECT ?, id, ? FROM clips WHERE id = ?", id, position++, clip.toString());
                }
                statements.run("DELETE FROM story_tags WHERE story_id = ?", id);
                position = 0;
                for (Object tag : (List<Object>) data.getOrDefault("tags", List.of())) {
                    statements.run("INSERT OR IGNORE INTO story_tags (story_id, tag, position) VALUES (?, ?, ?)", id,
                            tag.toString(), position++);
                }
            }
            case "comment" -> statements.run("INSERT INTO comments (story_id, author, body, created_at, uid)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING", data.get("story_id"),
                    data.get("author"), text(data, "body"), instant(data.get("created_at")), id);
            case "revision" -> statements.run("INSERT INTO revisions (story_id, headline, body, author, reason,"
                    + " created_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING",
                    data.get("story_id"), text(data, "headline"), text(data, "body"), data.get("author"),
                    text(data, "reason"), instant(data.get("created_at")), id);
            case "edition" -> {
                // A local edition of the same date not yet on the server gives way to the server's.
                statements.run("DELETE FROM editions WHERE date = ? AND id <> ?", data.get("date"), id);
                statements.run("INSERT INTO editions (id, date, title, intro, status, published_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET date = excluded.date,"
                        + " title = excluded.title, intro = excluded.intro, status = excluded.status,"
                        + " published_at = excluded.published_at, version = editions.version + 1", id,
                        data.get("date"), text(data, "title"),
                        text(data, "intro"), data.get("status"), instant(data.get("published_at")));
                statements.run("DELETE FROM edition_items WHERE edition_id = ?", id);
                int position = 0;
                for (Object item : (List<Object>) data.getOrDefault("items", List.of())) {
                    Map<String, Object> entry = (Map<String, Object>) item;
                    statements.run("INSERT OR IGNORE INTO edition_items (edition_id, story_id, section, position)"
                            + " SELECT ?, id, ?, ? FROM stories WHERE id = ?", id, text(entry, "section"),
                            position++, entry.get("story"));
                }
            }
            case "clip" -> {
                String url = text(data, "url");
                Object canonical = data.get("canonical_url");
                String source = canonical == null || canonical.toString().isBlank() ? url : canonical.toString();
                statements.run("INSERT INTO clips (id, url, canonical_url, url_key, title, byline, site_name,"
                        + " published_time, lead_image_url, lang, text, captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET url = excluded.url,"
                        + " canonical_url = excluded.canonical_url, url_key = excluded.url_key,"
                        + " title = excluded.title, byline = excluded.byline, site_name = excluded.site_name,"
                        + " published_time = excluded.published_time, lead_image_url = excluded.lead_image_url,"
                        + " lang = excluded.lang, text = excluded.text", id, url, canonical, SourceUrl.key(source),
                        text(data, "title"), data.get("byline"), data.get("site_name"), data.get("published_time"),
                        data.get("lead_image_url"), data.get("lang"), text(data, "text"), data.get("captured_at"));
            }
            case "outlet" -> {
                if (Boolean.TRUE.equals(data.get("deleted"))) {
                    statements.run("DELETE FROM outlets WHERE name = ?", id);
                } else {
                    statements.run("INSERT INTO outlets (name, attribution) VALUES (?, ?)"
                            + " ON CONFLICT (name) DO UPDATE SET attribution = excluded.attribution", id,
                            text(data, "attribution"));
                    statements.run("DELETE FROM outlet_domains WHERE outlet = ?", id);
                    for (Object domain : (List<Object>) data.getOrDefault("domains", List.of())) {
                        statements.run("INSERT INTO outlet_domains (domain, outlet) VALUES (?, ?)"
                                + " ON CONFLICT (domain) DO UPDATE SET outlet = excluded.outlet", domain.toString(), id);
                    }
                }
            }
            case "setting" -> {
                if (data.get("value") == null) {
                    statements.run("DELETE FROM settings WHERE key = ?", id);
                } else {
                    statements.run("INSERT INTO settings (key, value) VALUES (?, ?)"
                            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", id, data.get("value"));
                }
            }
            case "person" -> statements.run("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (name) DO UPDATE SET role = excluded.role", id, data.get("role"),
                    Times.format(Instant.now()));
            default -> throw new IllegalArgumentException("Unknown kind of record: " + kind);
        }
    }

    private static String text(Map<String, Object> data, String key) {
        Object value = data.get(key);
        return value == null ? "" : value.toString();
    }

    /** The server's timestamps ("2024-05-10T11:40:00.123+00:00") in this file's form. */
    private static String instant(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        try {
            return Times.format(Instant.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Times.format(OffsetDateTime.parse(text).toInstant());
        }
    }

    private static Map<String, Object> one(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Rows.bind(select, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                Map<String, Object> record = new LinkedHashMap<>();
                var meta = rows.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    record.put(meta.getColumnLabel(i), rows.getObject(i));
                }
                return record;
            }
        }
    }

    private static List<Object> column(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Rows.bind(select, id);
            return Rows.list(select, row -> row.getObject(1));
        }
    }

    private static void run(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Rows.bind(statement, values);
            statement.executeUpdate();
        }
    }

    private void update(String sql, Object... values) {
        database.write(connection -> {
            run(connection, sql, values);
            return null;
        });
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
