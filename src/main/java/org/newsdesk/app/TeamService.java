package org.newsdesk.app;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.newsdesk.store.Database;
import org.newsdesk.store.ReplicaStore;
import org.newsdesk.sync.Credentials;
import org.newsdesk.sync.LiveSync;
import org.newsdesk.sync.TeamSync;

/**
 * Team mode for the desktop app: whether this file belongs to a team, keeping it in step while the window is open
 * (on the sync's own threads, never the window's), and the notices a sync leaves for the person.
 */
public final class TeamService implements AutoCloseable {
    /** How often a desk pulls even when no notification came. */
    public static final Duration PERIODIC_PULL = Duration.ofSeconds(30);

    private final TeamSync team;
    private final Database database;
    private final ReplicaStore replica;
    private final Credentials credentials;
    private LiveSync live;

    /** The password comes from {@code PGPASSWORD} or a private {@code .pgpass} file; the app never stores one. */
    public TeamService(TeamSync team, Database database) {
        this(team, database, new Credentials(System.getenv(), null, null));
    }

    public TeamService(TeamSync team, Database database, Credentials credentials) {
        this.team = team;
        this.database = database;
        this.replica = new ReplicaStore(database);
        this.credentials = credentials;
    }

    public boolean isJoined() {
        return team.link().isPresent();
    }

    public TeamSync.Status status() {
        return team.status();
    }

    /**
     * Starts keeping this desk in step with its team, when it belongs to one; {@code listener} hears where it stands
     * after every attempt, on the sync thread.
     */
    public synchronized void startLive(Consumer<LiveSync.State> listener) {
        if (live != null || !isJoined()) {
            return;
        }
        live = new LiveSync(team, database, credentials, PERIODIC_PULL, listener).start();
    }

    /** Push and pull now rather than at the next nudge. */
    public synchronized void syncNow() {
        if (live != null) {
            live.syncNow();
        }
    }

    /** Something a sync wants the person to know: a colleague's approval, a conflict kept as a revision. */
    public record Notice(long id, String text, java.util.UUID storyId, Long revisionId) {
    }

    /** Notices newer than {@code afterId}, oldest first. */
    public List<Notice> noticesAfter(long afterId) {
        return replica.notices(afterId, 50).stream()
                .map(n -> new Notice(n.id(), n.text(), n.storyId(), n.revisionId())).toList();
    }

    @Override
    public synchronized void close() {
        if (live != null) {
            live.close();
            live = null;
        }
    }
}
