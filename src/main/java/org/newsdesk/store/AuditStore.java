package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.newsdesk.model.AuditEntry;

/** The append-only record of who did what and when. It has no way to change or remove a line, by design. */
public final class AuditStore implements AuditTrail {
    private final Database database;
    private final Clock clock;

    public AuditStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void append(String actor, String action, String subject, String detail) {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)")) {
                Rows.bind(insert, Times.format(clock.instant()), actor, action, subject, detail);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Lines about {@code subject} (all when null), oldest first, at most {@code limit} of the newest. */
    public List<AuditEntry> list(String subject, int limit) {
        return database.read(connection -> {
            String sql = "SELECT * FROM (SELECT id, at, actor, action, subject, detail FROM audit"
                    + (subject == null ? "" : " WHERE subject = ?") + " ORDER BY id DESC LIMIT ?) ORDER BY id";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int limitValue = limit <= 0 ? Integer.MAX_VALUE : limit;
                if (subject == null) {
                    Rows.bind(select, limitValue);
                } else {
                    Rows.bind(select, subject, limitValue);
                }
                return Rows.list(select, AuditStore::entry);
            }
        });
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong("id"), Times.parse(row.getString("at")), row.getString("actor"),
                row.getString("action"), row.getString("subject"), row.getString("detail"));
    }
}
