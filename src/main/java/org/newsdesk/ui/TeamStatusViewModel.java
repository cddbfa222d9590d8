package org.newsdesk.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsdesk.app.TeamService;
import org.newsdesk.sync.LiveSync;

/**
 * The status bar's team line ("Online", "Offline – 3 changes waiting", "Sync problem – details") and the live
 * notices a sync brings ("Ed approved “Fentanyl talks”"); empty for a newsroom that is not part of a team.
 */
public final class TeamStatusViewModel {
    private final TeamService team;
    private final Worker worker;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final AtomicLong lastNotice = new AtomicLong();
    private boolean joined;
    private Consumer<List<TeamService.Notice>> onNotices = notices -> { };
    private Consumer<java.util.Set<String>> onPulled = kinds -> { };

    public TeamStatusViewModel(TeamService team, Worker worker) {
        this.team = team;
        this.worker = worker;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What went wrong, in full, for the status line's tooltip. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Called on the window's thread with new notices, oldest first. */
    public void onNotices(Consumer<List<TeamService.Notice>> listener) {
        this.onNotices = listener;
    }

    /**
     * Called on the window's thread, with the kinds of record ("story", "wire" …), when a sync brought changes made
     * elsewhere (a colleague's submission, an approval on another desk), so the screens that show them catch up.
     */
    public void onPulled(Consumer<java.util.Set<String>> listener) {
        this.onPulled = listener;
    }

    /** Starts live sync when this newsroom belongs to a team; notices older than now are not shown again. */
    public void start() {
        worker.run(() -> {
            if (!team.isJoined()) {
                return -1;
            }
            List<TeamService.Notice> seen = team.noticesAfter(0);
            lastNotice.set(seen.isEmpty() ? 0 : seen.get(seen.size() - 1).id());
            int waiting = team.status().waiting();
            team.startLive(this::stateChanged);
            return waiting;
        }, waiting -> {
            joined = waiting >= 0;
            if (waiting >= 0) {
                status.set(waiting > 0 ? "Connecting – " + waiting(waiting) : "Connecting…");
            }
        }, failed -> status.set("Sync problem – details"));
    }

    /** The person asked to sync now. */
    public void syncNow() {
        team.syncNow();
    }

    /** Heard on the sync thread; the notices are read by the worker and shown on the window's thread. */
    private void stateChanged(LiveSync.State state) {
        worker.run(() -> {
            List<TeamService.Notice> fresh = team.noticesAfter(lastNotice.get());
            if (!fresh.isEmpty()) {
                lastNotice.set(fresh.get(fresh.size() - 1).id());
            }
            return fresh;
        }, fresh -> show(state, fresh), failed -> show(state, List.of()));
    }

    private void show(LiveSync.State state, List<TeamService.Notice> fresh) {
        switch (state.kind()) {
            case ONLINE -> status.set(state.waiting() == 0 ? "Online" : "Online – " + waiting(state.waiting()));
            case OFFLINE -> status.set(state.waiting() == 0 ? "Offline" : "Offline – " + waiting(state.waiting()));
            case PROBLEM -> status.set("Sync problem – details");
        }
        problem.set(state.problem() == null ? "" : state.problem());
        if (!fresh.isEmpty()) {
            onNotices.accept(fresh);
        }
        if (state.lastReport() != null && !state.lastReport().changedElsewhere().isEmpty()) {
            onPulled.accept(state.lastReport().changedElsewhere());
        }
    }

    private static String waiting(int count) {
        return count + (count == 1 ? " change waiting" : " changes waiting");
    }
}
