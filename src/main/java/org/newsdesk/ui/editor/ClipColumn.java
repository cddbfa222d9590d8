package org.newsdesk.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.util.StringConverter;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.Clip;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.ui.LinkOffer;
import org.newsdesk.ui.Shortcuts;
import org.newsdesk.ui.TimeLabels;

/**
 * The editor's clip column: which of the story's clips is shown, its title, outlet, byline and date, the link to
 * the original, its text (or why there is none yet), and quoting a passage of it into the summary.
 */
final class ClipColumn {
    private final Label clipTitleLabel;
    private final Label clipMetaLabel;
    private final Hyperlink clipLink;
    private final Label clipConfidenceLabel;
    private final TextArea clipTextArea;
    private final Label quoteHintLabel;
    private final StoryEditorViewModel viewModel;

    ClipColumn(ChoiceBox<Clip> clipChoice, Label clipTitleLabel, Label clipMetaLabel, Hyperlink clipLink,
               Label clipConfidenceLabel, TextArea clipTextArea, Label quoteHintLabel,
               StoryEditorViewModel viewModel, Consumer<String> openLink) {
        this.clipTitleLabel = clipTitleLabel;
        this.clipMetaLabel = clipMetaLabel;
        this.clipLink = clipLink;
        this.clipConfidenceLabel = clipConfidenceLabel;
        this.clipTextArea = clipTextArea;
        this.quoteHintLabel = quoteHintLabel;
        this.viewModel = viewModel;
        quoteHintLabel.setText("Select a passage and press " + Shortcuts.text(Shortcuts.QUOTE)
                + " to quote it in the summary.");
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
        viewModel.shownClipProperty().addListener((observable, before, clip) -> show(clip));
        clipLink.setOnAction(click -> {
            Clip clip = viewModel.shownClipProperty().get();
            if (clip != null) {
                LinkOffer.open(clipLink, clip.sourceUrl(), openLink);
            }
        });
        clipLink.setGraphic(new FontIcon(Feather.EXTERNAL_LINK));
    }

    void show(Clip clip) {
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
                    + Shortcuts.text(Shortcuts.CLIP_URL) + ") to write beside it." : onTheWay);
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

    /** Inserts the passage selected in the clip into {@code bodyArea}, as a quotation, at the caret. */
    boolean quoteInto(StyleClassedTextArea bodyArea) {
        String selected = clipTextArea.getSelectedText();
        if (selected == null || selected.isBlank()) {
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
}
