package org.newsdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Story;

class MigrationsTest {
    @TempDir
    Path folder;

    @Test
    void aDatabaseWrittenByMigrationOneIsUpgradedWithNothingLost() throws Exception {
        Path file = folder.resolve("old.db");
        String storyId = UUID.randomUUID().toString();
        String clipId = UUID.randomUUID().toString();
        try (Database old = Database.openWithoutMigrating(file)) {
            Migrations.applyUpTo(old, 1);
            assertEquals(1, old.schemaVersion());
            old.write(connection -> {
                try (PreparedStatement clip = connection.prepareStatement("INSERT INTO clips (id, url, url_key, title,"
                        + " text, captured_at) VALUES (?, 'https://example.org/a', 'example.org/a', 'Old clip',"
                        + " 'The zeppelin landed in the square.', '2024-05-10T10:00:00.000Z')")) {
                    clip.setString(1, clipId);
                    clip.executeUpdate();
                }
                try (PreparedStatement story = connection.prepareStatement("INSERT INTO stories (id, headline, body,"
                        + " author, status, version, created_at, updated_at) VALUES (?, 'Old headline',"
                        + " 'An old body about a zeppelin.', 'Ted', 'SUBMITTED', 3, '2024-05-10T10:00:00.000Z',"
                        + " '2024-05-10T11:00:00.000Z')")) {
                    story.setString(1, storyId);
                    story.executeUpdate();
                }
                try (PreparedStatement link = connection.prepareStatement(
                        "INSERT INTO story_clips (story_id, clip_id, position) VALUES (?, ?, 0)")) {
                    link.setString(1, storyId);
                    link.setString(2, clipId);
                    link.executeUpdate();
                }
                return null;
            });
        }

        try (Database upgraded = Database.open(file)) {
            assertEquals(Migrations.latest(), upgraded.schemaVersion());
            Story story = new StoryStore(upgraded, Clock.systemUTC()).find(UUID.fromString(storyId)).orElseThrow();
            assertEquals("Old headline", story.headline());
            assertEquals(3, story.version());
            assertEquals(List.of(UUID.fromString(clipId)), story.clipIds());
            assertEquals("Old clip", new ClipStore(upgraded).find(UUID.fromString(clipId)).orElseThrow().title());
            SearchIndex search = new SearchIndex(upgraded);
            assertEquals(2, search.search("zeppelin", 10).size(), "rows from before the index are searchable");
            new AuditStore(upgraded, Clock.systemUTC()).append("Ted", "test", storyId, "after upgrade");
        }
    }

    @Test
    void openingTwiceAppliesNothingTwice() {
        Path file = folder.resolve("twice.db");
        Database.open(file).close();
        try (Database again = Database.open(file)) {
            assertEquals(Migrations.latest(), again.schemaVersion());
        }
    }

    @Test
    void theFileUsesWriteAheadLoggingFullSyncAndForeignKeys() {
        try (Database database = Database.open(folder.resolve("pragmas.db"))) {
            assertEquals("wal", pragma(database, "journal_mode"));
            assertEquals("2", pragma(database, "synchronous"));
            assertEquals("1", pragma(database, "foreign_keys"));
            assertTrue(Integer.parseInt(pragma(database, "busy_timeout")) >= 5000);
        }
    }

    private static String pragma(Database database, String name) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("PRAGMA " + name);
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        });
    }
}
