package org.newsdesk.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsdesk.model.Role;

/** Settings › Team: create or join a team newsroom on PostgreSQL, and add people or change their roles. */
final class TeamSettingsView {
    private final TeamSettingsViewModel viewModel;

    TeamSettingsView(TeamSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    Node root() {
        Label statusLabel = new Label();
        statusLabel.setId("teamStatusLabel");
        statusLabel.setWrapText(true);
        statusLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        statusLabel.textProperty().bind(viewModel.statusProperty());

        TextField serverField = new TextField();
        serverField.setId("teamServerField");
        serverField.textProperty().bindBidirectional(viewModel.serverProperty());
        TextField loginField = new TextField();
        loginField.setId("teamLoginField");
        loginField.setPromptText("your login (to create: one with CREATEROLE)");
        loginField.textProperty().bindBidirectional(viewModel.loginProperty());
        PasswordField passwordField = new PasswordField();
        passwordField.setId("teamPasswordField");
        passwordField.setPromptText("yours, or the one-time password an editor gave you (not stored; PGPASSWORD or"
                + " ~/.pgpass work too)");
        PasswordField newPasswordField = new PasswordField();
        newPasswordField.setId("teamNewPasswordField");
        newPasswordField.setPromptText("joining with a one-time password: choose yours, at least "
                + TeamSettingsViewModel.shortestPassword() + " characters");
        PasswordField repeatField = new PasswordField();
        repeatField.setId("teamRepeatPasswordField");
        repeatField.setPromptText("the same again");
        Button createButton = new Button("Create team from this newsroom");
        createButton.setId("teamCreateButton");
        createButton.setOnAction(click -> {
            viewModel.create(passwordField.getText());
            passwordField.clear();
        });
        Button joinButton = new Button("Join (new, empty newsroom)");
        joinButton.setId("teamJoinButton");
        joinButton.setOnAction(click -> {
            viewModel.join(passwordField.getText(), newPasswordField.getText(), repeatField.getText());
            passwordField.clear();
            newPasswordField.clear();
            repeatField.clear();
        });
        GridPane connect = new GridPane();
        connect.setHgap(12);
        connect.setVgap(10);
        connect.addRow(0, new Label("Server"), serverField);
        connect.addRow(1, new Label("Login"), loginField);
        connect.addRow(2, new Label("Password"), passwordField);
        connect.addRow(3, new Label("Your own password"), newPasswordField);
        connect.addRow(4, new Label("Repeat it"), repeatField);
        // side by side while they fit, one under the other in a narrow window or at a big text size
        connect.add(new javafx.scene.layout.FlowPane(8, 8, createButton, joinButton), 1, 5);
        GridPane.setHgrow(serverField, Priority.ALWAYS);
        TitledPane connectPane = new TitledPane("Create or join", connect);
        connectPane.setCollapsible(false);
        connectPane.disableProperty().bind(viewModel.joinedProperty().or(viewModel.busyProperty()));

        TextField nameField = new TextField();
        nameField.setId("teamPersonField");
        nameField.setPromptText("Their name, e.g. Wendy");
        nameField.textProperty().bindBidirectional(viewModel.personNameProperty());
        Button writerButton = new Button("Make a writer");
        writerButton.setId("teamWriterButton");
        writerButton.setOnAction(click -> viewModel.setPerson(Role.WRITER));
        Button editorButton = new Button("Make an editor");
        editorButton.setId("teamEditorButton");
        editorButton.setOnAction(click -> viewModel.setPerson(Role.EDITOR));
        HBox people = new HBox(8, nameField, writerButton, editorButton);
        HBox.setHgrow(nameField, Priority.ALWAYS);
        TitledPane peoplePane = new TitledPane("People (editors): each gets a login and a one-time password", people);
        peoplePane.setCollapsible(false);
        peoplePane.disableProperty().bind(viewModel.joinedProperty().not().or(viewModel.busyProperty()));

        Label messageLabel = new Label();
        messageLabel.setId("teamMessageLabel");
        messageLabel.setWrapText(true);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        TextField copyable = new TextField();
        copyable.setEditable(false);
        copyable.textProperty().bind(viewModel.messageProperty());
        copyable.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());

        VBox root = new VBox(12, statusLabel, connectPane, peoplePane, messageLabel, copyable);
        root.setPadding(new Insets(16));
        viewModel.load();
        return root;
    }
}
