package org.newsdesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdesk.app.BackupService;
import org.newsdesk.app.BackupService.Backup;
import org.newsdesk.app.BackupService.Restored;
import org.newsdesk.InstanceLock;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE|--newest}: puts a sound backup in place of the database; the file it replaces is kept aside,
 * never deleted. Refused while the desktop app has the database open.
 */
@Command(name = "restore", description = {
        "Put a backup in place of the database, after checking it is a sound Newsdesk database.",
        "The current file is kept beside it as NAME-replaced-YYYYMMDD-HHMMSS.db (or -damaged- when it was damaged)."})
final class RestoreCommand extends DatabaseCommand implements Callable<Integer> {
    @ArgGroup(multiplicity = "1")
    Source source;

    /** Which backup: a file, or the newest sound one. */
    static final class Source {
        @Parameters(paramLabel = "FILE", description = "The backup to restore.")
        Path file;

        @Option(names = "--newest", description = "Restore the newest sound backup from backups/.")
        boolean newest;
    }

    @Override
    public Integer call() {
        Path database = root().databasePath();
        if (InstanceLock.isHeld(database)) {
            throw new CommandFailure("Newsdesk is open on " + database.toAbsolutePath()
                    + "; close the app before restoring.");
        }
        root().close();     // a restore replaces the file, so this run must not hold it open
        BackupService backups = BackupService.forFile(database, Clock.systemUTC());
        Path backup = source.file;
        if (source.newest) {
            backup = backups.newestSound().map(Backup::file).orElseThrow(() -> new CommandFailure(
                    "There is no sound backup in " + backups.folder() + "."));
        }
        boolean damaged = !BackupService.inspect(database).isSound() && java.nio.file.Files.exists(database);
        Restored restored = damaged ? backups.restoreOverDamaged(backup) : backups.restore(backup);
        out().println("Restored " + restored.from() + " to " + restored.database()
                + (restored.keptAside() == null ? "." : "; the previous file is kept as " + restored.keptAside() + "."));
        return 0;
    }

    /** The sentence that follows "the database is damaged": which backup could replace it, and how. */
    static String offer(BackupService backups) {
        Optional<Backup> newest = backups.newestSound();
        return newest.map(backup -> "Run `newsdesk restore --newest` to put back the backup of "
                        + BackupCommand.WHEN.format(backup.takenAt()) + "; the damaged file will be kept aside.")
                .orElse("None of the backups in " + backups.folder() + " is sound, so there is none to put back.");
    }
}
