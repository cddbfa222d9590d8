package org.newsdesk.ui.edition;

import java.io.File;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.stage.DirectoryChooser;
import org.newsdesk.export.RenderedEdition;

/** The right-hand side of the edition builder: pre-flight checks, the newsletter preview, and export. */
final class EditionOutputView {
    private final ToggleButton wide = new ToggleButton("Full width");
    private final EditionOutputViewModel viewModel;
    private final Consumer<UUID> openStory;
    private final Consumer<String> showDocument;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private WebView webView;

    EditionOutputView(EditionOutputViewModel viewModel, Consumer<UUID> openStory, Consumer<String> showDocument) {
        this.viewModel = viewModel;
        this.openStory = openStory;
        this.showDocument = showDocument;
        tabs.setId("outputTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab checks = new Tab("Pre-flight", preflightPane());
        checks.setId("preflightTab");
        Tab preview = new Tab("Preview", previewPane());
        preview.setId("previewTab");
        tabs.getTabs().addAll(checks, preview);
        viewModel.preflight().addListener((javafx.collections.ListChangeListener<PreflightItem>) change ->
                checks.setText(viewModel.preflight().isEmpty() ? "Pre-flight"
                        : "Pre-flight (" + viewModel.preflight().size() + ")"));
        root.setCenter(tabs);
        root.setBottom(exportBar());
        root.getStyleClass().add("output-pane");
        root.setMinWidth(320);
    }

    Node root() {
        return root;
    }

    void showPreview() {
        tabs.getSelectionModel().select(1);
    }

    private Node preflightPane() {
        Label summary = new Label();
        summary.setId("preflightSummaryLabel");
        summary.getStyleClass().add("preflight-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.preflightSummaryProperty());
        ListView<PreflightItem> list = new ListView<>(viewModel.preflight());
        list.setId("preflightList");
        // while the checks run, the empty list says so, not "Nothing to fix."
        Label none = new Label();
        none.textProperty().bind(Bindings.when(viewModel.busyProperty()).then("Checking the edition\u2026")
                .otherwise("Nothing to fix."));
        list.setPlaceholder(none);
        list.setCellFactory(view -> new PreflightCell());
        VBox pane = new VBox(8, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        pane.setPadding(new Insets(10));
        return pane;
    }

    /** A pre-flight item: what kind of problem, the story as a link to it, and what is wrong. */
    private final class PreflightCell extends ListCell<PreflightItem> {
        @Override
        protected void updateItem(PreflightItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label kind = new Label(item.kind());
            kind.getStyleClass().addAll("preflight-kind", item.kind().equals("not approved") ? "blocking" : "warning");
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Hyperlink story = new Hyperlink(item.headline());
            story.getStyleClass().add("preflight-story");
            story.setOnAction(event -> {
                if (item.storyId() != null) {
                    openStory.accept(item.storyId());
                }
            });
            Label message = new Label(item.message());
            message.setWrapText(true);
            message.getStyleClass().add("preflight-message");
            HBox head = new HBox(8, kind, story);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(2, head, message);
            // The line follows the list's width as it changes, so its sentence wraps instead of being cut off.
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            message.setMinHeight(Region.USE_PREF_SIZE);
            setGraphic(box);
            setText(null);
        }
    }

    /** Whether the preview has the whole width of the builder ("Full width" in its toolbar). */
    javafx.beans.property.BooleanProperty wideProperty() {
        return wide.selectedProperty();
    }

    private Node previewPane() {
        ToggleGroup widths = new ToggleGroup();
        ToggleButton desktop = new ToggleButton("Desktop");
        desktop.setId("desktopToggle");
        desktop.setTooltip(new Tooltip("600 px wide, as most mail apps on a computer show it"));
        ToggleButton phone = new ToggleButton("Phone");
        phone.setId("phoneToggle");
        phone.setTooltip(new Tooltip("375 px wide, as a phone shows it"));
        widths.getToggles().addAll(desktop, phone);
        widths.selectToggle(viewModel.phoneProperty().get() ? phone : desktop);
        widths.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                widths.selectToggle(was);
            } else {
                viewModel.phoneProperty().set(now == phone);
            }
        });
        wide.setId("wideToggle");
        wide.setTooltip(new Tooltip("Give the preview the whole width (the builder comes back when you turn it off)"));
        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("darkToggle");
        dark.setTooltip(new Tooltip("How the newsletter looks in a mail app's dark mode"));
        dark.selectedProperty().bindBidirectional(viewModel.darkProperty());
        Label size = new Label();
        size.setId("sizeLabel");
        size.textProperty().bind(viewModel.sizeTextProperty());
        size.getStyleClass().add("size-label");
        ProgressBar budget = new ProgressBar();
        budget.setId("budgetBar");
        budget.setPrefWidth(90);
        budget.progressProperty().bind(viewModel.budgetUsedProperty());
        budget.setTooltip(new Tooltip("Gmail clips messages over about 102 KB of HTML"));
        viewModel.overBudgetProperty().addListener((o, was, now) -> {
            size.getStyleClass().remove("over-budget");
            if (now) {
                size.getStyleClass().add("over-budget");
            }
        });
        for (javafx.scene.control.Control control : java.util.List.of(desktop, phone, dark, wide, size)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox segmented = new HBox(0, desktop, phone);
        HBox toolbar = new HBox(8, segmented, dark, wide, new Region(), budget, size);
        HBox.setHgrow(toolbar.getChildren().get(3), Priority.ALWAYS);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8, 10, 8, 10));

