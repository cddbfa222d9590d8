package org.newsdesk.app;

import org.newsdesk.testing.TestDatabases;
import org.newsdesk.testing.MovableClock;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.app.BackupService;
import org.newsdesk.app.BackupService.Backup;
import org.newsdesk.app.BackupService.Condition;
import org.newsdesk.app.BackupService.Health;
import org.newsdesk.app.BackupService.Restored;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoreException;

@Timeout(60)
class BackupServiceTest {
    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:15:30Z"));

    private Path newsroom(int stories) {
        Path file = folder.resolve("newsdesk.db");
        TestDatabases.withStories(file, clock, stories);
        return file;
    }

    @Test
    void aBackupIsASoundCopyInTheBackupsFolderNamedByItsTime() throws Exception {
        Path file = newsroom(3);
        Backup backup;
        try (App app = new App(Database.open(file), clock)) {
            backup = app.backups().backUp();
        }

        assertEquals(folder.resolve("backups").resolve("newsdesk-20260302-081530.db"), backup.file());
        assertEquals(Instant.parse("2026-03-02T08:15:30Z"), backup.takenAt());
        assertTrue(BackupService.inspect(backup.file()).isSound());
        assertEquals(3, TestDatabases.storyCount(backup.file()));
        try (var entries = Files.list(backup.file().getParent())) {
            assertEquals(List.of(backup.file()), entries.toList(), "a backup is one file, and checking it adds none");
        }
    }

    @Test
    void onlyTheNewestSevenBackupsAreKept() {
        Path file = newsroom(1);
        try (App app = new App(Database.open(file), clock)) {
            for (int i = 0; i < 10; i++) {
                app.backups().backUp();
                clock.advance(Duration.ofHours(1));
            }
            List<Backup> kept = app.backups().backups();

            assertEquals(BackupService.KEEP, kept.size());
            assertEquals(Instant.parse("2026-03-02T17:15:30Z"), kept.get(0).takenAt());
            assertEquals(Instant.parse("2026-03-02T11:15:30Z"), kept.get(6).takenAt());
        }
    }

    @Test
    void aCopyLeftUnfinishedByAnAppThatQuitIsIgnoredThenRemoved() throws Exception {
        Path file = newsroom(1);
        Path unfinished = folder.resolve("backups").resolve("newsdesk-20260301-081530.db.partial");
        Files.createDirectories(unfinished.getParent());
        Files.writeString(unfinished, "half a copy");
        try (App app = new App(Database.open(file), clock)) {
            assertEquals(List.of(), app.backups().backups());

            app.backups().backUp();
        }

        assertFalse(Files.exists(unfinished));
    }

    @Test
    void twoBackupsInTheSameSecondAreBothKeptNewestFirst() {
        Path file = newsroom(1);
        try (App app = new App(Database.open(file), clock)) {
            Backup first = app.backups().backUp();
            Backup second = app.backups().backUp();

            assertEquals(List.of(second.file(), first.file()),
                    app.backups().backups().stream().map(Backup::file).toList());
        }
    }

    @Test
    void theAutomaticBackupWaitsUntilTheNewestIsADayOld() {
        Path file = newsroom(1);
        try (App app = new App(Database.open(file), clock)) {
            assertTrue(app.backups().backUpIfDue().isPresent());
            clock.advance(Duration.ofHours(23));
            assertEquals(Optional.empty(), app.backups().backUpIfDue());
            clock.advance(Duration.ofHours(2));
            assertTrue(app.backups().backUpIfDue().isPresent());
            assertEquals(2, app.backups().backups().size());
        }
    }

    @Test
    void restorePutsTheBackupInPlaceAndKeepsTheReplacedFileAside() throws Exception {
        Path file = newsroom(2);
        Backup backup;
        try (App app = new App(Database.open(file), clock)) {
            backup = app.backups().backUp();
        }
        TestDatabases.withStories(file, clock, 5);
        byte[] replacedBytes = Files.readAllBytes(file);
        clock.advance(Duration.ofMinutes(5));

        Restored restored = BackupService.forFile(file, clock).restore(backup.file());

        assertEquals(2, TestDatabases.storyCount(file));
        assertEquals(folder.resolve("newsdesk-replaced-20260302-082030.db"), restored.keptAside());
        assertArrayEquals(replacedBytes, Files.readAllBytes(restored.keptAside()));
        assertEquals(7, TestDatabases.storyCount(restored.keptAside()));
        assertTrue(Files.exists(backup.file()), "the backup itself stays");
    }

