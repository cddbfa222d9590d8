package org.newsdesk.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.newsdesk.app.OutsideLinks;

/**
 * Links from clips, packages and previews leave the app only as http, https or mailto, and a link clicked inside a
 * preview is offered to the system browser rather than followed; anything else is refused with a sentence.
 */
public final class LinkOffer {
    private LinkOffer() {
    }

    /** Opens {@code address} with {@code open} (the system browser) if it may leave the app; else says why not. */
    public static void open(Node from, String address, Consumer<String> open) {
        OutsideLinks.refusal(address).ifPresentOrElse(reason -> refuse(from, reason), () -> open.accept(address));
    }

    /** Asks whether to open a link clicked in a preview in the system browser. */
    public static void offer(Node from, String address, Consumer<String> open) {
        if (OutsideLinks.refusal(address).isPresent()) {
            open(from, address, open);
            return;
        }
        ButtonType browser = new ButtonType("Open in browser", ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, address, browser, ButtonType.CANCEL);
        alert.setTitle("Open link");
        alert.setHeaderText("The preview does not follow links. Open this one in your browser?");
        owner(alert, from);
        if (alert.showAndWait().orElse(ButtonType.CANCEL) == browser) {
            open.accept(address);
        }
    }

    private static void refuse(Node from, String reason) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, reason, ButtonType.OK);
        alert.setTitle("Link not opened");
        alert.setHeaderText("This link was not opened");
        alert.getDialogPane().setId("linkRefusedDialog");
        owner(alert, from);
        alert.show();
    }

    private static void owner(Alert alert, Node from) {
        if (from != null && from.getScene() != null && from.getScene().getWindow() != null) {
            alert.initOwner(from.getScene().getWindow());
        }
    }
}
