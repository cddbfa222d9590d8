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
import java.util.Set;
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

    /**
     * Stores a new edition with exactly the sections and stories it names, in that order, as version 1. An edition
     * already stored is changed only through {@link #saveText}, {@link #addItem}, {@link #moveItem},
     * {@link #removeItem} and {@link #markPublished}, so that no window's copy of the list overwrites another's.
     */
    @Override
    public Edition save(Edition edition) {
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO editions"
                    + " (id, date, title, intro, status, published_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
                Rows.bind(insert, edition.id(), edition.date().toString(), edition.title(), edition.intro(),
                        edition.status(), Times.format(edition.publishedAt()));
                insert.executeUpdate();
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
            Outbox.record(connection, "edition", edition.id(), "SAVE", null);
            return find(connection, "id", edition.id().toString()).orElseThrow();
        });
    }

    /**
     * Saves the title and intro, if and only if the stored edition is still at {@code expectedVersion}.
     *
     * @throws StaleEditionException when the edition changed since that version; nothing is written
     */
    @Override
    public Edition saveText(UUID id, String title, String intro, long expectedVersion) {
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE editions SET title = ?, intro = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ?")) {
                Rows.bind(update, title, intro, id, expectedVersion);
                if (update.executeUpdate() == 0) {
                    Edition current = find(connection, "id", id.toString())
                            .orElseThrow(() -> new StoreException("The edition was deleted meanwhile."));
                    throw new StaleEditionException(current, expectedVersion);
                }
            }
            Outbox.record(connection, "edition", id, "SAVE", null);
            return find(connection, "id", id.toString()).orElseThrow();
        });
    }

    /** Freezes the edition as published at {@code at}; its items stay as they are. */
    @Override
    public Edition markPublished(UUID id, java.time.Instant at) {
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE editions SET status = ?,"
                    + " published_at = ?, version = version + 1 WHERE id = ?")) {
                Rows.bind(update, EditionStatus.PUBLISHED, Times.format(at), id);
                update.executeUpdate();
            }
            Outbox.record(connection, "edition", id, "SAVE", null);
            return find(connection, "id", id.toString()).orElseThrow();
        });
    }

    /** Adds one story to {@code section} at {@code index} (clamped); the other items keep their order. */
    @Override
    public Edition addItem(UUID id, UUID storyId, String section, int index) {
        return changeItems(id, items -> place(items, new Item(storyId, section), index));
    }

    /** Moves one story to {@code section} at {@code index} (clamped) within it. */
    @Override
    public Edition moveItem(UUID id, UUID storyId, String section, int index) {
        return changeItems(id, items -> {
            Item item = items.stream().filter(i -> i.storyId.equals(storyId)).findFirst()
                    .orElseThrow(() -> new StoreException("The story " + storyId + " is not in the edition."));
            items.remove(item);
            place(items, new Item(storyId, section), index);
        });
    }

    /** Takes one story out of the edition. */
    @Override
    public Edition removeItem(UUID id, UUID storyId) {
        return changeItems(id, items -> items.removeIf(i -> i.storyId.equals(storyId)));
    }

    /** One story's place in an edition. */
    private record Item(UUID storyId, String section) {
    }

    /**
     * Reads the stored items inside the write transaction, lets {@code change} alter that fresh list, then writes
     * only the rows that differ (one insert, one delete, the positions that shifted) and steps the version.
     */
    private Edition changeItems(UUID id, java.util.function.Consumer<List<Item>> change) {
        return database.write(connection -> {
            List<Item> before = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT story_id, section FROM edition_items"
                    + " WHERE edition_id = ? ORDER BY position")) {
                Rows.bind(select, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        before.add(new Item(Rows.uuid(rows, "story_id"), rows.getString("section")));
                    }
                }
            }
            List<Item> after = new ArrayList<>(before);
            change.accept(after);
            Map<UUID, Integer> oldPositions = new java.util.HashMap<>();
            for (int i = 0; i < before.size(); i++) {
                oldPositions.put(before.get(i).storyId, i);
            }
            Set<UUID> kept = new java.util.HashSet<>();
            after.forEach(item -> kept.add(item.storyId));
            for (Item gone : before) {
                if (!kept.contains(gone.storyId)) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM edition_items WHERE edition_id = ? AND story_id = ?")) {
                        Rows.bind(delete, id, gone.storyId);
                        delete.executeUpdate();
                    }
                }
            }
            for (int position = 0; position < after.size(); position++) {
                Item item = after.get(position);
                Integer old = oldPositions.get(item.storyId);
                if (old == null) {
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO edition_items"
                            + " (edition_id, story_id, section, position) VALUES (?, ?, ?, ?)")) {
                        Rows.bind(insert, id, item.storyId, item.section, position);
                        insert.executeUpdate();
                    }
                } else if (old != position || !before.get(old).section.equals(item.section)) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE edition_items"
                            + " SET section = ?, position = ? WHERE edition_id = ? AND story_id = ?")) {
                        Rows.bind(update, item.section, position, id, item.storyId);
                        update.executeUpdate();
                    }
                }
            }
            try (PreparedStatement bump = connection.prepareStatement(
                    "UPDATE editions SET version = version + 1 WHERE id = ?")) {
                Rows.bind(bump, id);
                bump.executeUpdate();
            }
            Outbox.record(connection, "edition", id, "SAVE", null);
            return find(connection, "id", id.toString()).orElseThrow();
        });
    }

    /**
     * Puts {@code item} at {@code index} within its section (a section not there yet goes last), keeping the
     * sections grouped in the order they first appear.
     */
    private static void place(List<Item> items, Item item, int index) {
        int first = -1;
        int end = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).section.equals(item.section)) {
                if (first < 0) {
                    first = i;
                }
                end = i + 1;
            }
        }
        if (first < 0) {
            items.add(item);
            return;
        }
        int size = end - first;
        items.add(first + Math.max(0, Math.min(index, size)), item);
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
                + " published_at, version FROM editions WHERE " + column + " = ?")) {
            Rows.bind(select, value);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                bare = new Edition(Rows.uuid(rows, "id"), LocalDate.parse(rows.getString("date")),
                        rows.getString("title"), rows.getString("intro"),
                        EditionStatus.valueOf(rows.getString("status")), List.of(),
                        Times.parse(rows.getString("published_at")), rows.getLong("version"));
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
                bare.publishedAt(), bare.version()));
    }
}
