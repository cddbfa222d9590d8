package org.newsdesk.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.StoryStore;

/** A read-only folder or a full disk gives one clear sentence, and what was saved before is still there. */
@Timeout(value = 60)
class DiskTroubleTest {
    private static final String NEED_MOUNT = "mounting a file system needs root on Linux (CI runs as root);"
            + " the full-disk case is still covered by the page-limit test";

    @TempDir
    Path folder;

    @Test
    void aDatabaseOnAReadOnlyPathIsRefusedClearlyAndKeepsItsStories() throws Exception {
        Path writable = Files.createDirectory(folder.resolve("desk"));
        Path view = Files.createDirectory(folder.resolve("read-only-desk"));
        UUID saved;
        try (Database database = Database.open(writable.resolve("newsroom.db"))) {
            saved = insert(database, "Budget vote delayed").id();
        }
        try (Mounts mounts = new Mounts()) {
            assumeTrue(mounts.readOnlyView(writable, view), NEED_MOUNT);

            StoreException refused = assertThrows(StoreException.class,
                    () -> Database.open(view.resolve("newsroom.db")).close());
            assertTrue(refused.getMessage().contains(view.toString()), refused.getMessage());
            assertTrue(refused.getMessage().matches("(?s).*(read-only|permission denied).*"), refused.getMessage());

            StoreException newFile = assertThrows(StoreException.class,
                    () -> Database.open(view.resolve("other.db")).close());
            assertTrue(newFile.getMessage().matches("(?s).*(read-only|permission denied).*"), newFile.getMessage());
        }
        try (Database database = Database.open(writable.resolve("newsroom.db"))) {
            assertEquals("Budget vote delayed", new StoryStore(database, Clock.systemUTC()).find(saved)
                    .orElseThrow().headline());
            assertEquals("ok", KillDuringWritesTest.integrityCheck(database));
        }
    }

    @Test
    void aFullDiskRefusesTheSaveClearlyAndKeepsEverySaveBeforeIt() throws Exception {
        Path disk = Files.createDirectory(folder.resolve("small-disk"));
        try (Mounts mounts = new Mounts()) {
            assumeTrue(mounts.tmpfs(disk, 1024), NEED_MOUNT);
            Path file = disk.resolve("newsroom.db");
            List<UUID> acknowledged = new ArrayList<>();
            StoreException full;
            try (Database database = Database.open(file)) {
                full = fillUntilRefused(database, acknowledged);
            }
            assertTrue(full.getMessage().contains("full"), full.getMessage());
            assertTrue(full.getMessage().contains(file.toString()), full.getMessage());
            assertTrue(acknowledged.size() > 5, "the disk filled before anything could be saved");
            try (Database database = Database.open(file)) {
                assertEveryStoryIsThere(database, acknowledged);
            }
        }
    }

    @Test
    void aDatabaseAtItsSizeLimitRefusesTheSaveClearlyAndKeepsEverySaveBeforeIt() {
        Path file = folder.resolve("newsroom.db");
        List<UUID> acknowledged = new ArrayList<>();
        StoreException full;
        try (Database database = Database.open(file)) {
            // SQLite answers SQLITE_FULL, as on a full disk, once the file would grow past this many pages.
            database.read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA max_page_count = 200");
                }
                return null;
            });
            full = fillUntilRefused(database, acknowledged);
        }
        assertTrue(full.getMessage().contains("full"), full.getMessage());
        assertTrue(acknowledged.size() > 5, "the limit was reached before anything could be saved");
        try (Database database = Database.open(file)) {
            assertEveryStoryIsThere(database, acknowledged);
        }
    }

    private static StoreException fillUntilRefused(Database database, List<UUID> acknowledged) {
        StoryStore stories = new StoryStore(database, Clock.systemUTC());
        String body = "The county jail population fell by a third over the year, the Houston Chronicle reports. "
                .repeat(60);
        for (int i = 0; i < 100_000; i++) {
            try {
                acknowledged.add(stories.insert(Story.draft("writer", "Story " + i, body + i, List.of(),
                        Instant.now())).id());
            } catch (StoreException refused) {
                return refused;
            }
        }
        throw new AssertionError("The database never filled up.");
    }

    private static void assertEveryStoryIsThere(Database database, List<UUID> acknowledged) {
        StoryStore stories = new StoryStore(database, Clock.systemUTC());
        assertEquals(acknowledged.size(), stories.count(), "no half-written story, none lost");
        assertEquals(acknowledged.size(), stories.findAll(acknowledged).size());
        assertEquals("ok", KillDuringWritesTest.integrityCheck(database));
    }

    private static Story insert(Database database, String headline) {
        return new StoryStore(database, Clock.systemUTC())
                .insert(Story.draft("writer", headline, "A summary.", List.of(), Instant.now()));
    }
}
