package org.newsdesk.ui.review;

import org.newsdesk.ui.ScreenActions;
import org.newsdesk.ui.TimeLabels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import org.newsdesk.integrity.Finding;
import org.newsdesk.model.Story;
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

/** The review queue screen: the queue on the left, the story being reviewed in the middle, its clip on the right. */
public final class ReviewQueueView {

    private final Clock clock;
    private final ReviewQueueViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ListView<StoryService.QueuedStory> queueList = new ListView<>();
    private final TextFlow diffFlow = new TextFlow();
    private final VBox clipBox = new VBox(8);
    private final VBox commentBox = new VBox(6);
    private final ProofreadingViewModel proofreading;
    private final ListView<Finding> findingList = new ListView<>();
    private final javafx.animation.PauseTransition checkDelay =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(600));
    private final TextArea body = new TextArea();
    private final ScrollPane clipScroll = new ScrollPane();
    /** The source's highlighted passages: every quotation the summary makes, and the closest wording of a misquote. */
    private final List<Text> quotedTexts = new ArrayList<>();

    /** The screen on its view-model; {@code clock} says how long each story has waited. */
    public ReviewQueueView(ReviewQueueViewModel viewModel, ProofreadingViewModel proofreading, Clock clock) {
        this.clock = clock;
        this.viewModel = viewModel;
        this.proofreading = proofreading;
        root.getStyleClass().add("review-queue");
        root.getStylesheets().add(ReviewQueueView.class.getResource("ReviewQueueView.css").toExternalForm());
        root.setTop(header());
        SplitPane split = new SplitPane(queuePane(), storyPane(), clipPane());
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
        proofreading.allFindings().addListener((javafx.collections.ListChangeListener<Finding>) change -> showClips());
    }

    private void checkNow() {
        Story story = viewModel.selectedProperty().get();
        if (story != null) {
            proofreading.check(story.withText(viewModel.headlineProperty().get(), viewModel.bodyProperty().get()),
                    List.copyOf(viewModel.clips()));
        }
    }

    /** The checks' findings beside Approve: what the writer was shown, so nothing is approved unseen. */
    private Node findingsPane() {
        findingList.setId("findingList");
        findingList.setItems(proofreading.allFindings());
        findingList.setCellFactory(list -> new FindingCell());
        Label none = new Label();
        none.setWrapText(true);
        // while the first check loads LanguageTool, the list says so rather than "no findings"
        none.textProperty().bind(javafx.beans.binding.Bindings.when(proofreading.messageProperty().isEmpty())
                .then("No findings: quotes, copying, attribution, links, length, spelling and style are clean.")
                .otherwise(proofreading.messageProperty()));
        findingList.setPlaceholder(none);
        findingList.setPrefHeight(150);
        findingList.getSelectionModel().selectedItemProperty().addListener((o, was, finding) -> show(finding));
        Label title = new Label();
        title.setId("findingsTitle");
        title.getStyleClass().add("pane-caption");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int count = proofreading.allFindings().size();
            return count == 0 ? "Checks" : count == 1 ? "Checks: 1 finding" : "Checks: " + count + " findings";
        }, proofreading.allFindings()));
        Label status = new Label();
        status.getStyleClass().add("muted");
        status.textProperty().bind(proofreading.messageProperty());
        HBox head = new HBox(12, title, status);
        VBox box = new VBox(4, head, findingList);
        box.getStyleClass().add("findings-pane");
        return box;
    }

    /** Selects the finding's words in the summary and, for a quotation, scrolls the source to its passage. */
    private void show(Finding finding) {
        if (finding == null) {
            return;
        }
        if (finding.hasSpan() && finding.end() <= body.getLength()
                && proofreading.checkedBody().equals(body.getText())) {
            body.selectRange(finding.start(), finding.end());
        }
        String passage = finding.kind() == Finding.Kind.MISQUOTE || finding.kind() == Finding.Kind.COPIED
                ? finding.closest() : "";
        if (!passage.isBlank()) {
            for (Text text : quotedTexts) {
                if (Quotes.normalise(text.getText()).equals(Quotes.normalise(passage))) {
                    scrollSourceTo(text);
                    return;
                }
            }
        }
    }

    private void scrollSourceTo(Text text) {
        quotedTexts.forEach(other -> other.getStyleClass().remove("passage-current"));
        text.getStyleClass().add("passage-current");
        javafx.application.Platform.runLater(() -> {
            double contentHeight = clipBox.getHeight();
            double viewport = clipScroll.getViewportBounds().getHeight();
            javafx.geometry.Bounds bounds = clipBox.sceneToLocal(text.localToScene(text.getBoundsInLocal()));
            if (contentHeight > viewport) {
                clipScroll.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 24) / (contentHeight - viewport))));
            }
        });
    }

    /** One finding: its kind, what it says, and the words it concerns. */
    private static final class FindingCell extends ListCell<Finding> {
        FindingCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            if (empty || finding == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label kind = new Label(finding.kind().label());
            kind.getStyleClass().addAll("finding-kind", "finding-" + finding.kind().label());
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label message = new Label(finding.message() + (finding.suggestions().isEmpty() ? ""
                    : " Try \u201C" + finding.suggestions().get(0) + "\u201D."));
            message.setWrapText(true);
            message.prefWidthProperty().bind(getListView().widthProperty().subtract(120));
            message.setMinHeight(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, kind, message);
            setGraphic(row);
            setText(null);
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

    private Node queuePane() {
        queueList.setId("queueList");
        queueList.setItems(viewModel.queue());
        queueList.setPlaceholder(new Label("Nothing waits for review."));
        queueList.setCellFactory(list -> new QueueCell());
        queueList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (viewModel.selectedProperty().get() == null
                    || !viewModel.selectedProperty().get().id().equals(now.story().id()))) {
                viewModel.select(now.story());
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                queueList.getSelectionModel().clearSelection();
                return;
            }
            for (StoryService.QueuedStory item : queueList.getItems()) {
                if (item.story().id().equals(now.id())
                        && queueList.getSelectionModel().getSelectedItem() != item) {
                    queueList.getSelectionModel().select(item);
                }
            }
        });
        Label caption = new Label("Submitted, oldest first");
        caption.getStyleClass().add("pane-caption");
        VBox pane = new VBox(caption, queueList);
        VBox.setVgrow(queueList, Priority.ALWAYS);
        pane.getStyleClass().add("queue-pane");
        pane.setMinWidth(180);
        return pane;
    }

    private final class QueueCell extends ListCell<StoryService.QueuedStory> {
        QueueCell() {
            // A zero preferred width lets the cell follow the list's width, so long headlines wrap.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(StoryService.QueuedStory item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label headline = new Label(item.story().headline().isBlank() ? "(no headline)" : item.story().headline());
            headline.getStyleClass().add("queue-headline");
            headline.setWrapText(true);
            List<String> facts = new ArrayList<>();
            facts.add(item.story().author());
            if (item.story().outlet() != null && !item.story().outlet().isBlank()) {
                facts.add(item.story().outlet());
            }
            facts.add(item.story().wordCount() + " words");
            facts.add(waiting(Duration.between(item.submittedAt(), clock.instant())));
            Label details = new Label(String.join(" · ", facts));
            details.getStyleClass().add("queue-details");
            details.setWrapText(true);
            // Bound widths let the labels wrap: a cell asks its graphic for a height without giving a width.
            headline.prefWidthProperty().bind(getListView().widthProperty().subtract(32));
            details.prefWidthProperty().bind(headline.prefWidthProperty());
            headline.setMinHeight(Region.USE_PREF_SIZE);
            details.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(2, headline, details);
            setGraphic(box);
            setText(null);
        }
    }

    static String waiting(Duration waited) {
        long minutes = Math.max(0, waited.toMinutes());
        if (minutes < 1) {
            return "just in";
        }
        if (minutes < 60) {
            return minutes + " min waiting";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h waiting";
        }
        return hours / 24 + " days waiting";
    }

    private Node storyPane() {
        TextField headline = new TextField();
        headline.setId("headlineField");
        headline.getStyleClass().add("headline-field");
        headline.setPromptText("Headline");
        headline.textProperty().bindBidirectional(viewModel.headlineProperty());
        body.setId("bodyArea");
        body.setWrapText(true);
        body.setPrefRowCount(12);
        body.textProperty().bindBidirectional(viewModel.bodyProperty());
        Label words = new Label();
        words.getStyleClass().add("muted");
        words.textProperty().bind(viewModel.wordCountProperty());
        Label edited = new Label("edited, not saved");
        edited.getStyleClass().add("edited-badge");
        edited.visibleProperty().bind(viewModel.hasEditsProperty());
        HBox wordLine = new HBox(12, words, edited);

        headline.disableProperty().bind(viewModel.selectedProperty().isNull());
        body.disableProperty().bind(viewModel.selectedProperty().isNull());

        VBox pane = new VBox(8, actions(), findingsPane(), headline, body, wordLine, diffPane(), commentsPane());
        VBox.setVgrow(body, Priority.ALWAYS);
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

    private Node clipPane() {
        clipBox.setId("clipBox");
        clipBox.getStyleClass().add("clip-box");
        clipBox.setPadding(new Insets(12));
        viewModel.clips().addListener((javafx.collections.ListChangeListener<Clip>) change -> showClips());
        showClips();
        ScrollPane scroll = clipScroll;
        scroll.setContent(clipBox);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("clip-scroll");
        Label caption = new Label("Source");
        caption.getStyleClass().add("pane-caption");
        VBox pane = new VBox(caption, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        pane.getStyleClass().add("clip-pane");
        pane.setMinWidth(200);
        return pane;
    }

    /**
     * A paragraph of the source with the passages the summary quotes highlighted, and the closest wording of a
     * flagged quotation marked apart.
     */
    private TextFlow paragraph(String paragraph) {
        List<int[]> spans = new ArrayList<>();
        for (String quoted : Quotes.inSummary(viewModel.bodyProperty().get())) {
            spans.addAll(Quotes.find(paragraph, quoted, 0));
        }
        for (Finding finding : proofreading.allFindings()) {
            if (finding.kind() == Finding.Kind.MISQUOTE && !finding.closest().isBlank()) {
                spans.addAll(Quotes.find(paragraph, finding.closest(), 1));
            }
        }
        // where a quotation and a flagged one's closest wording start together, the flag wins
        spans.sort(java.util.Comparator.comparingInt((int[] span) -> span[0]).thenComparingInt(span -> -span[2]));
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("clip-paragraph");
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                continue;
            }
            flow.getChildren().add(new Text(paragraph.substring(at, span[0])));
            Text passage = new Text(paragraph.substring(span[0], span[1]));
            passage.getStyleClass().add(span[2] == 1 ? "passage-misquoted" : "passage-quoted");
            quotedTexts.add(passage);
            flow.getChildren().add(passage);
            at = span[1];
        }
        flow.getChildren().add(new Text(paragraph.substring(at)));
        flow.getChildren().forEach(node -> node.getStyleClass().add("clip-text"));
        return flow;
    }

    private void showClips() {
        quotedTexts.clear();
        List<Node> nodes = new ArrayList<>();
        for (Clip clip : viewModel.clips()) {
            Label title = new Label(clip.title().isBlank() ? clip.sourceUrl() : clip.title());
            title.getStyleClass().add("clip-title");
            title.setWrapText(true);
            List<String> facts = new ArrayList<>();
            if (clip.siteName() != null && !clip.siteName().isBlank()) {
                facts.add(clip.siteName());
            }
            if (clip.byline() != null && !clip.byline().isBlank()) {
                facts.add(clip.byline());
            }
            if (clip.publishedTime() != null) {
                facts.add(TimeLabels.date(clip.publishedTime()));
            }
            facts.add(clip.wordCount() + " words");
            Label meta = new Label(String.join(" · ", facts));
            meta.getStyleClass().add("muted");
            meta.setWrapText(true);
            Label url = new Label(clip.sourceUrl());
            url.getStyleClass().add("clip-url");
            url.setWrapText(true);
            nodes.add(new VBox(2, title, meta, url));
            for (String paragraph : clip.text().split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    nodes.add(paragraph(paragraph.strip()));
                }
            }
        }
        if (nodes.isEmpty()) {
            Label none = new Label(viewModel.selectedProperty().get() == null ? "" : "This story has no clip.");
            none.getStyleClass().add("muted");
            nodes.add(none);
        }
        clipBox.getChildren().setAll(nodes);
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
