package org.newsdesk.ui;

import javafx.scene.Node;

/** Clipping into the newsroom from the window: a web address, a saved page, or a link dropped on the window. */
final class ClipIn {
    private final MainWindow window;

    ClipIn(MainWindow window) {
        this.window = window;
    }

    void askForUrl() {
        window.notice("Clipping needs the clipping service, which this build does not have yet.");
    }

    void askForFile() {
        askForUrl();
    }

    void retryPending() {
        askForUrl();
    }

    void acceptDrops(Node target) {
        target.setOnDragOver(drag -> drag.consume());
    }
}
