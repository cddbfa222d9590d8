package org.newsdesk.sync;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.newsdesk.store.Database;
import org.newsdesk.store.ReplicaStore;

/**
 * Keeps a desk in step with its team while it runs, on threads of its own: pushes soon after a local save leaves
 * something in the outbox, pulls as soon as the server's NOTIFY says a change committed, and pulls every
 * {@code period} anyway, so a lost notification costs a delay, never data. Offline is normal: it retries with a
 * growing pause and reports where it stands.
 */
public final class LiveSync implements AutoCloseable {
    /** Where the desk stands: online with nothing waiting, offline with changes waiting, or a problem to show. */
    public record State(Kind kind, int waiting, String problem, TeamSync.Report lastReport) {
        public enum Kind { ONLINE, OFFLINE, PROBLEM }
    }

    private final TeamSync team;
    private final ReplicaStore replica;
    private final Credentials credentials;
    private final Duration period;
    private final Consumer<State> listener;
    private final Consumer<java.util.UUID> presence;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean notified = new AtomicBoolean(true);
    private final Thread worker;
    private volatile TeamServer listening;
    private volatile Thread listenerThread;

    /**
     * @param listener told after every sync attempt (on the sync thread: hand it to the window's thread yourself)
     */
    public LiveSync(TeamSync team, Database database, Credentials credentials, Duration period,
                    Consumer<State> listener) {
        this(team, database, credentials, period, listener, story -> { });
    }

    /**
     * @param listener told after every sync attempt (on the sync thread: hand it to the window's thread yourself)
     * @param presence told, on the listening thread, the story a desk just opened or closed (see StoryPresence)
     */
    public LiveSync(TeamSync team, Database database, Credentials credentials, Duration period,
                    Consumer<State> listener, Consumer<java.util.UUID> presence) {
        this.team = team;
        this.presence = presence;
        this.replica = new ReplicaStore(database);
        this.credentials = credentials;
        this.period = period;
        this.listener = listener;
        database.afterCommit(wake::release);
        this.worker = new Thread(this::work, "newsdesk-team-sync");
        this.worker.setDaemon(true);
    }

    public LiveSync start() {
        worker.start();
        return this;
    }

    /** Asks for a sync now (the person pressed Sync). */
    public void syncNow() {
        notified.set(true);
        wake.release();
    }

    private void work() {
        long pause = 1000;
        TeamServer server = null;
        while (running.get()) {
            try {
                Thread listenerNow = listenerThread;
                if (server == null || !server.isAlive() || listenerNow == null || !listenerNow.isAlive()) {
                    closeQuietly(server);
                    server = team.connect(credentials);
                    startListening();
                }
                boolean pull = notified.getAndSet(false);
                if (pull || replica.pendingCount() > 0) {
                    TeamSync.Report report = team.sync(server);
                    listener.accept(new State(State.Kind.ONLINE, report.waiting(), null, report));
                }
                pause = 1000;
                if (wake.tryAcquire(period.toMillis(), TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                } else {
                    notified.set(true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                closeQuietly(server);
                server = null;
                stopListening();
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                team.recordProblem(message);
                boolean unreachable = e.getCause() instanceof java.sql.SQLException sql
                        && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
                listener.accept(new State(unreachable ? State.Kind.OFFLINE : State.Kind.PROBLEM,
                        replica.pendingCount(), message, null));
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
                pause = Math.min(30_000, pause * 2);
                notified.set(true);
            }
        }
        closeQuietly(server);
        stopListening();
    }

    /** A second connection that only waits for the server's "pull now". */
    private void startListening() {
        stopListening();
        TeamServer connection = team.connect(credentials);
        connection.listen();
        listening = connection;
        Thread thread = new Thread(() -> {
            while (running.get() && listening == connection) {
                try {
                    boolean pull = false;
                    for (TeamServer.Notification heard : connection.awaitNotifications(1000)) {
                        if (heard.isPresence()) {
                            presence.accept(java.util.UUID.fromString(heard.payload()));
                        } else {
                            pull = true;
                        }
                    }
                    if (pull) {
                        notified.set(true);
                        wake.release();
                    }
                } catch (RuntimeException lost) {
                    notified.set(true);
                    wake.release();
                    return;
                }
            }
        }, "newsdesk-team-listen");
        thread.setDaemon(true);
        listenerThread = thread;
        thread.start();
    }

    private void stopListening() {
        TeamServer connection = listening;
        listening = null;
        closeQuietly(connection);
    }

    private static void closeQuietly(TeamServer server) {
        if (server != null) {
            server.close();
        }
    }

    @Override
    public void close() {
        running.set(false);
        wake.release();
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopListening();
    }
}
