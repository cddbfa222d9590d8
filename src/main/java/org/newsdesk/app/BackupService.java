package org.newsdesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoreException;
import org.sqlite.SQLiteErrorCode;

/**
 * Copies of the newsroom's database in {@code backups/} beside it: made daily and on demand, the newest seven kept,
 * checked before they are trusted, and put back in place with the file they replace kept aside, never deleted.
 */
public final class BackupService {
    /** How many automatic and manual backups are kept; older ones are removed after each new backup. */
    public static final int KEEP = 7;
    /** The app backs up on start when the newest backup is older than this. */
    public static final Duration AUTOMATIC_AFTER = Duration.ofDays(1);
    public static final String FOLDER = "backups";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database database;
    private final Path file;
    private final Clock clock;

    /** Backups of the open {@code database} (a file database; one in memory has none). */
    public BackupService(Database database, Clock clock) {
        this.database = database;
        this.file = database.path();
        this.clock = clock;
    }

    private BackupService(Path file, Clock clock) {
        this.database = null;
        this.file = file.toAbsolutePath();
        this.clock = clock;
    }

    /** Backups of the database file at {@code file}, which need not be open (nor openable: it may be damaged). */
    public static BackupService forFile(Path file, Clock clock) {
        return new BackupService(file, clock);
    }

    /** One backup file and the moment it was taken (read from its name, which is in UTC). */
    public record Backup(Path file, Instant takenAt, long sizeBytes) {
    }

    /** What a look at a database file found, with one sentence for the person who has to act on it. */
    public record Health(Path file, Condition condition, String sentence) {
        public boolean isSound() {
            return condition == Condition.SOUND;
        }
    }

    /** The kinds of answer {@link #inspect} gives. */
    public enum Condition { SOUND, MISSING, DAMAGED, NOT_NEWSDESK, NEWER, UNREADABLE }

    /** What a restore did: which backup went in, and where the file it replaced was kept. */
    public record Restored(Path database, Path from, Path keptAside) {
    }

    /** The database file these backups belong to. */
    public Path databaseFile() {
        return requireFile();
    }

    /** The folder holding the backups: {@code backups/} beside the database file. */
    public Path folder() {
        return requireFile().resolveSibling(FOLDER);
    }

