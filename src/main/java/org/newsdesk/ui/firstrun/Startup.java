package org.newsdesk.ui.firstrun;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsdesk.App;
import org.newsdesk.app.BackupService;
import org.newsdesk.app.BackupService.Backup;
import org.newsdesk.app.BackupService.Condition;
import org.newsdesk.app.BackupService.Health;
import org.newsdesk.InstanceLock;
import org.newsdesk.ui.Worker;

/**
 * Opens the newsroom for the desktop app, safely: takes the single-writer lock (or, when another window has it,
 * brings that window forward and offers read-only), offers the newest sound backup when the file is damaged, and
 * once the window is up checks the file ({@code PRAGMA quick_check}) and makes the daily backup on a thread of its
 * own, so the window's start is not slowed.
 */
public final class Startup implements AutoCloseable {
    private final Stage stage;
    private final Path database;
    private final Worker worker;
    private final Consumer<App> onOpened;
    private final Consumer<String> onNotice;
    private volatile InstanceLock lock;
    private App current;
    /** The newsroom just opened for writing, whose check and backup wait for the window. */
    private App awaitingCheck;

    private Startup(Stage stage, Path database, Worker worker, Consumer<App> onOpened, Consumer<String> onNotice) {
        this.stage = stage;
        this.database = database;
        this.worker = worker;
        this.onOpened = onOpened;
        this.onNotice = onNotice;
    }

    /**
     * Starts opening {@code database}; {@code onOpened} runs on the FX thread with the open newsroom (again, with
     * a new one, if the file is found damaged later and a backup is put back), {@code onNotice} with one-line news
     * for a status bar (the backup made, a check passed). When the person chooses to quit, the app exits.
     * Keep the returned object until the app stops and close it then, to release the lock.
     */
    public static Startup begin(Stage stage, Path database, Worker worker, Consumer<App> onOpened,
                                Consumer<String> onNotice) {
        Startup startup = new Startup(stage, database, worker, onOpened, onNotice);
        startup.takeLock();
        return startup;
    }

    private void takeLock() {
        worker.run(() -> InstanceLock.acquire(database), taken -> {
            if (taken.isPresent()) {
                lock = taken.get();
                lock.onBringForward(() -> Platform.runLater(this::bringForward));
                openForWriting();
            } else {
                worker.run(() -> InstanceLock.askHolderToComeForward(database), this::offerReadOnly, this::fail);
            }
        }, this::fail);
    }

    private void offerReadOnly(boolean broughtForward) {
        holdOpenWithoutWindows();
        if (SecondInstanceDialog.show(stage, database, broughtForward) == SecondInstanceDialog.Choice.OPEN_READ_ONLY) {
            worker.run(() -> App.openReadOnly(database), this::opened, this::fail);
        } else {
            Platform.exit();
        }
    }

    private void openForWriting() {
        worker.run(() -> App.open(database), opened -> {
            awaitingCheck = opened;
            opened(opened);
        }, error -> worker.run(() -> diagnose(), diagnosis -> {
            if (diagnosis.health().condition() == Condition.DAMAGED) {
                offerBackup(diagnosis, null);
            } else {
                fail(error);
            }
        }, this::fail));
    }

    private void opened(App app) {
        current = app;
        onOpened.accept(app);
        Platform.setImplicitExit(true);
    }

    /**
     * Keeps the app running when a dialog shown before (or instead of) the main window closes; JavaFX would
     * otherwise exit with its last window. Every way out of those dialogs either opens the newsroom (which
     * restores the default) or calls {@link Platform#exit()}.
     */
    private static void holdOpenWithoutWindows() {
        Platform.setImplicitExit(false);
    }

    /** The file's health and its newest sound backup, looked up off the FX thread. */
    private record Diagnosis(Health health, Optional<Backup> newestSound) {
    }

    private Diagnosis diagnose() {
        return new Diagnosis(BackupService.inspect(database),
                BackupService.forFile(database, Clock.systemUTC()).newestSound());
    }

    /** Shows the damaged-database dialog; on "restore", closes {@code open} (if any), restores and reopens. */
    private void offerBackup(Diagnosis diagnosis, App open) {
        holdOpenWithoutWindows();
        DamagedDatabaseDialog.Choice choice =
                DamagedDatabaseDialog.show(stage, diagnosis.health(), diagnosis.newestSound());
        if (choice != DamagedDatabaseDialog.Choice.RESTORE_NEWEST_BACKUP || diagnosis.newestSound().isEmpty()) {
            Platform.exit();
            return;
        }
        Path backup = diagnosis.newestSound().get().file();
        worker.run(() -> {
            if (open != null) {
                open.close();
            }
            return BackupService.forFile(database, Clock.systemUTC()).restoreOverDamaged(backup);
        }, restored -> {
            onNotice.accept("Restored the backup " + restored.from().getFileName() + "; the damaged file is kept as "
                    + restored.keptAside().getFileName() + ".");
            openForWriting();
        }, this::fail);
    }

    /**
     * Starts the file's check and daily backup, once the main window shows its stories: both read the whole file,
     * and must not compete with the window's first load.
     */
    public void windowShown() {
        App app = awaitingCheck;
        awaitingCheck = null;
        if (app != null && app == current) {
            checkAndBackUp(app);
        }
    }

    /** The quick check and the daily backup, on a thread of their own: they read the whole file. */
    private void checkAndBackUp(App app) {
        Thread thread = new Thread(() -> {
            BackupService backups = app.backups();
            Health health = backups.checkOpen();
            if (!health.isSound()) {
                Diagnosis diagnosis = new Diagnosis(health, backups.newestSound());
                Platform.runLater(() -> offerBackup(diagnosis, app));
                return;
            }
            try {
                Optional<Backup> made = backups.backUpIfDue();
                Platform.runLater(() -> onNotice.accept(made.map(backup -> "Backed up to "
                        + backup.file().getFileName() + ".").orElse("The newsroom's file checked sound.")));
            } catch (RuntimeException e) {
                Platform.runLater(() -> onNotice.accept("The daily backup failed: " + e.getMessage()));
            }
        }, "newsdesk-check-and-backup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void bringForward() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private void fail(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage() == null
                ? "Something went wrong (" + error.getClass().getSimpleName() + ")." : error.getMessage());
        ownedBy(alert, stage);
        alert.setHeaderText("Newsdesk cannot open its database");
        alert.showAndWait();
        Platform.exit();
    }

    /**
     * Makes {@code owner} the dialog's owner when it is on screen: a dialog owned by a window with no scene yet
     * (the app's first moments) fails, so such a dialog stands alone.
     */
    static void ownedBy(Dialog<?> dialog, Window owner) {
        if (owner != null && owner.isShowing() && owner.getScene() != null) {
            dialog.initOwner(owner);
        }
    }

    /** The newsroom opened last, if any. */
    public Optional<App> app() {
        return Optional.ofNullable(current);
    }

    /** Releases the single-writer lock; call it when the app stops. */
    @Override
    public void close() {
        InstanceLock held = lock;
        if (held != null) {
            held.close();
        }
    }
}
