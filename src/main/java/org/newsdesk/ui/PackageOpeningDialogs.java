package org.newsdesk.ui;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The questions and answers of {@link PackageOpening}, as dialogs over the window (never on standard error). */
final class PackageOpeningDialogs {
    private PackageOpeningDialogs() {
    }

    static void open(Window owner, PackageOpening opening, Path file, Runnable imported) {
        opening.read(file, read -> {
            ButtonType importButton = new ButtonType("Import", ButtonData.OK_DONE);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, read.question(opening.person()), importButton,
                    ButtonType.CANCEL);
            ask.setTitle("Import a story package");
            ask.setHeaderText("Import this story package?");
            ask.getDialogPane().setId("importPackageQuestion");
            owner(ask, owner);
            if (ask.showAndWait().orElse(ButtonType.CANCEL) != importButton) {
                return;
            }
            opening.importRead(read, result -> {
                Alert done = new Alert(Alert.AlertType.INFORMATION, result.describe(), ButtonType.OK);
                done.setTitle("Story package imported");
                done.setHeaderText("Imported " + file.getFileName());
                owner(done, owner);
                done.show();
                imported.run();
            }, error -> failed(owner, file, error));
        }, error -> failed(owner, file, error));
    }

    private static void failed(Window owner, Path file, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage() == null ? error.toString()
                : error.getMessage(), ButtonType.OK);
        alert.setTitle("Story package not imported");
        alert.setHeaderText("Nothing was imported from " + file.getFileName());
        alert.getDialogPane().setId("importPackageError");
        owner(alert, owner);
        alert.show();
    }

    private static void owner(Alert alert, Window owner) {
        if (owner != null) {
            alert.initOwner(owner);
        }
    }
}
