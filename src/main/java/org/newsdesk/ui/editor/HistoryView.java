package org.newsdesk.ui.editor;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Story;
import org.newsdesk.ui.TimeLabels;

/** The side panel of the open story: its comments (and a box to add one) and its revisions, each restorable. */
public final class HistoryView {
    private final HistoryViewModel viewModel;
    private final TabPane tabs = new TabPane();
    private final ListView<Comment> commentList = new ListView<>();
    private final TextArea commentArea = new TextArea();
    private final ListView<Revision> revisionList = new ListView<>();
    private final TextArea revisionText = new TextArea();
    private final Button restoreButton = new Button("Restore this revision");

    /** {@code beforeRestore} saves the open story and then runs the restore it is given. */
    public HistoryView(HistoryViewModel viewModel, Consumer<Runnable> beforeRestore, Consumer<Story> restored) {
        this.viewModel = viewModel;
        tabs.setId("historyPanel");
        tabs.getStyleClass().add("history-panel");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(300);
        tabs.setMinWidth(240);

        commentList.setId("commentList");
        commentList.setAccessibleText("Comments");
        commentList.setItems(viewModel.comments());
        commentList.setCellFactory(list -> new CommentCell());
        Label noComments = new Label("No comments yet.");
        noComments.getStyleClass().add("text-muted");
        commentList.setPlaceholder(noComments);
        commentArea.setId("commentArea");
        commentArea.setPromptText("Write a comment (" + org.newsdesk.ui.Shortcuts.text("Shortcut+Enter") + " to add)");
        commentArea.setAccessibleText("New comment");
        commentArea.setWrapText(true);
        commentArea.setPrefRowCount(3);
        commentArea.textProperty().bindBidirectional(viewModel.draftCommentProperty());
        commentArea.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER && key.isShortcutDown()) {
                viewModel.addComment();
                key.consume();
            }
        });
        Button addButton = new Button("Add comment", new FontIcon(Feather.MESSAGE_SQUARE));
        addButton.setId("addCommentButton");
        addButton.setOnAction(click -> viewModel.addComment());
        addButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.draftCommentProperty().get().isBlank(), viewModel.draftCommentProperty()));
        HBox addRow = new HBox(addButton);
        addRow.setAlignment(Pos.CENTER_RIGHT);
        VBox.setVgrow(commentList, Priority.ALWAYS);
        VBox commentsBox = new VBox(8, commentList, commentArea, addRow);
        commentsBox.getStyleClass().add("history-box");

        revisionList.setId("revisionList");
        revisionList.setAccessibleText("Revisions");
        revisionList.setItems(viewModel.revisions());
        revisionList.setCellFactory(list -> new RevisionCell());
        Label noRevisions = new Label("No revisions yet. One is kept at every submit and every few minutes of"
                + " writing.");
        noRevisions.getStyleClass().add("text-muted");
        noRevisions.setWrapText(true);
        revisionList.setPlaceholder(noRevisions);
        revisionText.setEditable(false);
        revisionText.setWrapText(true);
        revisionText.setAccessibleText("The selected revision's text");
        revisionText.setPrefRowCount(8);
        revisionList.getSelectionModel().selectedItemProperty().addListener((observable, before, revision) ->
                revisionText.setText(revision == null ? "" : revision.headline() + "\n\n" + revision.body()));
        restoreButton.setId("restoreButton");
        restoreButton.setGraphic(new FontIcon(Feather.ROTATE_CCW));
        restoreButton.disableProperty().bind(revisionList.getSelectionModel().selectedItemProperty().isNull());
        restoreButton.setOnAction(click -> {
            Revision chosen = revisionList.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            javafx.scene.control.ButtonType restore = new javafx.scene.control.ButtonType("Restore",
                    javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, viewModel.restoreQuestion(chosen), restore,
                    javafx.scene.control.ButtonType.CANCEL);
            confirm.setTitle("Restore revision");
            confirm.setHeaderText("Restore this revision?");
            confirm.getDialogPane().setId("restoreConfirmation");
            if (restoreButton.getScene() != null) {
                confirm.initOwner(restoreButton.getScene().getWindow());
            }
            if (confirm.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL) == restore) {
                beforeRestore.accept(() -> viewModel.restore(chosen, restored));
            }
        });
        Label message = new Label();
        message.getStyleClass().add("text-muted");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        VBox.setVgrow(revisionList, Priority.ALWAYS);
        VBox revisionsBox = new VBox(8, revisionList, revisionText, restoreButton, message);
        revisionsBox.getStyleClass().add("history-box");

        Tab commentsTab = new Tab("Comments", commentsBox);
        commentsTab.textProperty().bind(Bindings.createStringBinding(() -> viewModel.comments().isEmpty()
                ? "Comments" : "Comments (" + viewModel.comments().size() + ")", viewModel.comments()));
        Tab revisionsTab = new Tab("Revisions", revisionsBox);
        tabs.getTabs().addAll(commentsTab, revisionsTab);
    }

    /** Brings the comments forward with the cursor in the new-comment box. */
    public void writeComment() {
        tabs.getSelectionModel().select(0);
        commentArea.requestFocus();
    }

    public void show(Story story) {
        viewModel.show(story);
    }

    public Node node() {
        return tabs;
    }

    /** Who wrote the comment, when, and what. */
    private static final class CommentCell extends ListCell<Comment> {
        @Override
        protected void updateItem(Comment comment, boolean empty) {
            super.updateItem(comment, empty);
            if (empty || comment == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            // A Text wraps at a set width; a wrapping Label in a list cell stays one line (and ends in "…").
            Text who = new Text(comment.author() + " · " + TimeLabels.relative(comment.createdAt()));
            who.getStyleClass().add("comment-author");
            who.wrappingWidthProperty().bind(getListView().widthProperty().subtract(36));
            Text text = new Text(comment.body());
            text.getStyleClass().add("comment-text");
            text.wrappingWidthProperty().bind(getListView().widthProperty().subtract(36));
            setPrefWidth(0);
            setText(null);
            setGraphic(new VBox(2, who, text));
        }
    }

    /** When a revision was kept, by whom and why, with its headline. */
    private static final class RevisionCell extends ListCell<Revision> {
        @Override
        protected void updateItem(Revision revision, boolean empty) {
            super.updateItem(revision, empty);
            if (empty || revision == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label when = new Label(TimeLabels.relative(revision.createdAt()) + " · " + revision.author()
                    + (revision.reason() == null || revision.reason().isBlank() ? "" : " · " + revision.reason()));
            when.getStyleClass().add("story-details");
            Label headline = new Label(revision.headline().isBlank() ? "(no headline)" : revision.headline());
            setPrefWidth(0);
            setText(null);
            setGraphic(new VBox(2, when, headline));
        }
    }
}
