package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.model.WatchTerm;

/** The wire desk's watch-list in SQL, inside the caller's transaction; in team mode each change goes to the outbox. */
final class WatchListRows {
    private static final String MATCHING =
            " WHERE term = ? COLLATE NOCASE AND (? IS NULL OR outlet = ? COLLATE NOCASE)";

    private WatchListRows() {
    }

    /** Adds {@code term}, or returns the entry the list already has for it. */
    static WatchTerm add(Connection connection, WatchTerm term, Instant now) throws SQLException {
        try (PreparedStatement existing = connection.prepareStatement("SELECT id, term, outlet FROM watch_terms"
                + " WHERE term = ? COLLATE NOCASE AND IFNULL(outlet, '') = IFNULL(?, '')")) {
            Rows.bind(existing, term.term(), term.outlet());
            Optional<WatchTerm> found = Rows.list(existing, WatchListRows::term).stream().findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO watch_terms (id, term, outlet, created_at) VALUES (?, ?, ?, ?)")) {
            Rows.bind(insert, term.id(), term.term(), term.outlet(), Times.format(now));
            insert.executeUpdate();
        }
        Outbox.record(connection, "watch", WireRecords.watchKey(term.term(), term.outlet()), "SAVE", null);
        return term;
    }

    /** Removes the entries for {@code term} (of {@code outlet}, or of every outlet when null); returns how many. */
    static int remove(Connection connection, String term, String outlet) throws SQLException {
        String plain = term.strip().replaceAll("\\s+", " ");
        List<String> keys;
        try (PreparedStatement select = connection.prepareStatement("SELECT term, outlet FROM watch_terms"
                + MATCHING)) {
            Rows.bind(select, plain, outlet, outlet);
            keys = Rows.list(select, row -> WireRecords.watchKey(row.getString(1), row.getString(2)));
        }
        int removed;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM watch_terms" + MATCHING)) {
            Rows.bind(delete, plain, outlet, outlet);
            removed = delete.executeUpdate();
        }
        for (String key : keys) {
            Outbox.record(connection, "watch", key, "DELETE", null);
        }
        return removed;
    }

    static List<WatchTerm> all(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, term, outlet FROM watch_terms ORDER BY term COLLATE NOCASE, outlet")) {
            return Rows.list(select, WatchListRows::term);
        }
    }

    private static WatchTerm term(ResultSet row) throws SQLException {
        return new WatchTerm(Rows.uuid(row, "id"), row.getString("term"), row.getString("outlet"));
    }
}
