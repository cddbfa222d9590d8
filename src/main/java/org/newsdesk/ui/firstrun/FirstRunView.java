package org.newsdesk.ui.firstrun;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsdesk.app.DatabaseFile;
import org.newsdesk.app.FirstRun;
import org.newsdesk.model.User;
import org.newsdesk.ui.Worker;

/**
 * The greeting a new newsroom shows once: the newcomer's name (the first person is an editor) and whether to add
 * the demo newsroom, so every screen has something in it at once.
 */
public final class FirstRunView {
    private final FirstRunViewModel viewModel;
    private final VBox root = new VBox(12);

    FirstRunView(FirstRunViewModel viewModel) {
        this.viewModel = viewModel;
        Label title = new Label("Welcome to Newsdesk");
        title.getStyleClass().add("title-2");
        title.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        Label intro = new Label("This is a new newsroom. Tell it who you are: as its first person you are its editor,"
                + " and you can add writers and editors later in Settings.");
        intro.setWrapText(true);
        TextField nameField = new TextField();
        nameField.setId("nameField");
        nameField.setPromptText("Your name, as it goes on your stories");
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        CheckBox demoCheckBox = new CheckBox("Add a demo newsroom: one clip, one story and one edition, marked [Demo]."
                + " Remove it with one click in Settings.");
        demoCheckBox.setId("demoCheckBox");
        demoCheckBox.setWrapText(true);
        demoCheckBox.selectedProperty().bindBidirectional(viewModel.withDemoProperty());
        Label messageLabel = new Label();
        messageLabel.setId("messageLabel");
        messageLabel.setWrapText(true);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        Button startButton = new Button("Start");
        startButton.setId("startButton");
        startButton.setDefaultButton(true);
        startButton.disableProperty().bind(viewModel.canStartProperty().not());
        startButton.setOnAction(event -> viewModel.start());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, messageLabel, spacer, startButton);
        root.getChildren().addAll(title, intro, new Label("Your name"), nameField, demoCheckBox, buttons);
        root.setPadding(new Insets(24));
        root.setPrefWidth(520);
    }

    VBox root() {
        return root;
    }

    /**
     * Shows the greeting over {@code owner} when no one has joined the newsroom yet; {@code whenWelcomed} runs on
     * the FX thread with the first person once they have started, so the caller can reload what it shows.
     * Does nothing on a newsroom that already has people, or one opened read-only.
     */
    public static void showIfNeeded(Window owner, FirstRun firstRun, DatabaseFile file, Worker worker,
                                    Consumer<User> whenWelcomed) {
        if (file.isReadOnly()) {
            return;
        }
        worker.run(firstRun::isNeeded, needed -> {
            if (needed) {
                show(owner, firstRun, worker, whenWelcomed);
            }
        }, error -> {
            // the main window reports database trouble itself; the greeting simply does not appear
        });
    }

    private static void show(Window owner, FirstRun firstRun, Worker worker, Consumer<User> whenWelcomed) {
        FirstRunViewModel viewModel = new FirstRunViewModel(firstRun, worker, System.getProperty("user.name", ""));
        FirstRunView view = new FirstRunView(viewModel);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Welcome to Newsdesk");
        stage.setScene(new Scene(view.root()));
        viewModel.welcomedProperty().addListener((property, before, user) -> {
            if (user != null) {
                stage.close();
                whenWelcomed.accept(user);
            }
        });
        stage.show();
    }
}
