package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;

/** Stories, with their clips and tags; every update names the version it was made from. */
public final class StoryStore implements Stories {
    private static final String COLUMNS = "id, headline, body, outlet, attribution, section, author, status, version,"
            + " created_at, updated_at, updated_by";

    private final Database database;
    private final Clock clock;

    public StoryStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Saves a new story as version 1 and returns it as stored. */
    public Story insert(Story story) {
        return database.write(connection -> {
            Instant now = story.createdAt().equals(Instant.EPOCH) ? clock.instant() : story.createdAt();
            Instant updated = story.updatedAt().isBefore(now) ? now : story.updatedAt();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stories (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Rows.bind(insert, story.id(), story.headline(), story.body(), story.outlet(), story.attribution(),
                        story.section(), story.author(), story.status(), 1, Times.format(now), Times.format(updated),
                        story.updatedBy() == null ? story.author() : story.updatedBy());
                insert.executeUpdate();
            }
            writeClips(connection, story);
            writeTags(connection, story);
            Outbox.record(connection, "story", story.id(), "CREATE", story.status().name());
            return find(connection, story.id()).orElseThrow();
        });
    }

    /**
     * Saves {@code story} over the stored copy, if and only if the stored copy is still at {@code story.version()}.
     *
     * @return the story as stored, one version on
     * @throws StaleVersionException when someone saved a newer version first; nothing is written
     */
    public Story update(Story story, String savedBy) {
        return database.write(connection -> {
            Instant now = clock.instant();
            Optional<Story> before = find(connection, story.id());
            int changed;
            try (PreparedStatement update = connection.prepareStatement("UPDATE stories SET headline = ?, body = ?,"
                    + " outlet = ?, attribution = ?, section = ?, status = ?, version = version + 1, updated_at = ?,"
                    + " updated_by = ? WHERE id = ? AND version = ?")) {
                Rows.bind(update, story.headline(), story.body(), story.outlet(), story.attribution(),
                        story.section(), story.status(), Times.format(now), savedBy, story.id(), story.version());
                changed = update.executeUpdate();
            }
            if (changed == 0) {
                Story current = find(connection, story.id())
                        .orElseThrow(() -> new StoreException("The story " + story.id() + " no longer exists."));
                throw new StaleVersionException(story.id(), story.version(), current.version(), current.updatedBy(),
                        current.updatedAt());
            }
            writeClips(connection, story);
            writeTags(connection, story);
            Story after = find(connection, story.id()).orElseThrow();
            recordInOutbox(connection, before.orElseThrow(), after);
            return after;
        });
    }

    /** A save goes to the team as SAVE, a status change as the workflow action that made it (SUBMIT, APPROVE…). */
    private static void recordInOutbox(Connection connection, Story before, Story after) throws SQLException {
        if (!before.withText(after.headline(), after.body())
                .withDetails(after.outlet(), after.attribution(), after.section(), after.tags())
                .withClips(after.clipIds()).equals(before)) {
            Outbox.record(connection, "story", after.id(), "SAVE", null);
        }
        if (before.status() != after.status()) {
            Outbox.record(connection, "story", after.id(), moveAction(before.status(), after.status()), null);
        }
    }

    /** The name of the workflow action that moves a story from {@code from} to {@code to}. */
    static String moveAction(StoryStatus from, StoryStatus to) {
        return switch (to) {
            case SUBMITTED -> "SUBMIT";
            case APPROVED -> "APPROVE";
            case RETURNED -> "RETURN";
            case SPIKED -> "SPIKE";
            case PUBLISHED -> "PUBLISH";
            case DRAFT -> from == StoryStatus.SPIKED ? "RESTORE" : "WITHDRAW";
        };
    }

