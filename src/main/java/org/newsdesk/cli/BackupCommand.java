package org.newsdesk.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.app.BackupService;
import org.newsdesk.app.BackupService.Backup;
import org.newsdesk.app.BackupService.Health;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup [--list] [--check]}: a backup now, the list of backups, or a check of the database. */
@Command(name = "backup", description = {
        "Back up the database into backups/ beside it (VACUUM INTO), keeping the newest " + BackupService.KEEP + ".",
        "With --list, list the backups instead; with --check, check the database (PRAGMA quick_check)."})
final class BackupCommand extends DatabaseCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Option(names = "--list", description = "List the backups, newest first, instead of making one.")
    boolean list;

    @Option(names = "--check", description = "Check the database for damage instead of backing it up.")
    boolean check;

    @Override
    public Integer call() {
        BackupService backups = app().backups();
        if (check) {
            Health health = backups.checkOpen();
            if (!health.isSound()) {
                throw new CommandFailure(health.sentence() + " " + RestoreCommand.offer(backups));
            }
            out().println(health.sentence());
            return 0;
        }
        if (list) {
            List<Backup> all = backups.backups();
            if (all.isEmpty()) {
                err().println("There are no backups in " + backups.folder() + " yet.");
            }
            for (Backup backup : all) {
                out().println(WHEN.format(backup.takenAt()) + "  " + kilobytes(backup.sizeBytes()) + "  "
                        + backup.file());
            }
            return 0;
        }
        Backup made = backups.backUp();
        out().println("Backed up to " + made.file() + " (" + kilobytes(made.sizeBytes()) + "); the newest "
                + BackupService.KEEP + " backups are kept.");
        return 0;
    }

    static String kilobytes(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
