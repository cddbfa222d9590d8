package org.newsdesk.ui.review;

import org.newsdesk.ui.ScreenActions;
import org.newsdesk.ui.TimeLabels;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import org.newsdesk.model.Story;
import org.newsdesk.ui.editor.ProofreadArea;
import org.newsdesk.ui.editor.ProofreadingViewModel;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import java.time.Clock;
import org.newsdesk.app.StoryService;
import org.newsdesk.app.RevisionDiff;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Comment;

/**
 * The review queue screen: the queue on the left, the story being reviewed in the middle (the checks' findings beside
 * Approve, the summary with the findings underlined), its clip on the right.
 */
public final class ReviewQueueView {

    private final ReviewQueueViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TextFlow diffFlow = new TextFlow();
    private final VBox commentBox = new VBox(6);
    private final ProofreadingViewModel proofreading;
    private final javafx.animation.PauseTransition checkDelay =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(600));
    private final ProofreadArea body;
    private final SourcePane source;

    /** The screen on its view-model; {@code clock} says how long each story has waited. */
    public ReviewQueueView(ReviewQueueViewModel viewModel, ProofreadingViewModel proofreading, Clock clock) {
        this.viewModel = viewModel;
        this.proofreading = proofreading;
        this.body = new ProofreadArea("bodyArea", "Summary, in Markdown", "The story's summary", proofreading,
                () -> viewModel.editor().name(), this::checkNow);
        this.source = new SourcePane(viewModel, proofreading);
        root.getStyleClass().add("review-queue");
        root.getStylesheets().add(ReviewQueueView.class.getResource("ReviewQueueView.css").toExternalForm());
        root.setTop(header());
        SplitPane split = new SplitPane(new QueuePane(viewModel, clock).root(), storyPane(), source.root());
        split.setDividerPositions(0.24, 0.66);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        root.setCenter(split);
        installShortcuts();
        watchFindings();
        viewModel.load();
    }

    /** The checks run again after each pause in editing and for each story picked; their findings show by Approve. */
    private void watchFindings() {
        checkDelay.setOnFinished(done -> checkNow());
        viewModel.headlineProperty().addListener((o, was, now) -> checkDelay.playFromStart());
        viewModel.bodyProperty().addListener((o, was, now) -> checkDelay.playFromStart());
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (was == null || now == null || !was.id().equals(now.id())) {
                proofreading.clear();
                checkDelay.playFromStart();
            }
        });
        viewModel.clips().addListener((javafx.collections.ListChangeListener<Clip>) change -> checkDelay.playFromStart());
    }

    private void checkNow() {
        Story story = viewModel.selectedProperty().get();
        if (story != null) {
            proofreading.check(story.withText(viewModel.headlineProperty().get(), viewModel.bodyProperty().get()),
                    List.copyOf(viewModel.clips()));
        }
    }

    public Node root() {
        return root;
    }

    public ReviewQueueViewModel viewModel() {
        return viewModel;
    }

    private Node header() {
        Label title = new Label("Review queue");
        title.getStyleClass().add("screen-title");
        Label message = new Label();
        message.setId("messageLabel");
        message.getStyleClass().add("message");
        message.textProperty().bind(viewModel.messageProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button refresh = new Button("Refresh");
        refresh.setId("refreshButton");
        refresh.setOnAction(event -> viewModel.load());
        HBox header = new HBox(16, title, message, spring, refresh);
        header.getStyleClass().add("screen-header");
        return header;
    }

    private Node storyPane() {
        TextField headline = new TextField();
        headline.setId("headlineField");
        headline.getStyleClass().add("headline-field");
        headline.setPromptText("Headline");
        headline.textProperty().bindBidirectional(viewModel.headlineProperty());
        body.bindBidirectional(viewModel.bodyProperty());
        ((Region) body.node()).setPrefHeight(260);
        ((Region) body.node()).setMinHeight(140);
        Label words = new Label();
        words.getStyleClass().add("muted");
        words.textProperty().bind(viewModel.wordCountProperty());
        Label edited = new Label("edited, not saved");
        edited.getStyleClass().add("edited-badge");
        edited.visibleProperty().bind(viewModel.hasEditsProperty());
        HBox wordLine = new HBox(12, words, edited);

        headline.disableProperty().bind(viewModel.selectedProperty().isNull());
        body.area().disableProperty().bind(viewModel.selectedProperty().isNull());

        VBox pane = new VBox(8, actions(), new FindingsPane(proofreading, body, source).root(), headline, body.node(),
                wordLine, diffPane(), commentsPane());
        VBox.setVgrow(body.node(), Priority.ALWAYS);
        pane.getStyleClass().add("story-pane");
        pane.setPadding(new Insets(12));
        return pane;
    }

    private Node actions() {
        Button approve = new Button("Approve");
        approve.setId("approveButton");
        approve.getStyleClass().add("approve-button");
        approve.setTooltip(new Tooltip("Approve, saving your edits first (" + org.newsdesk.ui.Shortcuts.text("Shortcut+Enter") + ")"));
        approve.disableProperty().bind(viewModel.canActProperty().not());
        approve.setOnAction(event -> viewModel.approve());
        Button spike = new Button("Spike");
        spike.setId("spikeButton");
        spike.getStyleClass().add("spike-button");
        spike.setTooltip(new Tooltip("Kill the story; an editor can restore it as a draft later"));
        spike.disableProperty().bind(viewModel.canActProperty().not());
        spike.setOnAction(event -> viewModel.spike());
        ScreenActions.offer(root, ScreenActions.APPROVE, approve);
        ScreenActions.offer(root, ScreenActions.SPIKE, spike);
        Button save = new Button("Save edits");
        save.setId("saveButton");
        save.setTooltip(new Tooltip("Save your changes and keep the story in the queue (" + org.newsdesk.ui.Shortcuts.text(org.newsdesk.ui.Shortcuts.SAVE) + ")"));
        save.disableProperty().bind(viewModel.canActProperty().not().or(viewModel.hasEditsProperty().not()));
        save.setOnAction(event -> viewModel.saveEdits());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, approve, save, spring, spike);
        bar.getStyleClass().add("action-bar");
        return bar;
    }

    private Node diffPane() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton sinceLastSeen = new ToggleButton(ReviewQueueViewModel.Comparison.SINCE_LAST_SEEN.label());
        sinceLastSeen.setId("sinceLastSeenToggle");
        sinceLastSeen.setUserData(ReviewQueueViewModel.Comparison.SINCE_LAST_SEEN);
        ToggleButton myEdits = new ToggleButton(ReviewQueueViewModel.Comparison.MY_EDITS.label());
        myEdits.setId("myEditsToggle");
        myEdits.setUserData(ReviewQueueViewModel.Comparison.MY_EDITS);
        group.getToggles().addAll(sinceLastSeen, myEdits);
        group.selectToggle(viewModel.comparisonProperty().get() == ReviewQueueViewModel.Comparison.MY_EDITS
                ? myEdits : sinceLastSeen);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                viewModel.comparisonProperty().set((ReviewQueueViewModel.Comparison) now.getUserData());
            }
        });
        Label title = new Label("Changes");
        title.getStyleClass().add("pane-caption");
        Label summary = new Label();
        summary.setId("diffSummaryLabel");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(viewModel.diffSummaryProperty());
        sinceLastSeen.setMinWidth(Region.USE_PREF_SIZE);
        myEdits.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        HBox switcher = new HBox(0, sinceLastSeen, myEdits);
        switcher.setMinWidth(Region.USE_PREF_SIZE);
        switcher.getStyleClass().add("segmented");
        summary.setWrapText(true);
        HBox head = new HBox(12, title, switcher);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        diffFlow.setId("diffFlow");
        diffFlow.getStyleClass().add("diff-flow");
        ScrollPane scroll = new ScrollPane(diffFlow);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(140);
        scroll.getStyleClass().add("diff-scroll");
        viewModel.diffProperty().addListener((o, was, now) -> showDiff(now));
        showDiff(viewModel.diffProperty().get());
        return new VBox(6, head, summary, scroll);
    }

    private void showDiff(RevisionDiff diff) {
        List<Text> texts = new ArrayList<>();
        for (RevisionDiff.DiffPart part : diff.parts()) {
            Text text = new Text(part.text());
            text.getStyleClass().add(switch (part.kind()) {
                case SAME -> "diff-same";
                case ADDED -> "diff-added";
                case REMOVED -> "diff-removed";
            });
            texts.add(text);
        }
        diffFlow.getChildren().setAll(texts);
    }

    private Node commentsPane() {
        Label title = new Label("Comments");
        title.getStyleClass().add("pane-caption");
        commentBox.setId("commentBox");
        viewModel.comments().addListener((javafx.collections.ListChangeListener<Comment>) change -> showComments());
        TextArea returnComment = new TextArea();
        returnComment.setId("returnCommentArea");
        returnComment.setPromptText("To return the story, say what the writer should change…");
        returnComment.setWrapText(true);
        returnComment.setPrefRowCount(2);
        returnComment.textProperty().bindBidirectional(viewModel.returnCommentProperty());
        returnComment.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button returnButton = new Button("Return to writer");
        returnButton.setId("returnButton");
        returnButton.setTooltip(new Tooltip("Send the story back with your comment, saving your edits first"));
        returnButton.disableProperty().bind(viewModel.canReturnProperty().not());
        returnButton.setOnAction(event -> viewModel.returnToWriter());
        ScreenActions.offer(root, ScreenActions.RETURN, returnButton);
        returnButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox returnLine = new HBox(8, returnComment, returnButton);
        HBox.setHgrow(returnComment, Priority.ALWAYS);
        returnLine.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        showComments();
        return new VBox(6, title, commentBox, returnLine);
    }

    private void showComments() {
        List<Node> lines = new ArrayList<>();
        for (Comment comment : viewModel.comments()) {
            Label who = new Label(comment.author() + " · " + TimeLabels.dateTime(comment.createdAt()));
            who.getStyleClass().add("comment-author");
            Label text = new Label(comment.body());
            text.setWrapText(true);
            VBox line = new VBox(2, who, text);
            line.getStyleClass().add("comment");
            lines.add(line);
        }
        if (lines.isEmpty()) {
            Label none = new Label("No comments yet.");
            none.getStyleClass().add("muted");
            lines.add(none);
        }
        commentBox.getChildren().setAll(lines);
    }

    private void installShortcuts() {
        KeyCombination approve = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
        KeyCombination save = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (approve.match(event) && viewModel.canActProperty().get()) {
                viewModel.approve();
                event.consume();
            } else if (save.match(event) && viewModel.canActProperty().get()) {
                viewModel.saveEdits();
                event.consume();
            }
        });
    }
}
