package org.newsdesk.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The first-run question of a new newsroom: the name of its first person, who becomes its editor. */
public final class WelcomeDialog {
    private WelcomeDialog() {
    }

    /** Asks for a name, offering {@code suggested}; empty when the person closes the dialog. */
    public static Optional<String> ask(Window owner, String suggested) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Welcome to Newsdesk");
        dialog.setHeaderText("This newsroom is new. What is your name?");
        dialog.setGraphic(new FontIcon(Feather.FEATHER));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField nameField = new TextField(suggested == null ? "" : suggested);
        nameField.setId("welcomeNameField");
        nameField.setPromptText("Your name, as colleagues know it");
        nameField.setAccessibleText("Your name");
        Label explanation = new Label("You will be the newsroom's first editor; you can add writers and editors"
                + " later.");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("text-muted");
        VBox content = new VBox(10, nameField, explanation);
        content.setPadding(new Insets(8, 0, 0, 0));
        content.setPrefWidth(380);
        dialog.getDialogPane().setContent(content);
        ButtonType start = new ButtonType("Start", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, start);
        dialog.getDialogPane().lookupButton(start).disableProperty()
                .bind(nameField.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == start ? nameField.getText().strip() : null);
        Platform.runLater(nameField::selectAll);
        return dialog.showAndWait().filter(name -> !name.isBlank());
    }
}
