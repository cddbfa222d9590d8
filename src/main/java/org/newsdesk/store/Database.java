package org.newsdesk.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The newsroom's SQLite file: opens it with safe settings (WAL, synchronous FULL, foreign keys, a busy timeout),
 * brings its schema up to date, and runs every piece of SQL one at a time on its single connection.
 */
public final class Database implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Connection connection;
    private final Path path;
    private final boolean readOnly;
    private final ReentrantLock lock = new ReentrantLock();
    private int transactionDepth;
    private final java.util.List<Runnable> commitListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    private Database(Connection connection, Path path) {
        this(connection, path, false);
    }

    private Database(Connection connection, Path path, boolean readOnly) {
        this.connection = connection;
        this.path = path;
        this.readOnly = readOnly;
    }

    /** Opens (creating if needed) the database at {@code path} and migrates it to the current schema. */
    public static Database open(Path path) {
        Path file = path.toAbsolutePath();
        prepareFolder(file);
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a database file.");
        }
        if (Files.exists(file) && (!Files.isReadable(file) || !Files.isWritable(file))) {
            throw new StoreException("Cannot open " + file + ": permission denied.");
        }
        Connection connection = connect("jdbc:sqlite:" + file, file, true);
        Database database = new Database(connection, file);
        database.migrate();
        return database;
    }

    /**
     * Opens an existing Newsdesk file for reading only, as a second window beside the one that writes does, or to
     * check a backup; every write fails with a sentence saying the file is read-only.
     */
    public static Database openReadOnly(Path path) {
        Path file = path.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("There is no database file " + file + ".");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Database database = new Database(connect("jdbc:sqlite:" + file, file, config), file, true);
        int version = database.schemaVersion();
        if (version == 0 || version > Migrations.latest()) {
            database.close();
            throw new StoreException(file + (version == 0 ? " is not a Newsdesk database."
                    : " was written by a newer Newsdesk (schema " + version + "); please update the app."));
        }
        return database;
    }

    /** Opens the file without bringing its schema up to date: only for the upgrade test. */
    static Database openWithoutMigrating(Path path) {
        Path file = path.toAbsolutePath();
        return new Database(connect("jdbc:sqlite:" + file, file, true), file);
    }

    /** Brings the schema up to date; {@link #open} does this itself. */
    void migrateToLatest() {
        migrate();
    }

    /** A private database in memory, for tests and dry runs. */
    public static Database inMemory() {
        Database database = new Database(connect("jdbc:sqlite::memory:", null, false), null);
        database.migrate();
        return database;
    }

    private static void prepareFolder(Path file) {
        Path folder = file.getParent();
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw new StoreException("Cannot create the folder " + folder + " for the database: permission denied.", e);
        } catch (java.nio.file.FileSystemException e) {
            throw new StoreException("Cannot create the folder " + folder + " for the database: "
                    + (e.getReason() != null ? e.getReason().toLowerCase(java.util.Locale.ROOT) : "it cannot be created there") + ".", e);
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder " + folder + " for the database.", e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException("Cannot write to the folder " + folder + ": permission denied.");
        }
    }

    private static Connection connect(String url, Path file, boolean onDisk) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // IMMEDIATE: a write transaction takes the write lock at BEGIN, so two processes wait for each other
        // through the busy timeout instead of failing when a reader tries to become a writer.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (onDisk) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        return connect(url, file, config);
    }

    private static Connection connect(String url, Path file, SQLiteConfig config) {
        try {
            Connection connection = DriverManager.getConnection(url, config.toProperties());
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rows.next();
            }
            return connection;
        } catch (SQLException e) {
            throw describe(e, file);
        }
    }

    /** Turns SQLite's error into one sentence about the file. */
    static StoreException describe(SQLException e, Path file) {
        String where = file == null ? "the database" : file.toString();
        int code = e.getErrorCode();
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new StoreException(where + " is not a Newsdesk database (it is not a SQLite file).", e);
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new StoreException(where + " is damaged and cannot be read.", e);
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code || code == SQLiteErrorCode.SQLITE_READONLY.code
                || code == SQLiteErrorCode.SQLITE_PERM.code) {
            return new StoreException("Cannot write to " + where + ": permission denied or read-only.", e);
        }
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return new StoreException("The disk holding " + where + " is full; nothing more could be saved.", e);
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code) {
            return new StoreException(where + " is busy with another program's write; try again in a moment.", e);
        }
        if (code == SQLiteErrorCode.SQLITE_IOERR.code || (code & 0xff) == SQLiteErrorCode.SQLITE_IOERR.code) {
            return new StoreException("Could not write to " + where + " (disk error).", e);
        }
        return new StoreException("Database error in " + where + ": " + e.getMessage(), e);
    }

    private void migrate() {
        int current = read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
        if (current == 0 && hasForeignTables()) {
            throw new StoreException((path == null ? "The database" : path.toString())
                    + " is a SQLite file but not a Newsdesk database.");
        }
        if (current > Migrations.latest()) {
            throw new StoreException((path == null ? "The database" : path.toString())
                    + " was written by a newer Newsdesk (schema " + current + "); please update the app.");
        }
        Migrations.apply(this, current, Migrations.latest());
    }

    private boolean hasForeignTables() {
        return read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
                return rows.next() && rows.getInt(1) > 0;
            }
        });
    }

    /** Whether this connection was opened by {@link #openReadOnly}, so the UI can say so and offer no editing. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * SQLite's {@code PRAGMA quick_check}: an empty list when the file is sound, else SQLite's description of each
     * problem found (at most 20). Reads the whole file, so callers run it off the window's thread.
     */
    public List<String> quickCheck() {
        return read(connection -> {
            List<String> problems = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA quick_check(20)")) {
                while (rows.next()) {
                    String line = rows.getString(1);
                    if (!"ok".equalsIgnoreCase(line)) {
                        problems.add(line);
                    }
                }
            }
            return problems;
        });
    }

    /**
     * Writes a compact, consistent copy of the whole database to {@code target} with {@code VACUUM INTO}; the file
     * must not exist yet. Other readers and writers carry on while it runs.
     */
    public void copyTo(Path target) {
        if (path == null) {
            throw new StoreException("A database in memory has no file to back up.");
        }
        read(connection -> {
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, target.toAbsolutePath().toString());
                vacuum.executeUpdate();
            }
            return null;
        });
    }

    /** Where the file is, or null for a database in memory. */
    public Path path() {
        return path;
    }

    public int schemaVersion() {
        return read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /** How many transactions this connection has committed since it opened. */
    public long commits() {
        return commits.get();
    }

    /**
     * SQLite's {@code PRAGMA data_version}: a number that changes whenever another connection (the command line,
     * another process) commits to the file, and never for this connection's own commits.
     */
    public long outsideVersion() {
        return read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA data_version")) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    /** Runs {@code work} alone on the connection, outside any transaction of its own. */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw describe(e, path);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} as one committed transaction: all of it is saved, or (on any exception) none of it.
     * Nested calls join the outer transaction.
     */
    public <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            if (transactionDepth > 0) {
                transactionDepth++;
                try {
                    return work.run(connection);
                } finally {
                    transactionDepth--;
                }
            }
            connection.setAutoCommit(false);
            transactionDepth = 1;
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(e);
                transactionDepth = 0;
                // After SQLITE_FULL or an I/O error SQLite has already rolled back, so leaving manual-commit mode
                // fails too ("no transaction is active"): keep that from hiding the error the person must see.
                restoreAutoCommitQuietly(e);
                throw e;
            }
            transactionDepth = 0;
            connection.setAutoCommit(true);
            commitListeners.forEach(Runnable::run);
            commits.incrementAndGet();
            return result;
        } catch (SQLException e) {
            throw describe(e, path);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code listener} after every committed write transaction, on the writing thread and still inside the
     * database lock, so it must only signal (team mode's sync wakes up to push what the write left in the outbox).
     */
    public void afterCommit(Runnable listener) {
        commitListeners.add(listener);
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private void restoreAutoCommitQuietly(Throwable cause) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException restoreFailure) {
            cause.addSuppressed(restoreFailure);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw describe(e, path);
        } finally {
            lock.unlock();
        }
    }
}
