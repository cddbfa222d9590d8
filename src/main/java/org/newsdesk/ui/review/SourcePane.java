package org.newsdesk.ui.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newsdesk.integrity.Finding;
import org.newsdesk.model.Clip;
import org.newsdesk.ui.TimeLabels;
import org.newsdesk.ui.editor.ProofreadingViewModel;

/**
 * The review queue's source pane: the story's clips, with every passage the summary quotes underlined and the
 * closest wording of a flagged quotation in red; it scrolls to a passage on request.
 */
final class SourcePane {
    private final ReviewQueueViewModel viewModel;
    private final ProofreadingViewModel proofreading;
    private final VBox clipBox = new VBox(8);
    private final ScrollPane clipScroll = new ScrollPane();
    /** The source's highlighted passages: every quotation the summary makes, and the closest wording of a misquote. */
    private final List<Text> quotedTexts = new ArrayList<>();
    private final VBox pane;

    SourcePane(ReviewQueueViewModel viewModel, ProofreadingViewModel proofreading) {
        this.viewModel = viewModel;
        this.proofreading = proofreading;
        clipBox.setId("clipBox");
        clipBox.getStyleClass().add("clip-box");
        clipBox.setPadding(new Insets(12));
        viewModel.clips().addListener((ListChangeListener<Clip>) change -> showClips());
        proofreading.allFindings().addListener((ListChangeListener<Finding>) change -> showClips());
        showClips();
        clipScroll.setContent(clipBox);
        clipScroll.setFitToWidth(true);
        clipScroll.getStyleClass().add("clip-scroll");
        Label caption = new Label("Source");
        caption.getStyleClass().add("pane-caption");
        pane = new VBox(caption, clipScroll);
        VBox.setVgrow(clipScroll, Priority.ALWAYS);
        pane.getStyleClass().add("clip-pane");
        pane.setMinWidth(200);
    }

    Node root() {
        return pane;
    }

    /** Scrolls the source to the highlighted passage that reads {@code passage}, and marks it as the current one. */
    boolean scrollTo(String passage) {
        for (Text text : quotedTexts) {
            if (Quotes.normalise(text.getText()).equals(Quotes.normalise(passage))) {
                scrollSourceTo(text);
                return true;
            }
        }
        return false;
    }

    private void scrollSourceTo(Text text) {
        quotedTexts.forEach(other -> other.getStyleClass().remove("passage-current"));
        text.getStyleClass().add("passage-current");
        Platform.runLater(() -> {
            double contentHeight = clipBox.getHeight();
            double viewport = clipScroll.getViewportBounds().getHeight();
            Bounds bounds = clipBox.sceneToLocal(text.localToScene(text.getBoundsInLocal()));
            if (contentHeight > viewport) {
                clipScroll.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 24) / (contentHeight - viewport))));
            }
        });
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
        spans.sort(Comparator.comparingInt((int[] span) -> span[0]).thenComparingInt(span -> -span[2]));
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
}
