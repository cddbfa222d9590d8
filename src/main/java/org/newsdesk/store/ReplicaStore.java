package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The local side of team mode: the sync position, the outbox, the server copy each record was based on, notices,
 * and records as field maps (named as the server names them) read for a push or written from a pull. Records
 * written here from the server leave nothing in the outbox.
 */
public final class ReplicaStore {
    /** The kinds of record a team shares, in the order a newsroom's content is first pushed. */
    public static final List<String> KINDS = List.of("person", "outlet", "setting", "clip", "story", "revision",
            "comment", "edition", "feed", "watch", "word", "wire");

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
            for (String kind : WireRecords.KINDS) {
                for (String id : WireRecords.ids(connection, kind)) {
                    Outbox.record(connection, kind, id, WireRecords.firstAction(connection, kind, id), null);
                    count++;
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
            default -> null;
        };
        if (table == null) {
            return ids(kind).size();
        }
        return database.read(connection -> count(connection, "SELECT count(*) FROM " + table));
    }

    /** The record as the server names its fields, or empty when this file has no such record. */
    public Optional<Map<String, Object>> snapshot(String kind, String id) {
        return database.read(connection -> Snapshots.of(connection, kind, id));
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
            default -> null;
        };
        if (sql == null) {
            return database.read(connection -> WireRecords.ids(connection, kind));
        }
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                return Rows.list(select, row -> row.getString(1));
            }
        });
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
            try (RemoteRecords.Statements statements = new RemoteRecords.Statements(connection)) {
                for (Remote record : records) {
                    if (pending.contains(record.kind() + "/" + record.id())) {
                        continue;
                    }
                    RemoteRecords.apply(statements, record.kind(), record.id(), record.version(), record.data());
                    statements.run("INSERT INTO sync_base (kind, entity_id, version, data) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (kind, entity_id) DO UPDATE SET version = excluded.version,"
                            + " data = excluded.data", record.kind(), record.id(), record.version(), record.json());
                }
            }
            return null;
        });
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
