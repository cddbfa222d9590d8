package org.newsdesk.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The toolbar's "Also open: NAME" line (team mode): shown while someone else has the story open, advisory only. */
final class AlsoOpenLabel {
    private AlsoOpenLabel() {
    }

    /** A label that follows {@code line} and takes no room while it is empty. */
    static Label of(ObservableStringValue line) {
        Label alsoOpen = new Label();
        alsoOpen.setId("alsoOpenLabel");
        alsoOpen.getStyleClass().add("text-muted");
        alsoOpen.setGraphic(new FontIcon(Feather.USERS));
        alsoOpen.textProperty().bind(line);
        alsoOpen.visibleProperty().bind(Bindings.isNotEmpty(line));
        alsoOpen.managedProperty().bind(alsoOpen.visibleProperty());
        alsoOpen.setMinWidth(Region.USE_PREF_SIZE);
        alsoOpen.setTooltip(new Tooltip("Someone else has this story open too: advisory, nothing is locked."));
        return alsoOpen;
    }
}
