package org.newsdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A screen that cannot shrink any further scrolls instead of being cut off: in a small window or at a big text
 * size the review queue or the edition builder gets scroll bars, and fills the area exactly whenever it fits.
 */
public final class Cramped {
    private Cramped() {
    }

    /** {@code screen} in a scroll pane that stretches it to the viewport whenever the viewport is big enough. */
    public static ScrollPane scrollWhenCramped(Node screen) {
        ScrollPane scroll = new ScrollPane(screen);
        scroll.getStyleClass().add("cramped-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.viewportBoundsProperty().addListener((observable, before, viewport) -> {
            if (screen instanceof Region region) {
                scroll.setFitToWidth(viewport.getWidth() >= region.minWidth(-1));
                scroll.setFitToHeight(viewport.getHeight() >= region.minHeight(-1));
            }
        });
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }
}
