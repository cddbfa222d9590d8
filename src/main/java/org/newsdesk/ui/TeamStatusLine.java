package org.newsdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.newsdesk.ui.editor.StoryEditorViewModel;

/** Team mode in the window: the status line, and colleagues' changes as notices with the desks brought up to date. */
final class TeamStatusLine {
    private TeamStatusLine() {
    }

    /**
     * Shows {@code teamStatus} in {@code teamLabel}, tells who else has the open story open, and runs
     * {@code refreshDesk} when colleagues changed something.
     */
    static void show(Label teamLabel, TeamStatusViewModel teamStatus, StoryEditorViewModel editorViewModel,
                     Notifications notifications, Runnable refreshDesk) {
        teamLabel.textProperty().bind(teamStatus.statusProperty());
        Tooltip details = new Tooltip();
        details.textProperty().bind(teamStatus.problemProperty());
        teamLabel.tooltipProperty().bind(Bindings.when(teamStatus.problemProperty().isEmpty())
                .then((Tooltip) null).otherwise(details));
        teamStatus.onNotices(notices -> {
            notifications.notice(notices.get(notices.size() - 1).text());
            refreshDesk.run();
        });
        editorViewModel.storyProperty().addListener((observable, before, story) -> {
            boolean sameStory = before != null && story != null && before.id().equals(story.id());
            if (before != null && !sameStory) {
                teamStatus.storyOpened(before.id(), false, others -> { });
            }
            if (story != null && !sameStory) {
                String headline = story.headline();
                teamStatus.storyOpened(story.id(), true, others -> notifications.notice(String.join(", ", others)
                        + (others.size() == 1 ? " also has " : " also have ") + "\u201c" + headline
                        + "\u201d open."));
            }
        });
        teamStatus.start();
    }
}