    private static void writeClips(Connection connection, Story story) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM story_clips WHERE story_id = ?")) {
            Rows.bind(delete, story.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO story_clips (story_id, clip_id, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (UUID clipId : story.clipIds()) {
                Rows.bind(insert, story.id(), clipId, position++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void writeTags(Connection connection, Story story) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM story_tags WHERE story_id = ?")) {
            Rows.bind(delete, story.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO story_tags (story_id, tag, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String tag : story.tags()) {
                if (!tag.isBlank()) {
                    Rows.bind(insert, story.id(), tag.strip(), position++);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    public Optional<Story> find(UUID id) {
        return database.read(connection -> find(connection, id));
    }

    private static Optional<Story> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM stories WHERE id = ?")) {
            Rows.bind(select, id);
            List<Story> found = withClipsAndTags(connection, Rows.list(select, StoryStore::bare));
            return found.stream().findFirst();
        }
    }

    /** Stories in any of {@code statuses} (all when empty), by {@code author} when not null, newest change first. */
    public List<Story> list(Collection<StoryStatus> statuses, String author, int limit) {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM stories" + where(statuses, author, values));
        sql.append(" ORDER BY updated_at DESC, seq DESC LIMIT ?");
        values.add(limit <= 0 ? Integer.MAX_VALUE : limit);
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                Rows.bind(select, values.toArray());
                return withClipsAndTags(connection, Rows.list(select, StoryStore::bare));
            }
        });
    }

    /** How many stories are in any of {@code statuses} (all when empty), by {@code author} when not null. */
    public int count(Collection<StoryStatus> statuses, String author) {
        List<Object> values = new ArrayList<>();
        String sql = "SELECT count(*) FROM stories" + where(statuses, author, values);
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                Rows.bind(select, values.toArray());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Approved stories that no edition but the one of {@code date} holds (so they may join it), the longest
     * approved first.
     */
    public List<Story> approvedOutsideEditionsBut(java.time.LocalDate date) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM stories"
                    + " WHERE status = ? AND id NOT IN (SELECT i.story_id FROM edition_items i"
                    + " JOIN editions e ON e.id = i.edition_id WHERE e.date <> ?)"
                    + " ORDER BY updated_at, seq")) {
                Rows.bind(select, StoryStatus.APPROVED, date.toString());
                return withClipsAndTags(connection, Rows.list(select, StoryStore::bare));
            }
        });
    }

    /** The WHERE clause for stories in any of {@code statuses} (all when empty) by {@code author} (any when null). */
    private static String where(Collection<StoryStatus> statuses, String author, List<Object> values) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (statuses != null && !statuses.isEmpty()) {
            sql.append(" AND status IN (")
                    .append(statuses.stream().map(s -> "?").collect(Collectors.joining(", "))).append(')');
            values.addAll(statuses);
        }
        if (author != null) {
            sql.append(" AND author = ?");
            values.add(author);
        }
        return sql.toString();
    }

    /** The stories with these ids, in the order given; ids with no story are left out. */
    public List<Story> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(connection -> {
            Map<UUID, Story> byId = new LinkedHashMap<>();
            for (int start = 0; start < ids.size(); start += 500) {
                List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + 500));
                try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM stories WHERE id IN (" + chunk.stream().map(id -> "?").collect(Collectors.joining(", "))
                        + ")")) {
                    Rows.bind(select, chunk.toArray());
                    for (Story story : withClipsAndTags(connection, Rows.list(select, StoryStore::bare))) {
                        byId.put(story.id(), story);
                    }
                }
            }
            return ids.stream().filter(byId::containsKey).map(byId::get).toList();
        });
    }

    /** Ids of stories whose id begins with {@code prefix} (lower-case hex), at most {@code limit} of them. */
    public List<UUID> idsStartingWith(String prefix, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM stories WHERE id >= ? AND id < ? ORDER BY id LIMIT ?")) {
                Rows.bind(select, prefix, prefix + "\uffff", limit);
                return Rows.list(select, row -> Rows.uuid(row, "id"));
            }
        });
    }

    /** The stories that summarise the clip. */
    public List<Story> findByClip(UUID clipId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM stories"
                    + " WHERE id IN (SELECT story_id FROM story_clips WHERE clip_id = ?) ORDER BY updated_at")) {
                Rows.bind(select, clipId);
                return withClipsAndTags(connection, Rows.list(select, StoryStore::bare));
            }
        });
    }

    public int count() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM stories");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /** Every tag in use, most used first, for auto-completion. */
    public List<String> tags() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT tag FROM story_tags GROUP BY tag ORDER BY count(*) DESC, tag LIMIT 500")) {
                return Rows.list(select, row -> row.getString(1));
            }
        });
    }

    /** Every section name in use, most used first. */
    public List<String> sections() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT section FROM stories"
                    + " WHERE section IS NOT NULL AND section <> '' GROUP BY section ORDER BY count(*) DESC LIMIT 200")) {
                return Rows.list(select, row -> row.getString(1));
            }
        });
    }

    /** Removes a story and what hangs on it (comments, revisions, tags); the audit trail keeps its lines. */
    public void delete(UUID id) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM stories WHERE id = ?")) {
                Rows.bind(delete, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static Story bare(ResultSet row) throws SQLException {
        return new Story(Rows.uuid(row, "id"), row.getString("headline"), row.getString("body"), List.of(),
                row.getString("outlet"), row.getString("attribution"), row.getString("section"), List.of(),
                row.getString("author"), StoryStatus.valueOf(row.getString("status")), row.getLong("version"),
                Times.parse(row.getString("created_at")), Times.parse(row.getString("updated_at")),
                row.getString("updated_by"));
    }

    private static List<Story> withClipsAndTags(Connection connection, List<Story> stories) throws SQLException {
        if (stories.size() <= 500) {
            return withClipsAndTagsOf(connection, stories);
        }
        List<Story> result = new ArrayList<>(stories.size());
        for (int start = 0; start < stories.size(); start += 500) {
            result.addAll(withClipsAndTagsOf(connection, stories.subList(start, Math.min(stories.size(), start + 500))));
        }
        return result;
    }

    private static List<Story> withClipsAndTagsOf(Connection connection, List<Story> stories) throws SQLException {
        if (stories.isEmpty()) {
            return stories;
        }
        String marks = stories.stream().map(s -> "?").collect(Collectors.joining(", "));
        Object[] ids = stories.stream().map(Story::id).toArray();
        Map<UUID, List<UUID>> clips = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT story_id, clip_id FROM story_clips"
                + " WHERE story_id IN (" + marks + ") ORDER BY story_id, position")) {
            Rows.bind(select, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    clips.computeIfAbsent(Rows.uuid(rows, "story_id"), k -> new ArrayList<>())
                            .add(Rows.uuid(rows, "clip_id"));
                }
            }
        }
        Map<UUID, List<String>> tags = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT story_id, tag FROM story_tags"
                + " WHERE story_id IN (" + marks + ") ORDER BY story_id, position")) {
            Rows.bind(select, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tags.computeIfAbsent(Rows.uuid(rows, "story_id"), k -> new ArrayList<>()).add(rows.getString("tag"));
                }
            }
        }
        return stories.stream()
                .map(s -> s.withClips(clips.getOrDefault(s.id(), List.of()))
                        .withDetails(s.outlet(), s.attribution(), s.section(), tags.getOrDefault(s.id(), List.of())))
                .toList();
    }
}
