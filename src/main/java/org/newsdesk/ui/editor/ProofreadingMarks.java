package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.integrity.Finding;
import org.newsdesk.model.Story;

/**
 * The editor's spelling, grammar and house-style marks: it checks the headline and summary a moment after the
 * writer stops typing, underlines what the checks (and the quote check) found where the words are, shows the
 * headline's findings under it, and offers a finding's suggestions, Ignore and Add to newsroom dictionary on a
 * right click in the summary.
 */
final class ProofreadingMarks {
    private final StyleClassedTextArea bodyArea;
    private final Label headlineCheckLabel;
    private final StoryEditorViewModel viewModel;
    private final ProofreadingViewModel proofreading;
    private final PauseTransition proofreadDelay = new PauseTransition(Duration.millis(600));
    private final ContextMenu findingMenu = new ContextMenu();

    /** Marks {@code bodyArea} and fills the two labels for the editor's open story from now on. */
    static void attach(StyleClassedTextArea bodyArea, Label headlineCheckLabel, Label proofreadLabel,
                       StoryEditorViewModel viewModel, ProofreadingViewModel proofreading) {
        new ProofreadingMarks(bodyArea, headlineCheckLabel, proofreadLabel, viewModel, proofreading);
    }

    private ProofreadingMarks(StyleClassedTextArea bodyArea, Label headlineCheckLabel, Label proofreadLabel,
                      StoryEditorViewModel viewModel, ProofreadingViewModel proofreading) {
        this.bodyArea = bodyArea;
        this.headlineCheckLabel = headlineCheckLabel;
        this.viewModel = viewModel;
        this.proofreading = proofreading;
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
        bodyArea.addEventHandler(MouseEvent.MOUSE_PRESSED, press -> {
            if (press.getButton() == MouseButton.SECONDARY) {
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
            if (runLength > 0 && !Objects.equals(at, run)) {
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
}
