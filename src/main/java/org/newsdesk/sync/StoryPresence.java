package org.newsdesk.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Who else has the story this desk has open, kept live while it stays open: advisory, never a lock. The desk tells
 * the newsroom when it opens the story and again every {@link #HEARTBEAT} (the server forgets a desk it has not heard
 * from in two minutes, so a desk that crashed drops out by itself), and asks who else has it then and whenever the
 * server says a desk opened or closed this story. Everything runs on a thread of its own, on one connection kept
 * between calls; offline, the answer is nobody.
 */
public final class StoryPresence implements AutoCloseable {
    /** How often an open story is said to be open still, and who else has it asked again. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private final java.util.function.BooleanSupplier joined;
    private final Supplier<TeamServer> connect;
    private final Supplier<String> me;
    private final Duration heartbeat;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread worker = new Thread(task, "newsdesk-team-presence");
        worker.setDaemon(true);
        return worker;
    });
    /* Touched only on the presence thread. */
    private TeamServer server;
    private UUID story;
    private Consumer<List<String>> listener;
    private List<String> told;
    private ScheduledFuture<?> beat;

    /**
     * @param joined  whether this desk belongs to a team at all (asked on the presence thread)
     * @param connect a new connection as this desk's login
     * @param me      this desk's person, who is not "someone else"
     */
    public StoryPresence(java.util.function.BooleanSupplier joined, Supplier<TeamServer> connect, Supplier<String> me,
                         Duration heartbeat) {
        this.joined = joined;
        this.connect = connect;
        this.me = me;
        this.heartbeat = heartbeat;
    }

    /**
     * The desk opened {@code storyId} (closing the one it had open): {@code others} hears, on the presence thread,
     * the other people who have it open now and again whenever that changes, until another story opens or
     * {@link #closeStory()}.
     */
    public void open(UUID storyId, Consumer<List<String>> others) {
        submit(() -> {
            leave();
            if (!joined.getAsBoolean()) {
                return;
            }
            story = storyId;
            listener = others;
            told = null;
            beat = thread.scheduleWithFixedDelay(() -> safely(this::mark), 0, heartbeat.toMillis(),
                    TimeUnit.MILLISECONDS);
        });
    }

    /** The desk closed its story. */
    public void closeStory() {
        submit(this::leave);
    }

    /** The server said a desk opened or closed {@code storyId}: asks again when it is the story open here. */
    public void heard(UUID storyId) {
        submit(() -> {
            if (storyId.equals(story)) {
                safely(this::ask);
            }
        });
    }

    private void mark() {
        UUID marked = story;
        if (marked != null) {
            call("SELECT newsdesk.mark_open(?, true)", marked);
            ask();
        }
    }

    private void ask() {
        UUID asked = story;
        if (asked == null) {
            return;
        }
        List<String> others = connection().inTransaction(() -> {
            try (PreparedStatement select = server.connection().prepareStatement("SELECT person FROM"
                    + " newsdesk.presence WHERE story_id = ? AND person <> ? AND seen_at > now() - interval"
                    + " '2 minutes' ORDER BY person")) {
                select.setObject(1, asked);
                select.setString(2, me.get());
                List<String> people = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        people.add(rows.getString(1));
                    }
                }
                return people;
            }
        });
        tell(others);
    }

    private void leave() {
        if (beat != null) {
            beat.cancel(false);
            beat = null;
        }
        UUID left = story;
        story = null;
        listener = null;
        if (left != null) {
            safely(() -> call("SELECT newsdesk.mark_open(?, false)", left));
        }
    }

    private void tell(List<String> others) {
        if (listener != null && !others.equals(told)) {
            told = List.copyOf(others);
            listener.accept(told);
        }
    }

    private void call(String sql, UUID storyId) {
        connection().inTransaction(() -> {
            try (PreparedStatement call = server.connection().prepareStatement(sql)) {
                call.setObject(1, storyId);
                call.executeQuery().close();
            }
            return null;
        });
    }

    private TeamServer connection() {
        if (server == null || !server.isAlive()) {
            if (server != null) {
                server.close();
            }
            server = null;
            server = connect.get();
        }
        return server;
    }

    /** Offline or refused: nobody else is known to have it open; the next heartbeat tries again. */
    private void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException offline) {
            if (server != null) {
                server.close();
                server = null;
            }
            tell(List.of());
        }
    }

    private void submit(Runnable work) {
        if (!thread.isShutdown()) {
            try {
                thread.execute(work);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // closing: nothing more to say
            }
        }
    }

    @Override
    public void close() {
        submit(() -> {
            leave();
            if (server != null) {
                server.close();
                server = null;
            }
        });
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.shutdownNow();
    }
}
