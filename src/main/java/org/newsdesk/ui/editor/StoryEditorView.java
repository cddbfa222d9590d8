package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import org.newsdesk.ui.LinkOffer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.newsdesk.integrity.Finding;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.ui.Compact;
import org.newsdesk.ui.TimeLabels;
import org.newsdesk.ui.Views;

/**
 * The story editor: the clip on the left, the story on the right (headline, details, Markdown summary with its
 * live preview, quote flags, word gauge), and the history panel when asked for. It only binds and forwards.
 */
public final class StoryEditorView {
    @FXML private BorderPane editorRoot;
    @FXML private Label statusLabel;
    @FXML private Label authorLabel;
    @FXML private Label saveStatusLabel;
    @FXML private ToggleButton historyButton;
    @FXML private Button withdrawButton;
    @FXML private Button submitButton;
    @FXML private Button closeButton;
    @FXML private SplitPane editorSplit;
    @FXML private VBox clipPane;
    @FXML private ChoiceBox<Clip> clipChoice;
    @FXML private Label clipTitleLabel;
    @FXML private Label clipMetaLabel;
    @FXML private Hyperlink clipLink;
    @FXML private Label clipConfidenceLabel;
    @FXML private TextArea clipTextArea;
    @FXML private Label quoteHintLabel;
    @FXML private TextArea headlineField;
    @FXML private ComboBox<String> sectionCombo;
    @FXML private TextField tagsField;
    @FXML private TextField attributionField;
    @FXML private SplitPane bodySplit;
    @FXML private StackPane bodyHolder;
    @FXML private Label headlineCheckLabel;
    @FXML private Label proofreadLabel;
    private final StyleClassedTextArea bodyArea = new StyleClassedTextArea();
    @FXML private StackPane previewPane;
    @FXML private VBox misquoteBox;
    @FXML private Label misquoteTitle;
    @FXML private ListView<QuoteFlag> misquoteList;
    @FXML private ProgressBar wordGauge;
    @FXML private Label gaugeLabel;
    @FXML private Label messageLabel;
    @FXML private Label readOnlyLabel;

