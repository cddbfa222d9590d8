package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Team mode's outbox, written by the stores inside the same transaction as the change it carries: on a file that is
 * a replica of a team newsroom, every change that must reach the team leaves one row here, naming the server version
 * it was based on. A file that is no replica records nothing.
 */
final class Outbox {
    /** SQLite expression for a random (version 4) UUID, for rows written before their table had one. */
    static final String RANDOM_UUID_SQL = "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'"
            + " || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)"
            + " || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";

    private Outbox() {
    }

    /** Whether this file is a replica of a team newsroom (and so keeps an outbox). */
    static boolean isReplica(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM sync_state WHERE key = 'server'");
             ResultSet rows = select.executeQuery()) {
            return rows.next();
        }
    }

    /** Records that {@code kind} {@code id} changed by {@code action}, when this file is a replica. */
    static void record(Connection connection, String kind, Object id, String action, String detail)
            throws SQLException {
        if (!isReplica(connection)) {
            return;
        }
        String entity = id.toString();
        long base = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version FROM sync_base WHERE kind = ? AND entity_id = ?")) {
            Rows.bind(select, kind, entity);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    base = rows.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sync_outbox"
                + " (op_id, kind, entity_id, action, detail, base_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Rows.bind(insert, UUID.randomUUID(), kind, entity, action, detail, base, Times.format(Instant.now()));
            insert.executeUpdate();
        }
    }
}
