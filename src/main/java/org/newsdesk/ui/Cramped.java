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
        // squeezed to its narrowest, a screen's sentences wrap onto more lines and keep every one
        Whole.sentences(screen);
        screen.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(() -> Whole.sentences(screen));
            }
        });
        ScrollPane scroll = new ScrollPane(screen);
        scroll.getStyleClass().add("cramped-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.viewportBoundsProperty().addListener((observable, before, viewport) -> {
            if (screen instanceof Region region) {
                boolean wide = viewport.getWidth() >= region.minWidth(-1);
                boolean tall = viewport.getHeight() >= region.minHeight(-1);
                scroll.setFitToWidth(wide);
                scroll.setFitToHeight(tall);
                // Cramped, the screen takes no more than it needs: its panes keep their share of the room in view
                // instead of spreading over a width that must be scrolled to.
                region.setPrefWidth(wide ? Region.USE_COMPUTED_SIZE : region.minWidth(-1));
                region.setPrefHeight(tall ? Region.USE_COMPUTED_SIZE : region.minHeight(-1));
            }
        });
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    /**
     * Keeps {@code column} within the room its parent gives it: a column too short for everything it holds (a narrow
     * window at a big text size) hides its end, instead of growing past its parent (a split pane then centres it,
     * over the toolbar above).
     */
    public static void clipToBounds(Region column) {
        column.setMinHeight(0);
        javafx.scene.shape.Rectangle bounds = new javafx.scene.shape.Rectangle();
        bounds.widthProperty().bind(column.widthProperty());
        bounds.heightProperty().bind(column.heightProperty());
        column.setClip(bounds);
    }
}