    private final StoryEditorViewModel viewModel;
    private final ProofreadingViewModel proofreading;
    private final PauseTransition proofreadDelay = new PauseTransition(Duration.millis(600));
    private final ContextMenu findingMenu = new ContextMenu();
    private final HistoryView historyPanel;
    private final Consumer<String> openLink;
    private final Predicate<List<QuoteFlag>> confirmMisquotes;
    private final Runnable onClose;
    private final Parent root;
    private final Autosave autosave;
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(250));
    private SummaryPreview summaryPreview;

    /**
     * @param openLink          opens a link in the person's browser
     * @param confirmMisquotes  asked before submitting a story whose quotations are not all in the source
     * @param onClose           closes the editor (after the story was saved)
     */
    public StoryEditorView(StoryEditorViewModel viewModel, ProofreadingViewModel proofreading,
                           HistoryView historyPanel, Consumer<String> openLink,
                           Predicate<List<QuoteFlag>> confirmMisquotes, Runnable onClose) {
        this.viewModel = viewModel;
        this.proofreading = proofreading;
        this.historyPanel = historyPanel;
        this.openLink = openLink;
        this.confirmMisquotes = confirmMisquotes;
        this.onClose = onClose;
        this.autosave = new Autosave(Duration.seconds(1), Duration.seconds(10), viewModel::save);
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        makeBodyArea();
        headlineField.textProperty().bindBidirectional(viewModel.headlineProperty());
        // A headline is one paragraph: Enter (or Tab) goes on to the summary, pasted line breaks become spaces.
        headlineField.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && !key.isShortcutDown()
                    || key.getCode() == KeyCode.TAB && !key.isShiftDown()) {
                key.consume();
                bodyArea.requestFocus();
            }
        });
        headlineField.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getText().contains("\n") || change.getText().contains("\r")) {
                change.setText(change.getText().replaceAll("[\r\n]+", " "));
            }
            return change;
        }));
        attributionField.textProperty().bindBidirectional(viewModel.attributionProperty());
        tagsField.textProperty().bindBidirectional(viewModel.tagsProperty());
        sectionCombo.setItems(viewModel.knownSections());
        sectionCombo.valueProperty().bindBidirectional(viewModel.sectionProperty());
        sectionCombo.getEditor().textProperty().addListener((observable, before, now) -> {
            if (sectionCombo.isFocused() || sectionCombo.getEditor().isFocused()) {
                viewModel.sectionProperty().set(now);
            }
        });
        TextFields.bindAutoCompletion(tagsField, request -> tagSuggestions(request.getUserText()));

        for (var field : List.of(headlineField, attributionField, tagsField)) {
            field.editableProperty().bind(viewModel.access().editableProperty());
        }
        bodyArea.editableProperty().bind(viewModel.access().editableProperty());
        sectionCombo.disableProperty().bind(viewModel.access().editableProperty().not());
        readOnlyLabel.textProperty().bind(viewModel.access().readOnlyReasonProperty());
        readOnlyLabel.visibleProperty().bind(viewModel.access().readOnlyReasonProperty().isNotEmpty());
        readOnlyLabel.managedProperty().bind(readOnlyLabel.visibleProperty());
        readOnlyLabel.setGraphic(new FontIcon(Feather.LOCK));
        viewModel.saving().dirtyProperty().addListener((observable, before, dirty) -> {
            if (dirty) {
                autosave.edited();
            }
        });
        for (var field : List.of(viewModel.headlineProperty(), viewModel.bodyProperty(),
                viewModel.attributionProperty(), viewModel.sectionProperty(), viewModel.tagsProperty())) {
            field.addListener((observable, before, now) -> {
                if (viewModel.saving().dirtyProperty().get()) {
                    autosave.edited();
                }
            });
        }

        quoteHintLabel.setText("Select a passage and press " + org.newsdesk.ui.Shortcuts.text(
                org.newsdesk.ui.Shortcuts.QUOTE) + " to quote it in the summary.");
        viewModel.saving().saveFailureProperty().addListener((observable, before, reason) -> {
            if (!reason.isEmpty()) {
                Platform.runLater(() -> SaveFailedDialog.show(root.getScene() == null ? null
                        : root.getScene().getWindow(), viewModel.saving(), reason));
            }
        });
        saveStatusLabel.textProperty().bind(viewModel.saving().saveStatusProperty());
        saveStatusLabel.setGraphic(new FontIcon(Feather.CHECK));
        saveStatusLabel.graphicProperty().bind(Bindings.createObjectBinding(() ->
                viewModel.saving().saveStatusProperty().get().startsWith("Saved") ? new FontIcon(Feather.CHECK)
                        : viewModel.saving().savingProperty().get() ? new FontIcon(Feather.UPLOAD_CLOUD) : null,
                viewModel.saving().saveStatusProperty(), viewModel.saving().savingProperty()));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        submitButton.disableProperty().bind(viewModel.access().canSubmitProperty().not());
        submitButton.setGraphic(new FontIcon(Feather.SEND));
        statusLabel.setMinWidth(Region.USE_PREF_SIZE);
        Compact.whenNarrow(editorRoot, 44, historyButton, submitButton, withdrawButton);
        withdrawButton.visibleProperty().bind(viewModel.access().canWithdrawProperty());
        withdrawButton.managedProperty().bind(withdrawButton.visibleProperty());
        closeButton.setGraphic(new FontIcon(Feather.X));
        historyButton.setGraphic(new FontIcon(Feather.CLOCK));
        historyButton.selectedProperty().addListener((observable, before, shown) -> showHistory(shown));

        viewModel.storyProperty().addListener((observable, before, story) -> showStory(story));

        clipChoice.setItems(viewModel.clips());
        clipChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Clip clip) {
                return clip == null ? "" : clip.title();
            }

            @Override
            public Clip fromString(String text) {
                return null;
            }
        });
        clipChoice.valueProperty().bindBidirectional(viewModel.shownClipProperty());
        clipChoice.visibleProperty().bind(Bindings.size(viewModel.clips()).greaterThan(1));
        clipChoice.managedProperty().bind(clipChoice.visibleProperty());
        gaugeLabel.setMinWidth(Region.USE_PREF_SIZE);
        wordGauge.setMinWidth(60);
        viewModel.shownClipProperty().addListener((observable, before, clip) -> showClip(clip));
        clipLink.setOnAction(click -> {
            Clip clip = viewModel.shownClipProperty().get();
            if (clip != null) {
                LinkOffer.open(clipLink, clip.sourceUrl(), openLink);
            }
        });
        clipLink.setGraphic(new FontIcon(Feather.EXTERNAL_LINK));

        misquoteList.setItems(viewModel.misquotes());
        misquoteList.setCellFactory(list -> new MisquoteCell());
        misquoteList.setMinHeight(Region.USE_PREF_SIZE);
        misquoteList.getSelectionModel().selectedItemProperty().addListener((observable, before, flag) -> {
            if (flag != null && flag.end() <= bodyArea.getLength()) {
                bodyArea.requestFocus();
                bodyArea.selectRange(flag.start(), flag.end());
                bodyArea.requestFollowCaret();
            }
        });
        misquoteBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.misquotes()));
        misquoteBox.managedProperty().bind(misquoteBox.visibleProperty());
        viewModel.misquotes().addListener((ListChangeListener<QuoteFlag>) change -> {
            int count = viewModel.misquotes().size();
            misquoteTitle.setText(count == 1 ? "1 quotation is not in the source"
                    : count + " quotations are not in the source");
            misquoteList.setPrefHeight(Math.min(3, Math.max(1, count)) * 2.9 * misquoteTitle.getFont().getSize() + 4);
            bodyHolder.pseudoClassStateChanged(PseudoClass.getPseudoClass("misquoted"), count > 0);
        });
        misquoteTitle.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));

        viewModel.gaugeProperty().addListener((observable, before, now) -> showGauge());
        viewModel.wordCountProperty().addListener((observable, before, now) -> showGauge());
        showGauge();

        summaryPreview = new SummaryPreview(previewPane, viewModel,
                address -> LinkOffer.offer(previewPane, address, openLink));
        previewDelay.setOnFinished(done -> summaryPreview.render());
        for (var field : List.of(viewModel.headlineProperty(), viewModel.bodyProperty(),
                viewModel.attributionProperty())) {
            field.addListener((observable, before, now) -> previewDelay.playFromStart());
        }
        showStory(null);
    }

    /**
     * The summary is a RichTextFX area, so findings can be underlined where the words are; its text follows the
     * view-model both ways, and its own undo history (Ctrl+Z, Ctrl+Shift+Z) starts afresh with each story.
     */
    private void makeBodyArea() {
        bodyArea.setId("bodyArea");
        bodyArea.getStyleClass().add("body-area");
        bodyArea.setWrapText(true);
        bodyArea.setAccessibleText("Summary, in Markdown");
        Label placeholder = new Label("Write the summary in Markdown: 150 to 250 words, ending with the attribution.");
        placeholder.getStyleClass().add("body-placeholder");
        placeholder.setWrapText(true);
        bodyArea.setPlaceholder(placeholder);
        bodyHolder.getChildren().setAll(new VirtualizedScrollPane<>(bodyArea));
        bodyArea.textProperty().addListener((observable, before, now) -> {
            if (!now.equals(viewModel.bodyProperty().get())) {
                viewModel.bodyProperty().set(now);
            }
        });
        viewModel.bodyProperty().addListener((observable, before, now) -> {
            String text = now == null ? "" : now;
            if (!text.equals(bodyArea.getText())) {
                bodyArea.replaceText(text);
                bodyArea.getUndoManager().forgetHistory();
                bodyArea.moveTo(0);
            }
        });

        proofreadDelay.setOnFinished(done -> proofread());
        for (var field : List.of(viewModel.headlineProperty(), viewModel.bodyProperty())) {
            field.addListener((observable, before, now) -> proofreadDelay.playFromStart());
        }
        viewModel.storyProperty().addListener((observable, before, story) -> {
            if (before == null || story == null || !before.id().equals(story.id())) {
                proofreading.clear();
                if (story == null) {
                    proofreading.release();
                } else {
                    proofreadDelay.playFromStart();
                }
            }
        });
        proofreading.bodyFindings().addListener((ListChangeListener<Finding>) change -> markFindings());
        viewModel.misquotes().addListener((ListChangeListener<QuoteFlag>) change -> markFindings());
        proofreading.headlineFindings().addListener((ListChangeListener<Finding>) change -> showHeadlineFindings());
        headlineCheckLabel.setGraphic(new FontIcon(Feather.EDIT_3));
        showHeadlineFindings();
        proofreadLabel.textProperty().bind(proofreading.messageProperty());
        proofreadLabel.visibleProperty().bind(proofreading.messageProperty().isNotEmpty());
        proofreadLabel.managedProperty().bind(proofreadLabel.visibleProperty());
        bodyArea.setOnContextMenuRequested(this::onBodyContextMenu);
        // not every platform turns a right press into a context-menu request (the headless one does not)
        bodyArea.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, press -> {
            if (press.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                showFindingMenu(press.getX(), press.getY(), press.getScreenX(), press.getScreenY());
                press.consume();
            }
        });
        findingMenu.setId("findingMenu");
    }

    private void proofread() {
        Story story = viewModel.storyProperty().get();
        if (story != null) {
            proofreading.check(story.withText(viewModel.headlineProperty().get(), viewModel.bodyProperty().get()),
                    List.copyOf(viewModel.clips()));
        }
    }

    /**
     * Underlines what the checks found, each kind its own way (see newsdesk.css); marks made for an older text are
     * left off until the check of the current text arrives, except the quote flags, which are always current.
     */
    private void markFindings() {
        int length = bodyArea.getLength();
        List<List<String>> classes = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            classes.add(null);
        }
        boolean current = proofreading.checkedBody().equals(bodyArea.getText());
        if (current) {
            for (Finding finding : proofreading.bodyFindings()) {
                mark(classes, finding.start(), finding.end(), "mark-" + finding.kind().label());
            }
        }
        for (QuoteFlag flag : viewModel.misquotes()) {
            mark(classes, flag.start(), flag.end(), "mark-misquote");
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        List<String> run = null;
        int runLength = 0;
        for (List<String> at : classes) {
            if (runLength > 0 && !java.util.Objects.equals(at, run)) {
                spans.add(run == null ? List.of() : run, runLength);
                runLength = 0;
            }
            run = at;
            runLength++;
        }
        spans.add(run == null ? List.of() : run, Math.max(runLength, 0));
        if (length > 0) {
            StyleSpans<Collection<String>> built = spans.create();
            bodyArea.setStyleSpans(0, built);
        }
    }

    private static void mark(List<List<String>> classes, int start, int end, String style) {
        for (int i = Math.max(0, start); i < end && i < classes.size(); i++) {
            List<String> at = classes.get(i);
            if (at == null) {
                classes.set(i, List.of(style));
            } else if (!at.contains(style)) {
                List<String> more = new ArrayList<>(at);
                more.add(style);
                classes.set(i, List.copyOf(more));
            }
        }
    }

    private void showHeadlineFindings() {
        List<Finding> found = proofreading.headlineFindings();
        headlineCheckLabel.setVisible(!found.isEmpty());
        headlineCheckLabel.setManaged(!found.isEmpty());
        headlineCheckLabel.setText(found.stream().map(finding -> finding.message()
                + (finding.suggestions().isEmpty() ? "" : " Try \u201C" + finding.suggestions().get(0) + "\u201D."))
                .reduce((a, b) -> a + "  " + b).orElse(""));
    }

    /** A right click on a finding offers its suggestions, Ignore and (for a word) Add to newsroom dictionary. */
    private void onBodyContextMenu(ContextMenuEvent event) {
        if (!findingMenu.isShowing()) {
            showFindingMenu(event.getX(), event.getY(), event.getScreenX(), event.getScreenY());
        }
        event.consume();
    }

    private void showFindingMenu(double x, double y, double screenX, double screenY) {
        findingMenu.hide();
        int position = bodyArea.hit(x, y).getInsertionIndex();
        Finding finding = proofreading.checkedBody().equals(bodyArea.getText()) ? proofreading.findingAt(position)
                : null;
        findingMenu.getItems().setAll(menuFor(finding));
        findingMenu.show(bodyArea, screenX, screenY);
    }

    private List<MenuItem> menuFor(Finding finding) {
        List<MenuItem> items = new ArrayList<>();
        if (finding != null) {
            MenuItem what = new MenuItem(finding.message());
            what.setDisable(true);
            items.add(what);
            boolean editable = viewModel.access().editableProperty().get();
            for (String suggestion : finding.suggestions()) {
                MenuItem replace = new MenuItem(suggestion.isEmpty() ? "Delete \u201C" + finding.quote().strip()
                        + "\u201D" : suggestion.isBlank() ? "One space" : suggestion);
                replace.getStyleClass().add("suggestion-item");
                replace.setDisable(!editable);
                replace.setOnAction(chosen -> replace(finding, suggestion));
                items.add(replace);
            }
            if (finding.isWriting()) {
                MenuItem ignore = new MenuItem("Ignore");
                ignore.setId("ignoreItem");
                ignore.setOnAction(chosen -> proofreading.ignore(finding, draft(), List.copyOf(viewModel.clips())));
                items.add(ignore);
            }
            if (finding.kind() == Finding.Kind.SPELLING) {
                MenuItem add = new MenuItem("Add to newsroom dictionary");
                add.setId("addToDictionaryItem");
                add.setOnAction(chosen -> proofreading.addToDictionary(viewModel.person().name(), finding.quote(),
                        draft(), List.copyOf(viewModel.clips())));
                items.add(add);
            }
            items.add(new SeparatorMenuItem());
        }
        MenuItem cut = new MenuItem("Cut");
        cut.setOnAction(chosen -> bodyArea.cut());
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(chosen -> bodyArea.copy());
        MenuItem paste = new MenuItem("Paste");
        paste.setOnAction(chosen -> bodyArea.paste());
        items.addAll(List.of(cut, copy, paste));
        return items;
    }

    private Story draft() {
        Story story = viewModel.storyProperty().get();
        return story == null ? null : story.withText(viewModel.headlineProperty().get(), viewModel.bodyProperty().get());
    }

    private void replace(Finding finding, String suggestion) {
        if (finding.end() <= bodyArea.getLength()
                && bodyArea.getText(finding.start(), finding.end()).equals(finding.quote())) {
            bodyArea.replaceText(finding.start(), finding.end(), suggestion);
        }
    }

    private List<String> tagSuggestions(String typed) {
        int comma = typed.lastIndexOf(',');
        String done = comma < 0 ? "" : typed.substring(0, comma + 1) + " ";
        String last = typed.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
        if (last.isEmpty()) {
            return List.of();
        }
        return viewModel.knownTags().stream()
                .filter(tag -> tag.toLowerCase(Locale.ROOT).startsWith(last) && !tag.equalsIgnoreCase(last))
                .limit(8).map(tag -> done + tag).toList();
    }

    private void showGauge() {
        int words = viewModel.wordCountProperty().get();
        int max = viewModel.maxWordsProperty().get();
        wordGauge.setProgress(Math.min(1.0, words / (double) max));
        gaugeLabel.setText(viewModel.gaugeText());
        String state = viewModel.gaugeProperty().get().name().toLowerCase(Locale.ROOT).replace('_', '-');
        wordGauge.getStyleClass().removeIf(style -> style.startsWith("gauge-"));
        wordGauge.getStyleClass().add("gauge-" + state);
        gaugeLabel.getStyleClass().removeIf(style -> style.startsWith("gauge-is-"));
        gaugeLabel.getStyleClass().add("gauge-is-" + state);
    }

    private void showStory(Story story) {
        editorRoot.setDisable(story == null);
        if (story == null) {
            statusLabel.setText("");
            authorLabel.setText("");
            showClip(null);
            historyPanel.show(null);
            return;
        }
        statusLabel.setText(story.status().label());
        statusLabel.getStyleClass().setAll("label", "status-pill",
                "status-" + story.status().name().toLowerCase(Locale.ROOT));
        authorLabel.setText("by " + story.author());
        historyPanel.show(story);
        summaryPreview.render();
    }

    private void showClip(Clip clip) {
        boolean hasClip = clip != null;
        for (var node : List.of(clipTitleLabel, clipMetaLabel, clipLink, quoteHintLabel)) {
            node.setVisible(hasClip);
            node.setManaged(hasClip);
        }
        boolean unsure = hasClip && clip.needsChecking();
        clipConfidenceLabel.setVisible(unsure);
        clipConfidenceLabel.setManaged(unsure);
        if (!hasClip) {
            clipTextArea.setText("");
            String onTheWay = viewModel.clipOnTheWayProperty().get();
            clipTextArea.setPromptText(onTheWay.isEmpty() ? "This story has no clip. Clip an article ("
                    + org.newsdesk.ui.Shortcuts.text(org.newsdesk.ui.Shortcuts.CLIP_URL) + ") to write beside it."
                    : onTheWay);
            return;
        }
        clipTitleLabel.setText(clip.title());
        StringBuilder meta = new StringBuilder(viewModel.outletProperty().get().isBlank()
                ? (clip.siteName() == null ? "" : clip.siteName()) : viewModel.outletProperty().get());
        if (clip.byline() != null && !clip.byline().isBlank()) {
            meta.append(meta.length() > 0 ? " · " : "").append(clip.byline());
        }
        if (clip.publishedTime() != null) {
            meta.append(meta.length() > 0 ? " · " : "").append(TimeLabels.date(clip.publishedTime()));
        }
        meta.append(meta.length() > 0 ? " · " : "").append(clip.readingMinutes()).append(" min read · ")
                .append(clip.wordCount()).append(" words");
        if (clip.confidence() != null) {
            meta.append(" · confidence ").append(Math.round(clip.confidence() * 100)).append(" %");
        }
        clipMetaLabel.setText(meta.toString());
        clipConfidenceLabel.setText(unsure ? "Unsure this is the whole article: check the original." : "");
        String domain = SourceUrl.domain(clip.sourceUrl());
        clipLink.setText(domain.isEmpty() ? clip.sourceUrl() : "Open the original on " + domain);
        clipTextArea.setText(clip.text());
        clipTextArea.positionCaret(0);
        clipTextArea.setScrollTop(0);
    }

    private void showHistory(boolean shown) {
        editorRoot.setRight(shown ? historyPanel.node() : null);
    }

    /** Inserts the passage selected in the clip into the summary, as a quotation, at the caret. */
    public boolean quoteSelection() {
        String selected = clipTextArea.getSelectedText();
        if (selected == null || selected.isBlank() || !viewModel.access().editableProperty().get()) {
            return false;
        }
        String quotation = QuoteCheck.quotation(selected);
        int caret = bodyArea.getCaretPosition();
        String text = bodyArea.getText();
        boolean needsSpace = caret > 0 && !Character.isWhitespace(text.charAt(caret - 1));
        // a quotation is one step of its own for Ctrl+Z, never merged with the typing before or after it
        bodyArea.getUndoManager().preventMerge();
        bodyArea.insertText(caret, (needsSpace ? " " : "") + quotation);
        bodyArea.getUndoManager().preventMerge();
        bodyArea.requestFocus();
        return true;
    }

    /** Submits after asking about quotations that are not in the source. */
    @FXML
    public void onSubmit() {
        viewModel.checkQuotes();
        if (!viewModel.misquotes().isEmpty() && !confirmMisquotes.test(List.copyOf(viewModel.misquotes()))) {
            return;
        }
        autosave.cancel();
        viewModel.submit();
    }

    @FXML
    private void onWithdraw() {
        viewModel.withdraw();
    }

    @FXML
    private void onClose() {
        onClose.run();
    }

    /** Saves now (Shortcuts.SAVE), without waiting for the pause in typing. */
    public void saveNow() {
        autosave.cancel();
        viewModel.save();
    }

    /** Scales the preview with the window's text size. */
    public void setTextScale(double scale) {
        summaryPreview.setTextScale(scale);
    }

    public void setDark(boolean isDark) {
        summaryPreview.setDark(isDark);
    }

    /** Opens the side panel on the comments, ready to write one. */
    public void writeComment() {
        historyButton.setSelected(true);
        historyPanel.writeComment();
    }

    public BooleanProperty historyShownProperty() {
        return historyButton.selectedProperty();
    }

    public void toggleHistory() {
        historyButton.setSelected(!historyButton.isSelected());
    }

    public void focusHeadline() {
        headlineField.requestFocus();
    }

    public void focusBody() {
        bodyArea.requestFocus();
    }

    public Parent root() {
        return root;
    }

    public SplitPane split() {
        return editorSplit;
    }

    public SplitPane bodySplit() {
        return bodySplit;
    }

    public Autosave autosave() {
        return autosave;
    }
}
