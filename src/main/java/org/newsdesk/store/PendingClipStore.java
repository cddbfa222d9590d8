package org.newsdesk.store;

import org.newsdesk.model.PendingClip;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** URLs clipped while offline, kept until they can be fetched. */
public final class PendingClipStore {
    private static final String COLUMNS = "id, url, story_id, requested_by, requested_at, attempts, next_attempt_at,"
            + " last_error";

    private final Database database;

    public PendingClipStore(Database database) {
        this.database = database;
    }

    /**
     * Queues {@code url} (for {@code storyId}, which may be null), due at once. A URL already queued stays as it is,
     * except that it takes the story when it had none.
     */
    public PendingClip add(String url, UUID storyId, String requestedBy, Instant now) {
        return database.write(connection -> {
            Optional<PendingClip> existing = findByUrl(connection, url);
            if (existing.isPresent()) {
                PendingClip pending = existing.get();
                if (storyId != null && pending.storyId() == null) {
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE pending_clips SET story_id = ? WHERE id = ?")) {
                        Rows.bind(update, storyId, pending.id());
                        update.executeUpdate();
                    }
                    return find(connection, pending.id()).orElseThrow();
                }
                return pending;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO pending_clips (url, story_id,"
                    + " requested_by, requested_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, 0, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Rows.bind(insert, url, storyId, requestedBy, Times.format(now), Times.format(now));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return find(connection, keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    /** Everything waiting, oldest first. */
    public List<PendingClip> all() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM pending_clips ORDER BY id")) {
                return Rows.list(select, PendingClipStore::pending);
            }
        });
    }

    /** What is due for another try at {@code now}, oldest first. */
    public List<PendingClip> due(Instant now) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM pending_clips WHERE next_attempt_at <= ? ORDER BY id")) {
                Rows.bind(select, Times.format(now));
                return Rows.list(select, PendingClipStore::pending);
            }
        });
    }

    /** Notes a failed try and when to try next. */
    public void recordFailure(long id, String error, Instant nextAttemptAt) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE pending_clips SET attempts ="
                    + " attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")) {
                Rows.bind(update, error, Times.format(nextAttemptAt), id);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Takes a URL off the queue once it was fetched (or given up). */
    public void remove(long id) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pending_clips WHERE id = ?")) {
                Rows.bind(delete, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static Optional<PendingClip> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM pending_clips WHERE id = ?")) {
            Rows.bind(select, id);
            return Rows.list(select, PendingClipStore::pending).stream().findFirst();
        }
    }

    private static Optional<PendingClip> findByUrl(Connection connection, String url) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM pending_clips WHERE url = ? ORDER BY id")) {
            Rows.bind(select, url);
            return Rows.list(select, PendingClipStore::pending).stream().findFirst();
        }
    }

    private static PendingClip pending(ResultSet row) throws SQLException {
        return new PendingClip(row.getLong("id"), row.getString("url"), Rows.uuid(row, "story_id"),
                row.getString("requested_by"), Times.parse(row.getString("requested_at")), row.getInt("attempts"),
                Times.parse(row.getString("next_attempt_at")), row.getString("last_error"));
    }
}
