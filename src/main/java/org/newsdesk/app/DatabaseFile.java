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

    /** Whether the file was opened for reading only (another copy of Newsdesk has it for writing). */
    public boolean isReadOnly() {
        return database.isReadOnly();
    }
}
