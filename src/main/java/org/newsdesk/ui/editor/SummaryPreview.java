package org.newsdesk.ui.editor;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;

/** The rendered preview of the summary beside the editor, as the newsletter will show it. */
final class SummaryPreview {
    private final StackPane previewPane;
    private final StoryEditorViewModel viewModel;
    private WebView preview;
    private Label previewFallback;
    private boolean previewRequested;
    private double textScale = 1.0;
    private boolean dark;
    private String shownPage = "";

    private final java.util.function.Consumer<String> offerLink;
    private org.newsdesk.ui.SafePreview safe;

    SummaryPreview(StackPane previewPane, StoryEditorViewModel viewModel,
                   java.util.function.Consumer<String> offerLink) {
        this.previewPane = previewPane;
        this.viewModel = viewModel;
        this.offerLink = offerLink;
    }

    /**
     * The preview is a WebView with JavaScript off; where WebKit cannot run, a plain note stands in for it. It is
     * made when the first story is shown, not with the window: starting WebKit takes a second or more, and the
     * desk should not wait for it.
     */
    private void make() {
        try {
            preview = new WebView();
            preview.setZoom(textScale);
            // no script, no remote fetches, no navigation: a clicked link is offered to the browser
            safe = org.newsdesk.ui.SafePreview.of(preview, offerLink);
            preview.setId("previewView");
            preview.setAccessibleText("Rendered preview of the summary");
            previewPane.getChildren().setAll(preview);
        } catch (RuntimeException | LinkageError e) {
            preview = null;
            previewFallback = new Label("The rendered preview is not available on this system.");
            previewFallback.getStyleClass().add("text-muted");
            previewPane.getChildren().setAll(previewFallback);
        }
    }

    /** Renders the open story (once WebKit is up; the first call starts it). */
    void render() {
        if (viewModel.storyProperty().get() == null) {
            return;
        }
        if (preview == null && previewFallback == null) {
            if (!previewRequested) {
                previewRequested = true;
                Platform.runLater(() -> {
                    make();
                    render();
                });
            }
            return;
        }
        if (preview == null) {
            return;
        }
        String page = MarkdownPreview.page(viewModel.headlineProperty().get(), viewModel.bodyProperty().get(),
                viewModel.attributionProperty().get(), dark);
        if (!page.equals(shownPage)) {
            shownPage = page;
            preview.getEngine().getLoadWorker().cancel();
            safe.show(page);
        }
    }

    /** Scales the preview with the window's text size. */
    void setTextScale(double scale) {
        textScale = scale;
        if (preview != null) {
            preview.setZoom(scale);
        }
    }

    void setDark(boolean isDark) {
        this.dark = isDark;
        render();
    }
}
