package org.newsdesk.app;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.newsdesk.store.Database;
import org.newsdesk.store.ReplicaStore;
import org.newsdesk.sync.Credentials;
import org.newsdesk.sync.LiveSync;
import org.newsdesk.sync.StoryPresence;
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
    private final StoryPresence presence;
    private final java.util.concurrent.ExecutorService network = java.util.concurrent.Executors.newSingleThreadExecutor(
            task -> {
                Thread thread = new Thread(task, "newsdesk-team-settings");
                thread.setDaemon(true);
                return thread;
            });

    /** A password typed in Settings › Team: kept in memory for this session only, never written anywhere. */
    private volatile String typedPassword;

    /**
     * The password comes from {@code PGPASSWORD}, a private {@code .pgpass} file, or what the person typed in
     * Settings › Team this session; the app never stores one.
     */
    public TeamService(TeamSync team, Database database) {
        this.team = team;
        this.database = database;
        this.replica = new ReplicaStore(database);
        this.credentials = new Credentials(System.getenv(), null,
                () -> typedPassword == null ? null : typedPassword.toCharArray());
        this.presence = presence();
    }

    public TeamService(TeamSync team, Database database, Credentials credentials) {
        this.team = team;
        this.database = database;
        this.replica = new ReplicaStore(database);
        this.credentials = credentials;
        this.presence = presence();
    }

    private StoryPresence presence() {
        return new StoryPresence(this::isJoined, () -> team.connect(credentials), () -> team.status().person(),
                StoryPresence.HEARTBEAT);
    }

    public boolean isJoined() {
        return team.link().isPresent();
    }

    /** The person this desk is in its team, or empty for a lone newsroom. */
    public java.util.Optional<String> person() {
        return team.link().map(TeamSync.Link::person);
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
        live = new LiveSync(team, database, credentials, PERIODIC_PULL, listener, presence::heard).start();
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

    /**
     * This desk has {@code storyId} open: the newsroom is told (and told again while it stays open), and
     * {@code others} hears, on the team's own thread, who else has it open now and whenever that changes (advisory
     * only, never a lock; offline, nobody). Nothing happens on a lone newsroom.
     */
    public void storyOpened(java.util.UUID storyId, Consumer<List<String>> others) {
        presence.open(storyId, others);
    }

    /** This desk closed its story (or opened none). */
    public void storyClosed() {
        presence.closeStory();
    }

    /**
     * Settings › Team: makes this newsroom a team on {@code server} as {@code admin} (a login with CREATEROLE), with
     * {@code founder} its first editor; runs on the team's own thread and answers with one sentence.
     */
    public java.util.concurrent.CompletableFuture<String> create(String server, String admin, String password,
                                                                   String founder) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            org.newsdesk.sync.ServerAddress address = org.newsdesk.sync.ServerAddress.parse(server);
            try (org.newsdesk.sync.TeamServer connection = org.newsdesk.sync.TeamServer.connect(address, admin,
                    password, false)) {
                TeamSync.Report report = team.create(connection, founder, "newsdesk_writer", "newsdesk_editor");
                typedPassword = password;
                return "Created the team newsroom on " + address + "; " + founder + " is its first editor. Pushed "
                        + report.pushed() + " records.";
            }
        }, network);
    }

    /** Settings › Team: makes this new, empty newsroom a replica of the team on {@code server} as {@code login}. */
    public java.util.concurrent.CompletableFuture<String> join(String server, String login, String password) {
        return join(server, login, password, null);
    }

    /**
     * Joins as {@link #join(String, String, String)} does; a login that still has its one-time password takes
     * {@code newPassword} (at least {@link org.newsdesk.sync.Logins#SHORTEST_PASSWORD} characters) as its own first,
     * and without one the answer says so.
     */
    public java.util.concurrent.CompletableFuture<String> join(String server, String login, String password,
                                                                 String newPassword) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            org.newsdesk.sync.ServerAddress address = org.newsdesk.sync.ServerAddress.parse(server);
            java.util.concurrent.atomic.AtomicBoolean replaced = new java.util.concurrent.atomic.AtomicBoolean();
            try (org.newsdesk.sync.TeamServer connection = org.newsdesk.sync.Logins.replaceOneTimePassword(
                    org.newsdesk.sync.TeamServer.connect(address, login, password, false), () -> {
                        if (newPassword == null || newPassword.isEmpty()) {
                            throw new org.newsdesk.sync.SyncException(TeamSync.ONE_TIME_PASSWORD);
                        }
                        replaced.set(true);
                        return newPassword;
                    })) {
                TeamSync.Report report = team.join(connection);
                typedPassword = replaced.get() ? newPassword : password;
                return "Joined the team newsroom on " + address + " as " + team.status().person() + "; pulled "
                        + report.pulled() + " changes.";
            }
        }, network);
    }

    /**
     * Settings › Team: an editor adds a person (or changes their role) with their own login, and the answer names
     * the login and its one-time password, to be passed on once.
     */
    public java.util.concurrent.CompletableFuture<String> setPerson(String name, org.newsdesk.model.Role role) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            String login = TeamSync.loginFor(name.strip());
            try (org.newsdesk.sync.TeamServer connection = team.connect(credentials)) {
                String password = team.setPerson(connection, name.strip(), role.name(), login);
                return name.strip() + " is " + (role == org.newsdesk.model.Role.EDITOR ? "an editor" : "a writer")
                        + ", login " + login + ", one-time password " + password + " (shown only now, valid 7 days).";
            }
        }, network);
    }

    @Override
    public synchronized void close() {
        network.shutdownNow();
        presence.close();
        if (live != null) {
            live.close();
            live = null;
        }
    }
}