    /**
     * Writes a new backup with {@code VACUUM INTO}, then removes all but the newest {@link #KEEP}. Safe on any
     * thread: it reads through a connection of its own.
     *
     * @return the new backup
     */
    public Backup backUp() {
        Database open = requireOpen();
        Path folder = folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the backup folder " + folder + ".", e);
        }
        Instant now = clock.instant();
        String stamp = STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        Path target = folder.resolve(stem() + "-" + stamp + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem() + "-" + stamp + "-" + n + ".db");
        }
        // Written under a temporary name and renamed when complete, so an app that quits mid-copy leaves no
        // half-written file that looks like a backup; on a connection of its own, so other work goes on meanwhile.
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            removeUnfinishedCopies(folder);
            try (Database reader = Database.openReadOnly(open.path())) {
                reader.copyTo(partial);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Could not write the backup " + target + ".", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // an unfinished copy left behind is ignored by every listing: its name does not end in .db
            }
        }
        rotate();
        return describe(target).orElseThrow();
    }

    /**
     * Backs up when no backup is younger than {@link #AUTOMATIC_AFTER}; the app calls this on its worker thread
     * after the window is up.
     *
     * @return the new backup, or empty when a recent one exists
     */
    public Optional<Backup> backUpIfDue() {
        Optional<Backup> newest = backups().stream().findFirst();
        if (newest.isPresent() && newest.get().takenAt().isAfter(clock.instant().minus(AUTOMATIC_AFTER))) {
            return Optional.empty();
        }
        return Optional.of(backUp());
    }

    /** This database's backups, newest first. */
    public List<Backup> backups() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, stem() + "-*.db")) {
            for (Path entry : entries) {
                describe(entry).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup folder " + folder + ".", e);
        }
        found.sort(Comparator.comparing(Backup::takenAt).thenComparing(backup -> sequence(backup.file()))
                .reversed());
        return found;
    }

    /** The newest backup that opens and passes SQLite's quick check, if any. */
    public Optional<Backup> newestSound() {
        return backups().stream().filter(backup -> inspect(backup.file()).isSound()).findFirst();
    }

    /**
     * Checks the database with {@code PRAGMA quick_check} on a connection of its own, so it may run on any thread
     * beside the app's work; it reads the whole file, so never on the FX thread.
     */
    public Health checkOpen() {
        requireOpen();
        return inspect(file);
    }

    /** Opens {@code candidate} read-only and checks it: whether it is a sound Newsdesk database, in one sentence. */
    public static Health inspect(Path candidate) {
        Path path = candidate.toAbsolutePath();
        if (!Files.exists(path)) {
            return new Health(path, Condition.MISSING, "There is no file " + path + ".");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return new Health(path, Condition.UNREADABLE, path + " cannot be read.");
        }
        try (Database opened = Database.openReadOnly(path)) {
            List<String> problems = opened.quickCheck();
            return problems.isEmpty() ? new Health(path, Condition.SOUND, path + " is a sound Newsdesk database.")
                    : new Health(path, Condition.DAMAGED, path + " is damaged (" + problems.get(0) + ").");
        } catch (StoreException e) {
            Condition condition = classify(e);
            return new Health(path, condition, condition == Condition.DAMAGED
                    ? path + " cannot be read: it is damaged, or it is not a Newsdesk database." : e.getMessage());
        }
    }

    private static Condition classify(StoreException e) {
        if (e.getCause() instanceof SQLException sql) {
            int code = sql.getErrorCode() & 0xff;
            if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
                return Condition.DAMAGED;
            }
            return Condition.UNREADABLE;
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("newer Newsdesk")) {
            return Condition.NEWER;
        }
        return message.contains("not a Newsdesk database") ? Condition.NOT_NEWSDESK : Condition.UNREADABLE;
    }

    /**
     * Puts {@code backup} in place of the database after checking it is a sound Newsdesk database; the current file
     * (and its WAL files) are moved aside as {@code NAME-replaced-YYYYMMDD-HHMMSS.db}, never deleted. The database
     * must not be open in this process, and the caller makes sure no desktop app has it open either.
     */
    public Restored restore(Path backup) {
        return putInPlace(backup, "replaced");
    }

    /** Like {@link #restore}, for a database found damaged: it is kept aside as {@code NAME-damaged-….db}. */
    public Restored restoreOverDamaged(Path backup) {
        return putInPlace(backup, "damaged");
    }

    private Restored putInPlace(Path backup, String why) {
        if (database != null) {
            throw new IllegalStateException("Close the database before restoring over it.");
        }
        Path target = requireFile();
        Path source = backup.toAbsolutePath();
        if (source.equals(target)) {
            throw new StoreException("Cannot restore " + source + " over itself.");
        }
        Health health = inspect(source);
        if (!health.isSound()) {
            throw new StoreException("Cannot restore from it: " + lowerFirst(health.sentence()));
        }
        Path aside = null;
        try {
            if (Files.exists(target)) {
                String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                aside = target.resolveSibling(stem() + "-" + why + "-" + stamp + ".db");
                for (int n = 2; Files.exists(aside); n++) {
                    aside = target.resolveSibling(stem() + "-" + why + "-" + stamp + "-" + n + ".db");
                }
                Path copy = target.resolveSibling(target.getFileName() + ".restoring");
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                Files.move(target, aside);
                for (String suffix : List.of("-wal", "-shm")) {
                    Path companion = target.resolveSibling(target.getFileName() + suffix);
                    if (Files.exists(companion)) {
                        Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
                    }
                }
                Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.createDirectories(target.getParent());
                Path copy = target.resolveSibling(target.getFileName() + ".restoring");
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new StoreException("Could not restore " + source + " to " + target
                    + (aside != null && Files.exists(aside) ? "; the previous file is kept as " + aside : "") + ".", e);
        }
        return new Restored(target, source, aside);
    }

    /** Removes copies an app left unfinished when it quit mid-backup (backups run on a daemon thread). */
    private void removeUnfinishedCopies(Path folder) throws IOException {
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(folder, stem() + "-*.db.partial")) {
            for (Path partial : partials) {
                Files.deleteIfExists(partial);
            }
        }
    }

    private void rotate() {
        List<Backup> all = backups();
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the old backup " + old.file() + ".", e);
            }
        }
    }

    private Optional<Backup> describe(Path candidate) {
        Matcher name = backupName().matcher(candidate.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            Instant takenAt = LocalDateTime.parse(name.group(1), STAMP).toInstant(ZoneOffset.UTC);
            return Optional.of(new Backup(candidate, takenAt, Files.size(candidate)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    private Pattern backupName() {
        return Pattern.compile(Pattern.quote(stem()) + "-(\\d{8}-\\d{6})(?:-(\\d+))?\\.db");
    }

    private int sequence(Path backup) {
        Matcher name = backupName().matcher(backup.getFileName().toString());
        return name.matches() && name.group(2) != null ? Integer.parseInt(name.group(2)) : 1;
    }

    private String stem() {
        String name = requireFile().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private Path requireFile() {
        if (file == null) {
            throw new StoreException("A database in memory has no backups.");
        }
        return file;
    }

    private Database requireOpen() {
        if (database == null) {
            throw new IllegalStateException("Open the database before backing it up.");
        }
        requireFile();
        return database;
    }

    private static String lowerFirst(String sentence) {
        if (sentence.isEmpty() || sentence.startsWith("/") || Character.isUpperCase(sentence.charAt(0))
                && sentence.length() > 1 && Character.isUpperCase(sentence.charAt(1))) {
            return sentence;
        }
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
