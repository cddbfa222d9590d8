package org.newsdesk.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.newsdesk.App;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;

/** Small newsrooms on disk for the operations tests, and a way to damage a copy of one. */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** A newsroom file at {@code file} holding {@code count} draft stories, closed again. */
    public static void withStories(Path file, Clock clock, int count) {
        try (App app = new App(Database.open(file), clock)) {
            for (int i = 0; i < count; i++) {
                app.stores().stories().insert(Story.draft("Ted", "Story " + i, "Body of story " + i + ". ".repeat(40),
                        List.of(), clock.instant()));
            }
        }
    }

    public static int storyCount(Path file) {
        try (Database database = Database.openReadOnly(file)) {
            return database.read(connection -> {
                try (var statement = connection.createStatement();
                     var rows = statement.executeQuery("SELECT count(*) FROM stories")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
        }
    }

    /** Writes {@code length} bytes of 0xFF at {@code offset}, as a failing disk might. */
    public static void overwrite(Path file, long offset, int length) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(offset);
            byte[] junk = new byte[length];
            java.util.Arrays.fill(junk, (byte) 0xFF);
            raw.write(junk);
        }
    }

    /**
     * Overwrites the start of every page after the tables' root pages (where the rows went), so the file still
     * opens but its tables no longer read.
     */
    public static void damagePages(Path file) throws IOException {
        int lastRoot;
        int pageSize;
        try (Database database = Database.openReadOnly(file)) {
            lastRoot = database.read(connection -> {
                try (var statement = connection.createStatement();
                     var rows = statement.executeQuery("SELECT max(rootpage) FROM sqlite_master")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            pageSize = database.read(connection -> {
                try (var statement = connection.createStatement();
                     var rows = statement.executeQuery("PRAGMA page_size")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
        }
        long size = java.nio.file.Files.size(file);
        // only the second half of the pages after the last table's root: schema pages a late migration added
        // (the dictionary's, say) sit right after it, and damaging them would make the file unopenable
        long pages = size / pageSize;
        long first = Math.max(lastRoot, (lastRoot + pages) / 2);
        for (long offset = first * pageSize; offset < size; offset += pageSize) {
            overwrite(file, offset, 64);
        }
    }
}
