package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Revision;

/** Earlier headlines and bodies of stories; revisions are only ever added. */
public final class RevisionStore implements Revisions {
    private final Database database;
    private final Clock clock;

    public RevisionStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Revision add(UUID storyId, String headline, String body, String author, String reason) {
        return database.write(connection -> {
            Instant now = clock.instant();
            UUID uid = UUID.randomUUID();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO revisions"
                    + " (story_id, headline, body, author, reason, created_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Rows.bind(insert, storyId, headline, body, author, reason, Times.format(now), uid);
                insert.executeUpdate();
                Outbox.record(connection, "revision", uid, "ADD", null);
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new Revision(keys.getLong(1), storyId, headline, body, author, reason,
                            Times.parse(Times.format(now)));
                }
            }
        });
    }

    /** The story's revisions, oldest first. */
    public List<Revision> list(UUID storyId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, story_id, headline, body, author,"
                    + " reason, created_at FROM revisions WHERE story_id = ? ORDER BY id")) {
                Rows.bind(select, storyId);
                return Rows.list(select, RevisionStore::revision);
            }
        });
    }

    public Optional<Revision> find(long id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, story_id, headline, body, author,"
                    + " reason, created_at FROM revisions WHERE id = ?")) {
                Rows.bind(select, id);
                return Rows.list(select, RevisionStore::revision).stream().findFirst();
            }
        });
    }

    /** The story's newest revision, if any. */
    public Optional<Revision> latest(UUID storyId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, story_id, headline, body, author,"
                    + " reason, created_at FROM revisions WHERE story_id = ? ORDER BY id DESC LIMIT 1")) {
                Rows.bind(select, storyId);
                return Rows.list(select, RevisionStore::revision).stream().findFirst();
            }
        });
    }

    /**
     * When each story in {@code status} was last given a revision with {@code reason} (its story id to that
     * moment), in one query; a story that never was has no entry.
     */
    public java.util.Map<UUID, Instant> lastReasonOfStoriesIn(String status, String reason) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT r.story_id, MAX(r.created_at) AS at"
                    + " FROM revisions r JOIN stories s ON s.id = r.story_id"
                    + " WHERE s.status = ? AND r.reason = ? GROUP BY r.story_id")) {
                Rows.bind(select, status, reason);
                java.util.Map<UUID, Instant> found = new java.util.HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(Rows.uuid(rows, "story_id"), Times.parse(rows.getString("at")));
                    }
                }
                return found;
            }
        });
    }

    private static Revision revision(ResultSet row) throws SQLException {
        return new Revision(row.getLong("id"), Rows.uuid(row, "story_id"), row.getString("headline"),
                row.getString("body"), row.getString("author"), row.getString("reason"),
                Times.parse(row.getString("created_at")));
    }
}
