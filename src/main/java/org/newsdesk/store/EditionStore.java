package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.Section;

/** Editions with their stories in sections, in reading order. */
public final class EditionStore implements Editions {
    private final Database database;

    public EditionStore(Database database) {
        this.database = database;
    }

    /** Saves the edition (new or changed) with exactly the sections and stories it names, in that order. */
    public Edition save(Edition edition) {
        return database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO editions"
                    + " (id, date, title, intro, status, published_at) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET date = excluded.date, title = excluded.title,"
                    + " intro = excluded.intro, status = excluded.status, published_at = excluded.published_at")) {
                Rows.bind(upsert, edition.id(), edition.date().toString(), edition.title(), edition.intro(),
                        edition.status(), Times.format(edition.publishedAt()));
                upsert.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM edition_items WHERE edition_id = ?")) {
                Rows.bind(delete, edition.id());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO edition_items"
                    + " (edition_id, story_id, section, position) VALUES (?, ?, ?, ?)")) {
                int position = 0;
                for (Section section : edition.sections()) {
                    for (UUID storyId : section.storyIds()) {
                        Rows.bind(insert, edition.id(), storyId, section.name(), position++);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return find(connection, "id", edition.id().toString()).orElseThrow();
        });
    }

    public Optional<Edition> find(LocalDate date) {
        return database.read(connection -> find(connection, "date", date.toString()));
    }

    public Optional<Edition> find(UUID id) {
        return database.read(connection -> find(connection, "id", id.toString()));
    }

    /** Editions, newest date first. */
    public List<Edition> list(int limit) {
        return database.read(connection -> {
            List<String> ids;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM editions ORDER BY date DESC LIMIT ?")) {
                Rows.bind(select, limit <= 0 ? Integer.MAX_VALUE : limit);
                ids = Rows.list(select, row -> row.getString(1));
            }
            List<Edition> editions = new ArrayList<>();
            for (String id : ids) {
                find(connection, "id", id).ifPresent(editions::add);
            }
            return editions;
        });
    }

    /** The editions that contain the story, oldest first. */
    public List<Edition> containing(UUID storyId) {
        return database.read(connection -> {
            List<String> ids;
            try (PreparedStatement select = connection.prepareStatement("SELECT e.id FROM editions e"
                    + " JOIN edition_items i ON i.edition_id = e.id WHERE i.story_id = ? ORDER BY e.date")) {
                Rows.bind(select, storyId);
                ids = Rows.list(select, row -> row.getString(1));
            }
            List<Edition> editions = new ArrayList<>();
            for (String id : ids) {
                find(connection, "id", id).ifPresent(editions::add);
            }
            return editions;
        });
    }

    public void delete(UUID id) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM editions WHERE id = ?")) {
                Rows.bind(delete, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static Optional<Edition> find(Connection connection, String column, String value) throws SQLException {
        Edition bare;
        try (PreparedStatement select = connection.prepareStatement("SELECT id, date, title, intro, status,"
                + " published_at FROM editions WHERE " + column + " = ?")) {
            Rows.bind(select, value);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                bare = new Edition(Rows.uuid(rows, "id"), LocalDate.parse(rows.getString("date")),
                        rows.getString("title"), rows.getString("intro"),
                        EditionStatus.valueOf(rows.getString("status")), List.of(),
                        Times.parse(rows.getString("published_at")));
            }
        }
        Map<String, List<UUID>> sections = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT story_id, section FROM edition_items"
                + " WHERE edition_id = ? ORDER BY position")) {
            Rows.bind(select, bare.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sections.computeIfAbsent(rows.getString("section"), k -> new ArrayList<>())
                            .add(Rows.uuid(rows, "story_id"));
                }
            }
        }
        List<Section> ordered = sections.entrySet().stream()
                .map(entry -> new Section(entry.getKey(), entry.getValue())).toList();
        return Optional.of(new Edition(bare.id(), bare.date(), bare.title(), bare.intro(), bare.status(), ordered,
                bare.publishedAt()));
    }
}
