package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.model.WatchTerm;

/**
 * The watch-list's table, for {@link WireStore}: words and phrases the newsroom covers, each for an outlet or all. In
 * team mode each change also goes to the outbox, by the term and its outlet.
 */
final class WatchListRows {
    private static final String MATCHING =
            " WHERE term = ? COLLATE NOCASE AND (? IS NULL OR outlet = ? COLLATE NOCASE)";

    private final Database database;

    WatchListRows(Database database) {
        this.database = database;
    }

    WatchTerm add(WatchTerm term, Instant now) {
        return database.write(connection -> {
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
        });
    }

    /** Removes the watch-list entries for {@code term} (of {@code outlet}, or of every outlet when null). */
    int remove(String term, String outlet) {
        String plain = term.strip().replaceAll("\\s+", " ");
        return database.write(connection -> {
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
        });
    }

    List<WatchTerm> terms() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, term, outlet FROM watch_terms ORDER BY term COLLATE NOCASE, outlet")) {
                return Rows.list(select, WatchListRows::term);
            }
        });
    }

    private static WatchTerm term(ResultSet row) throws SQLException {
        return new WatchTerm(Rows.uuid(row, "id"), row.getString("term"), row.getString("outlet"));
    }
}
