package org.newsdesk.ui.editor;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** One flagged quotation: the quote, why, and the closest wording of the source. */
final class MisquoteCell extends ListCell<QuoteFlag> {
    @Override
    protected void updateItem(QuoteFlag flag, boolean empty) {
        super.updateItem(flag, empty);
        if (empty || flag == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setPrefWidth(0);
        Label quote = new Label("\u201C" + flag.quote() + "\u201D");
        quote.setWrapText(true);
        quote.getStyleClass().add("misquote-quote");
        Label detail = new Label(flag.message());
        setTooltip(flag.closest().isBlank() ? null
                : new Tooltip("Closest in the source: \u201C" + flag.closest() + "\u201D"));
        detail.getStyleClass().add("misquote-detail");
        detail.setWrapText(true);
        VBox box = new VBox(0, quote, detail);
        setText(null);
        setGraphic(box);
    }
}
