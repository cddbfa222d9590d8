package org.newsdesk.ui.firstrun;

import org.newsdesk.ui.TimeLabels;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.newsdesk.app.BackupService.Backup;
import org.newsdesk.app.BackupService.Health;

/**
 * The dialog for a database that is damaged or cannot be read: it says so in one sentence and offers the newest
 * sound backup, promising that the damaged file is kept aside, not deleted.
 */
public final class DamagedDatabaseDialog {

    /** What the person chose. */
    public enum Choice { RESTORE_NEWEST_BACKUP, QUIT }

    private DamagedDatabaseDialog() {
    }

    /** The alert, built but not shown, so that a test can look at it. */
    static Alert build(Window owner, Health health, Optional<Backup> newestSound) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        Startup.ownedBy(alert, owner);
        alert.setTitle("Newsdesk");
        alert.setHeaderText("The newsroom's database is damaged");
        ButtonType quit = new ButtonType("Quit", ButtonData.CANCEL_CLOSE);
        if (newestSound.isPresent()) {
            Backup backup = newestSound.get();
            alert.setContentText(health.sentence() + "\n\nNewsdesk can put back the newest sound backup, from "
                    + TimeLabels.dateTime(backup.takenAt()) + ". Work since then is not in it. The damaged file is kept"
                    + " beside it, renamed with \"-damaged-\", and never deleted.");
            alert.getButtonTypes().setAll(new ButtonType("Restore the backup", ButtonData.OK_DONE), quit);
        } else {
            alert.setContentText(health.sentence() + "\n\nThere is no sound backup to put back. The file has not been"
                    + " changed; keep a copy of it before trying anything else.");
            alert.getButtonTypes().setAll(quit);
        }
        alert.getDialogPane().setId("damagedDatabaseDialog");
        alert.getDialogPane().setMinWidth(520);
        return alert;
    }

    /** Shows the dialog and waits for the answer (on the FX thread). */
    public static Choice show(Window owner, Health health, Optional<Backup> newestSound) {
        Optional<ButtonType> answer = build(owner, health, newestSound).showAndWait();
        return answer.filter(button -> button.getButtonData() == ButtonData.OK_DONE).isPresent()
                ? Choice.RESTORE_NEWEST_BACKUP : Choice.QUIT;
    }
}
