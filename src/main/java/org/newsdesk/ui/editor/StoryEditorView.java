package org.newsdesk.ui.editor;

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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.ui.Compact;
import org.newsdesk.ui.Views;

/**
 * The story editor: the clip on the left, the story on the right (headline, details, Markdown summary with its
 * live preview, quote flags, word gauge), and the history panel when asked for. It only binds and forwards; the
 * clip column is {@link ClipColumn}'s, the proofreading marks in the summary {@link ProofreadingMarks}'.
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
    private final HistoryView historyPanel;
    private final Consumer<String> openLink;
    private final Predicate<List<QuoteFlag>> confirmMisquotes;
    private final Runnable onClose;
    private final Parent root;
    private final Autosave autosave;
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(250));
    private SummaryPreview summaryPreview;
    private ClipColumn clipColumn;

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
        org.newsdesk.ui.Cramped.clipToBounds(clipPane);
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
        clipColumn = new ClipColumn(clipChoice, clipTitleLabel, clipMetaLabel, clipLink, clipConfidenceLabel,
                clipTextArea, quoteHintLabel, viewModel, openLink);

        gaugeLabel.setMinWidth(Region.USE_PREF_SIZE);
        wordGauge.setMinWidth(60);

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

        ProofreadingMarks.attach(bodyArea, headlineCheckLabel, proofreadLabel, viewModel, proofreading);
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
            clipColumn.show(null);
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


    private void showHistory(boolean shown) {
        editorRoot.setRight(shown ? historyPanel.node() : null);
    }


    /** Inserts the passage selected in the clip into the summary, as a quotation, at the caret. */
    public boolean quoteSelection() {
        return viewModel.access().editableProperty().get() && clipColumn.quoteInto(bodyArea);
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

    /** Shows beside the author who else has the story open (team mode); {@code line} is empty when no one has. */
    public void showAlsoOpen(javafx.beans.value.ObservableStringValue line) {
        var toolbar = ((javafx.scene.layout.Pane) authorLabel.getParent()).getChildren();
        toolbar.add(toolbar.indexOf(authorLabel) + 1, AlsoOpenLabel.of(line));
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
