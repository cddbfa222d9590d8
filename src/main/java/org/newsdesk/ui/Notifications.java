package org.newsdesk.ui;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's notices: a line in the status bar, and a banner over the content that goes by itself (a notice
 * after 5 seconds, a warning after 9).
 */
final class Notifications {
    private final Label statusLabel;
    private final NotificationPane pane;
    private final PauseTransition timer = new PauseTransition(Duration.seconds(5));

    /** Notices for the window whose status bar is {@code statusLabel}, shown over {@code content}. */
    Notifications(Label statusLabel, Node content) {
        this.statusLabel = statusLabel;
        this.pane = new NotificationPane(content);
        pane.setId("notificationPane");
        pane.setShowFromTop(true);
        pane.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        timer.setOnFinished(done -> pane.hide());
    }

    /** The content with the banner over it, to put in the window. */
    Node node() {
        return pane;
    }

    /** Says what is going on in the status bar only. */
    void status(String text) {
        statusLabel.setText(text);
    }

    /** A quiet notice in the status bar and the banner. */
    void notice(String text) {
        statusLabel.setText(text);
        show(text, false);
    }

    /** A warning in the status bar and the banner, shown longer. */
    void warning(String text) {
        statusLabel.setText(text);
        show(text, true);
    }

    private void show(String text, boolean isWarning) {
        timer.stop();
        FontIcon icon = new FontIcon(isWarning ? Feather.ALERT_TRIANGLE : Feather.INFO);
        pane.getStyleClass().removeAll("notice-warning", "notice-info");
        pane.getStyleClass().add(isWarning ? "notice-warning" : "notice-info");
        pane.show(text, icon);
        timer.setDuration(Duration.seconds(isWarning ? 9 : 5));
        timer.playFromStart();
    }
}