    @Test
    void restoreRefusesADamagedBackupAndLeavesTheDatabaseAlone() throws Exception {
        Path file = newsroom(2);
        Path bad = folder.resolve("bad.db");
        Files.copy(file, bad);
        TestDatabases.overwrite(bad, 0, 100);
        byte[] before = Files.readAllBytes(file);

        StoreException refused = assertThrows(StoreException.class,
                () -> BackupService.forFile(file, clock).restore(bad));

        assertTrue(refused.getMessage().startsWith("Cannot restore from it:"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var entries = Files.list(folder)) {
            assertEquals(List.of("bad.db", "newsdesk.db"), entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotANewsdeskDatabase() throws Exception {
        Path file = newsroom(1);
        Path notes = folder.resolve("notes.txt");
        Files.writeString(notes, "Shopping list");

        StoreException refused = assertThrows(StoreException.class,
                () -> BackupService.forFile(file, clock).restore(notes));

        assertTrue(refused.getMessage().contains("notes.txt"), refused.getMessage());
        assertEquals(1, TestDatabases.storyCount(file));
    }

    @Test
    void aCopyWithAnOverwrittenHeaderIsFoundDamagedAndTheOriginalStaysSound() throws Exception {
        Path original = newsroom(3);
        Path copy = folder.resolve("copy.db");
        Files.copy(original, copy);
        TestDatabases.overwrite(copy, 0, 100);

        Health health = BackupService.inspect(copy);

        assertEquals(Condition.DAMAGED, health.condition());
        assertTrue(health.sentence().contains("copy.db"), health.sentence());
        assertTrue(BackupService.inspect(original).isSound());
        assertThrows(StoreException.class, () -> Database.open(copy).close());
    }

    @Test
    void aCopyWithOverwrittenPagesOpensButFailsTheQuickCheck() throws Exception {
        Path original = newsroom(200);
        Path copy = folder.resolve("copy.db");
        Files.copy(original, copy);
        TestDatabases.damagePages(copy);

        try (App app = new App(Database.open(copy), clock)) {
            Health health = app.backups().checkOpen();

            assertEquals(Condition.DAMAGED, health.condition());
        }
        assertFalse(BackupService.inspect(copy).isSound());
        assertTrue(BackupService.inspect(original).isSound());
    }

    @Test
    void aDamagedDatabaseIsReplacedByTheNewestSoundBackupAndKeptAside() throws Exception {
        Path file = newsroom(4);
        try (App app = new App(Database.open(file), clock)) {
            app.backups().backUp();
            clock.advance(Duration.ofHours(1));
            Backup damagedBackup = app.backups().backUp();
            TestDatabases.overwrite(damagedBackup.file(), 0, 100);
        }
        TestDatabases.overwrite(file, 0, 100);
        byte[] damagedBytes = Files.readAllBytes(file);
        BackupService backups = BackupService.forFile(file, clock);

        Backup newestSound = backups.newestSound().orElseThrow();
        Restored restored = backups.restoreOverDamaged(newestSound.file());

        assertEquals(Instant.parse("2026-03-02T08:15:30Z"), newestSound.takenAt());
        assertEquals(4, TestDatabases.storyCount(file));
        assertTrue(restored.keptAside().getFileName().toString().startsWith("newsdesk-damaged-"));
        assertArrayEquals(damagedBytes, Files.readAllBytes(restored.keptAside()));
    }

    @Test
    void aNewsroomInMemoryHasNoBackups() {
        try (App app = new App(Database.inMemory(), clock)) {
            StoreException refused = assertThrows(StoreException.class, () -> app.backups().backUp());
            assertEquals("A database in memory has no backups.", refused.getMessage());
        }
    }
}
