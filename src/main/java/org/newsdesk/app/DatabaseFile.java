package org.newsdesk.app;

import java.nio.file.Path;
import org.newsdesk.store.Database;

/** Where the newsroom's file is and whether this app may write it: for title bars and settings. */
public final class DatabaseFile {
    private final Database database;

    public DatabaseFile(Database database) {
        this.database = database;
    }

    /** The file, or null for a database in memory. */
    public Path path() {
        return database.path();
    }

    /**
     * Where the newsroom stands now, so that a screen can tell that something changed since it last looked:
     * {@code own} counts this app's commits, {@code outside} moves when another process (the command line, a
     * second app) commits to the same file.
     */
    public record Changes(long own, long outside) {
    }

    /** Reads where the newsroom stands now (a cheap read: a counter and one pragma). */
    public Changes changes() {
        return new Changes(database.commits(), database.outsideVersion());
    }

    /** Whether the file was opened for reading only (another copy of Newsdesk has it for writing). */
    public boolean isReadOnly() {
        return database.isReadOnly();
    }
}