        webView = new WebView();
        webView.setId("previewWebView");
        // no script, no remote fetches (the newsletter's images come from the sources), no navigation
        org.newsdesk.ui.SafePreview safe = org.newsdesk.ui.SafePreview.of(webView,
                address -> org.newsdesk.ui.LinkOffer.offer(webView, address, showDocument));
        webView.setContextMenuEnabled(false);
        webView.prefWidthProperty().bind(Bindings.when(viewModel.phoneProperty())
                .then(EditionOutputViewModel.PHONE_WIDTH).otherwise(EditionOutputViewModel.DESKTOP_WIDTH));
        webView.maxWidthProperty().bind(webView.prefWidthProperty());
        webView.minWidthProperty().bind(webView.prefWidthProperty());
        javafx.scene.control.ToggleButton images = new javafx.scene.control.ToggleButton("Load images");
        images.setId("loadImagesToggle");
        images.setTooltip(new javafx.scene.control.Tooltip("Fetch the stories' images from their sites; until"
                + " then no source learns that the preview was opened."));
        images.selectedProperty().bindBidirectional(safe.remoteImagesProperty());
        images.setMinWidth(Region.USE_PREF_SIZE);
        toolbar.getChildren().add(2, images);
        viewModel.previewHtmlProperty().addListener((o, was, now) -> safe.show(now));
        safe.show(viewModel.previewHtmlProperty().get());
        StackPane stage = new StackPane(webView);
        stage.getStyleClass().add("preview-stage");
        stage.setAlignment(Pos.TOP_CENTER);
        stage.setPadding(new Insets(12));
        // Never narrower than the newsletter: a narrow pane scrolls sideways rather than cutting the page off.
        stage.minWidthProperty().bind(webView.prefWidthProperty().add(24));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(stage);
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");
        Label empty = new Label("The preview appears once the edition has stories.");
        empty.getStyleClass().add("hint");
        empty.visibleProperty().bind(viewModel.renderedProperty().isNull());
        StackPane center = new StackPane(scroll, empty);
        BorderPane pane = new BorderPane(center);
        pane.setTop(toolbar);
        return pane;
    }

    private Node exportBar() {
        Label folder = new Label();
        folder.setId("folderLabel");
        folder.getStyleClass().add("folder-label");
        folder.textProperty().bind(Bindings.createStringBinding(() -> viewModel.exportFolderProperty().get() == null
                ? "No export folder chosen" : viewModel.exportFolderProperty().get().toString(),
                viewModel.exportFolderProperty()));
        // a long path wraps rather than losing its end
        folder.setMinWidth(0);
        folder.setWrapText(true);
        folder.setMinHeight(Region.USE_PREF_SIZE);
        Button choose = new Button("Folder…");
        choose.setId("chooseFolderButton");
        choose.setOnAction(event -> chooseFolder());
        Button export = new Button("Export");
        export.setId("exportButton");
        export.getStyleClass().add("export-button");
        export.setTooltip(new Tooltip("Write the newsletter HTML, plain text and web page into the folder"));
        export.disableProperty().bind(viewModel.canExportProperty().not());
        export.setOnAction(event -> viewModel.export());
        Button copy = new Button("Copy HTML");
        copy.setId("copyHtmlButton");
        copy.setTooltip(new Tooltip("Copy the newsletter to paste into an email service"));
        copy.disableProperty().bind(viewModel.renderedProperty().isNull());
        copy.setOnAction(event -> copyNewsletter());
        Button web = new Button("Open web page");
        web.setId("openWebPageButton");
        web.disableProperty().bind(viewModel.renderedProperty().isNull().or(viewModel.busyProperty()));
        web.setOnAction(event -> viewModel.webPage(showDocument));
        Label message = new Label();
        message.setId("outputMessageLabel");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        HBox folderLine = new HBox(8, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        folder.setMaxWidth(Double.MAX_VALUE);
        folderLine.setAlignment(Pos.CENTER_LEFT);
        for (Button each : java.util.List.of(choose, export, copy, web)) {
            each.setMinWidth(Region.USE_PREF_SIZE);
        }
        // side by side while they fit, else on more lines: never a cut-off label
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, export, copy, web);
        VBox bar = new VBox(8, folderLine, buttons, message);
        bar.getStyleClass().add("export-bar");
        bar.setPadding(new Insets(10));
        return bar;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export the edition to");
        if (viewModel.exportFolderProperty().get() != null) {
            File current = viewModel.exportFolderProperty().get().toFile();
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
        }
        File chosen = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            viewModel.exportFolderProperty().set(chosen.toPath());
        }
    }

    private void copyNewsletter() {
        viewModel.files().ifPresent(files -> {
            ClipboardContent content = new ClipboardContent();
            content.putHtml(files.file(RenderedEdition.NEWSLETTER_HTML));
            content.putString(files.file(RenderedEdition.NEWSLETTER_TEXT));
            Clipboard.getSystemClipboard().setContent(content);
            viewModel.report("Copied the newsletter (" + EditionOutputViewModel.kilobytes(
                    files.bytes(RenderedEdition.NEWSLETTER_HTML)) + " of HTML, with its plain text) to the clipboard.");
        });
    }
}
