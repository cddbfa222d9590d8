package org.newsdesk.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.newsdesk.ui.editor.QuoteFlag;

/** Asks before a story whose quotations are not in its source goes for review. */
final class MisquoteDialog {
    private MisquoteDialog() {
    }

    /** Lists {@code flags} over {@code owner}; true when the writer chooses to submit anyway. */
    static boolean submitAnyway(List<QuoteFlag> flags, Window owner) {
        StringBuilder listed = new StringBuilder();
        for (QuoteFlag flag : flags) {
            listed.append("\u2022 \u201C").append(flag.quote()).append("\u201D\n");
        }
        ButtonType submitAnyway = new ButtonType("Submit anyway", ButtonBar.ButtonData.OK_DONE);
        ButtonType keepEditing = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, listed.toString().strip(), keepEditing, submitAnyway);
        alert.setTitle("Quotations not in the source");
        alert.setHeaderText(flags.size() == 1 ? "This quotation is not in the source:"
                : "These " + flags.size() + " quotations are not in the source:");
        alert.initOwner(owner);
        return alert.showAndWait().filter(submitAnyway::equals).isPresent();
    }
}
