package org.newsdesk.ui.review;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newsdesk.integrity.Finding;
import org.newsdesk.ui.editor.ProofreadArea;
import org.newsdesk.ui.editor.ProofreadingViewModel;

/**
 * The checks' findings beside Approve: what the writer was shown, so nothing is approved unseen. Picking one selects
 * its words in the summary (scrolled into view) and, for a quotation or copied run, scrolls the source to it.
 */
final class FindingsPane {
    private final ProofreadingViewModel proofreading;
    private final ProofreadArea body;
    private final SourcePane source;
    private final ListView<Finding> findingList = new ListView<>();
    private final VBox pane;

    FindingsPane(ProofreadingViewModel proofreading, ProofreadArea body, SourcePane source) {
        this.proofreading = proofreading;
        this.body = body;
        this.source = source;
        findingList.setId("findingList");
        findingList.setItems(proofreading.allFindings());
        findingList.setCellFactory(list -> new FindingCell());
        Label none = new Label();
        none.setWrapText(true);
        // while the first check loads LanguageTool, the list says so rather than "no findings"
        none.textProperty().bind(Bindings.when(proofreading.messageProperty().isEmpty())
                .then("No findings: quotes, copying, attribution, links, length, spelling and style are clean.")
                .otherwise(proofreading.messageProperty()));
        findingList.setPlaceholder(none);
        findingList.setPrefHeight(150);
        findingList.getSelectionModel().selectedItemProperty().addListener((o, was, finding) -> show(finding));
        Label title = new Label();
        title.setId("findingsTitle");
        title.getStyleClass().add("pane-caption");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            int count = proofreading.allFindings().size();
            return count == 0 ? "Checks" : count == 1 ? "Checks: 1 finding" : "Checks: " + count + " findings";
        }, proofreading.allFindings()));
        Label status = new Label();
        status.getStyleClass().add("muted");
        status.textProperty().bind(proofreading.messageProperty());
        HBox head = new HBox(12, title, status);
        pane = new VBox(4, head, findingList);
        pane.getStyleClass().add("findings-pane");
    }

    Node root() {
        return pane;
    }

    /** Selects the finding's words in the summary and, for a quotation, scrolls the source to its passage. */
    private void show(Finding finding) {
        if (finding == null) {
            return;
        }
        body.select(finding);
        String passage = finding.kind() == Finding.Kind.MISQUOTE || finding.kind() == Finding.Kind.COPIED
                ? finding.closest() : "";
        if (!passage.isBlank()) {
            source.scrollTo(passage);
        }
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
}
