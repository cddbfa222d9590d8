package org.newsdesk.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's notices: a line in the status bar, and a banner above the content that takes its own room (it
 * pushes the desks and the story down instead of covering their headers) and goes by itself (a notice after 5
 * seconds, a warning after 9), or at once with its close button.
 */
final class Notifications {
    private final Label statusLabel;
    private final Label text = new Label();
    private final FontIcon icon = new FontIcon(Feather.INFO);
    private final HBox banner;
    private final VBox box;
    private final PauseTransition timer = new PauseTransition(Duration.seconds(5));

    /** Notices for the window whose status bar is {@code statusLabel}, shown above {@code content}. */
    Notifications(Label statusLabel, Node content) {
        this.statusLabel = statusLabel;
        text.setId("noticeLabel");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("closeNoticeButton");
        close.getStyleClass().add("notice-close");
        close.setAccessibleText("Close the notice");
        close.setOnAction(click -> hide());
        banner = new HBox(10, icon, text, close);
        banner.setId("noticeBanner");
        banner.getStyleClass().add("notice-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setVisible(false);
        banner.managedProperty().bind(banner.visibleProperty());
        box = new VBox(banner, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        timer.setOnFinished(done -> hide());
    }

    /** The content with the banner above it, to put in the window. */
    Node node() {
        return box;
    }

    /** Whether a notice is on screen now. */
    boolean showing() {
        return banner.isVisible();
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

    private void show(String said, boolean isWarning) {
        timer.stop();
        icon.setIconCode(isWarning ? Feather.ALERT_TRIANGLE : Feather.INFO);
        banner.getStyleClass().removeAll("notice-warning", "notice-info");
        banner.getStyleClass().add(isWarning ? "notice-warning" : "notice-info");
        text.setText(said);
        banner.setVisible(true);
        timer.setDuration(Duration.seconds(isWarning ? 9 : 5));
        timer.playFromStart();
    }

    private void hide() {
        timer.stop();
        banner.setVisible(false);
    }
}
