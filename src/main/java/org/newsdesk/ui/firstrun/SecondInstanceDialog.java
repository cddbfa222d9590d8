package org.newsdesk.ui.firstrun;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The dialog of a second Newsdesk on a database another Newsdesk window has open: it says so (that window has
 * been brought forward when it answered) and offers to open the database read-only instead.
 */
public final class SecondInstanceDialog {
    /** What the person chose. */
    public enum Choice { OPEN_READ_ONLY, QUIT }

    private SecondInstanceDialog() {
    }

    /** The alert, built but not shown, so that a test can look at it. */
    static Alert build(Window owner, Path database, boolean broughtForward) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Startup.ownedBy(alert, owner);
        alert.setTitle("Newsdesk");
        alert.setHeaderText("Newsdesk is already open on this newsroom");
        alert.setContentText(database.toAbsolutePath() + " is open in another Newsdesk window"
                + (broughtForward ? ", which has been brought to the front." : ".")
                + " Only one window writes to a newsroom at a time; this one can open it read-only to look things up.");
        alert.getButtonTypes().setAll(new ButtonType("Open read-only", ButtonData.OK_DONE),
                new ButtonType("Close", ButtonData.CANCEL_CLOSE));
        alert.getDialogPane().setId("secondInstanceDialog");
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }

    /** Shows the dialog and waits for the answer (on the FX thread). */
    public static Choice show(Window owner, Path database, boolean broughtForward) {
        Optional<ButtonType> answer = build(owner, database, broughtForward).showAndWait();
        return answer.filter(button -> button.getButtonData() == ButtonData.OK_DONE).isPresent()
                ? Choice.OPEN_READ_ONLY : Choice.QUIT;
    }
}
