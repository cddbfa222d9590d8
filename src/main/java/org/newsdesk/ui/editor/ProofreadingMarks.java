package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;
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
        List<Finding> marks = new ArrayList<>();
        if (proofreading.checkedBody().equals(bodyArea.getText())) {
            marks.addAll(proofreading.bodyFindings());
        }
        for (QuoteFlag flag : viewModel.misquotes()) {
            marks.add(new Finding(Finding.Kind.MISQUOTE, flag.start(), flag.end(), "", "", ""));
        }
        if (length > 0) {
            bodyArea.setStyleSpans(0, ProofreadArea.spans(length, marks));
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
        return ProofreadArea.menuFor(bodyArea, finding, viewModel.access().editableProperty().get(),
                () -> proofreading.ignore(finding, draft(), List.copyOf(viewModel.clips())),
                () -> proofreading.addToDictionary(viewModel.person().name(), finding.quote(), draft(),
                        List.copyOf(viewModel.clips())));
    }

    private Story draft() {
        Story story = viewModel.storyProperty().get();
        return story == null ? null : story.withText(viewModel.headlineProperty().get(), viewModel.bodyProperty().get());
    }
}
