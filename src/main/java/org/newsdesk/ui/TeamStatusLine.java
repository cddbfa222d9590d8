package org.newsdesk.ui;

import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Team mode in the window: the status line, and colleagues' changes as notices with the desks brought up to date. */
final class TeamStatusLine {
    private TeamStatusLine() {
    }

    /**
     * Shows {@code teamStatus} in {@code teamLabel}, runs {@code refreshDesk} when colleagues changed something
     * worth a notice, and tells {@code changedElsewhere} the kinds of record any sync brought from elsewhere.
     */
    static void show(Label teamLabel, TeamStatusViewModel teamStatus, Notifications notifications,
                     Runnable refreshDesk, Consumer<Set<String>> changedElsewhere) {
        teamLabel.textProperty().bind(teamStatus.statusProperty());
        Tooltip details = new Tooltip();
        details.textProperty().bind(teamStatus.problemProperty());
        teamLabel.tooltipProperty().bind(Bindings.when(teamStatus.problemProperty().isEmpty())
                .then((Tooltip) null).otherwise(details));
        teamStatus.onNotices(notices -> {
            notifications.notice(notices.get(notices.size() - 1).text());
            refreshDesk.run();
        });
        teamStatus.onPulled(changedElsewhere);
        teamStatus.start();
    }
}
