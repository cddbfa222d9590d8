package org.newsdesk.ui.editor;

import java.io.File;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Says that a save failed and why, and offers what keeps the words: try again, copy the text, save it to a file;
 * then stay on the story or, only when closing or another story was waiting, go on without saving.
 */
final class SaveFailedDialog {
    private SaveFailedDialog() {
    }

    static void show(Window owner, StorySaving saving, String reason) {
        ButtonType retry = new ButtonType("Retry", ButtonData.YES);
        ButtonType copy = new ButtonType("Copy text", ButtonData.OTHER);
        ButtonType toFile = new ButtonType("Save to file…", ButtonData.OTHER);
        ButtonType stay = new ButtonType("Keep editing", ButtonData.CANCEL_CLOSE);
        ButtonType goOn = new ButtonType("Don't save", ButtonData.NO);
        boolean waiting = saving.isSomethingWaitingOnTheSave();
        Alert alert = new Alert(Alert.AlertType.WARNING, "", retry, copy, toFile, stay);
        if (waiting) {
            alert.getButtonTypes().add(goOn);
        }
        alert.setTitle("Not saved");
        alert.setHeaderText("Your story was not saved");
        alert.setContentText(reason + "\n\nThe story stays open with your text. Try again, or keep the text by"
                + " copying it or saving it to a file." + (waiting ? " \"Don't save\" goes on and loses what was"
                + " typed since the last save." : ""));
        alert.getDialogPane().setId("saveFailedDialog");
        if (owner != null) {
            alert.initOwner(owner);
        }
        // Copy and Save to file keep the dialog open: the words are safe, the choice is still to be made.
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(ActionEvent.ACTION, click -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(saving.unsavedText());
            Clipboard.getSystemClipboard().setContent(content);
            alert.setHeaderText("The text is on the clipboard");
            click.consume();
        });
        Button fileButton = (Button) alert.getDialogPane().lookupButton(toFile);
        fileButton.addEventFilter(ActionEvent.ACTION, click -> {
            click.consume();
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the story's text");
            chooser.setInitialFileName("story.txt");
            File chosen = chooser.showSaveDialog(alert.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                saving.writeUnsavedText(chosen.toPath(),
                        written -> alert.setHeaderText("The text was saved to " + written),
                        error -> alert.setHeaderText("Could not write " + chosen + ": " + error.getMessage()));
            }
        });
        ButtonType chosen = alert.showAndWait().orElse(stay);
        if (chosen == retry) {
            saving.retrySave();
        } else if (chosen == goOn) {
            saving.goOnWithoutSaving();
        } else {
            saving.keepEditing();
        }
    }
}
