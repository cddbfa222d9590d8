package org.newsdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Outlet;

/** The operations additions to Database: read-only opening, the quick check and VACUUM INTO copies. */
@Timeout(30)
class DatabaseBackupAndCheckTest {
    @TempDir
    Path folder;

    @Test
    void aReadOnlyConnectionReadsWhatTheWriterSavedAndRefusesToWrite() {
        Path file = folder.resolve("newsdesk.db");
        try (Database writer = Database.open(file)) {
            new OutletStore(writer).save(new Outlet("Reuters", "Reuters", List.of("reuters.com")));
            try (Database reader = Database.openReadOnly(file)) {
                assertTrue(reader.isReadOnly());
                assertFalse(writer.isReadOnly());
                assertEquals(1, new OutletStore(reader).all().size());

                StoreException refused = assertThrows(StoreException.class,
                        () -> new OutletStore(reader).save(new Outlet("AP", "the AP", List.of())));
                assertEquals("Cannot write to " + file + ": permission denied or read-only.", refused.getMessage());
            }
        }
    }

    @Test
    void readOnlyOpeningRefusesAMissingFileAndAForeignSqliteFile() throws Exception {
        Path foreign = folder.resolve("other.db");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE recipes (name TEXT)");
        }

        assertEquals("There is no database file " + folder.resolve("none.db") + ".",
                assertThrows(StoreException.class, () -> Database.openReadOnly(folder.resolve("none.db"))).getMessage());
        assertEquals(foreign + " is not a Newsdesk database.",
                assertThrows(StoreException.class, () -> Database.openReadOnly(foreign)).getMessage());
    }

    @Test
    void aSoundFileHasNoQuickCheckProblemsAndCopiesIntoANewFileOnly() {
        Path file = folder.resolve("newsdesk.db");
        Path copy = folder.resolve("copy.db");
        try (Database database = Database.open(file)) {
            assertEquals(List.of(), database.quickCheck());

            database.copyTo(copy);

            assertThrows(StoreException.class, () -> database.copyTo(copy), "VACUUM INTO never overwrites");
        }
        try (Database copied = Database.openReadOnly(copy)) {
            assertEquals(Migrations.latest(), copied.schemaVersion());
        }
        try (Database memory = Database.inMemory()) {
            assertEquals("A database in memory has no file to back up.",
                    assertThrows(StoreException.class, () -> memory.copyTo(copy)).getMessage());
        }
    }
}
