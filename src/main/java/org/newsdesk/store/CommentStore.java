package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.newsdesk.model.Comment;

/** Notes on stories, in the order they were written. */
public final class CommentStore implements Comments {
    private final Database database;
    private final Clock clock;

    public CommentStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Comment add(UUID storyId, String author, String body) {
        return database.write(connection -> {
            Instant now = clock.instant();
            UUID uid = UUID.randomUUID();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO comments"
                    + " (story_id, author, body, created_at, uid) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Rows.bind(insert, storyId, author, body, Times.format(now), uid);
                insert.executeUpdate();
                Outbox.record(connection, "comment", uid, "ADD", null);
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new Comment(keys.getLong(1), storyId, author, body, Times.parse(Times.format(now)));
                }
            }
        });
    }

    public List<Comment> list(UUID storyId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, story_id, author, body, created_at"
                    + " FROM comments WHERE story_id = ? ORDER BY id")) {
                Rows.bind(select, storyId);
                return Rows.list(select, row -> new Comment(row.getLong("id"), Rows.uuid(row, "story_id"),
                        row.getString("author"), row.getString("body"), Times.parse(row.getString("created_at"))));
            }
        });
    }
}
