package org.newsdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.newsdesk.App;
import org.newsdesk.bench.BenchmarkReport;
import org.newsdesk.bench.BenchmarkReport.Measurement;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;
import org.newsdesk.sync.Credentials;
import org.newsdesk.sync.LiveSync;
import org.newsdesk.sync.Logins;
import org.newsdesk.sync.ServerAddress;
import org.newsdesk.sync.TeamSchema;
import org.newsdesk.sync.TeamServer;
import org.newsdesk.sync.TeamSync;

/**
 * The bench command's team-mode rows, against a real PostgreSQL server: how soon a save on one desk is visible on
 * another (both online), how long an empty replica takes to catch up on 10,000 changes, and how long 1,000 edits made
 * offline take to push. Everything runs in a throwaway database (and roles) dropped afterwards.
 */
public final class TeamBenchmark {
    private static final int CATCH_UP_CHANGES = 10_000;
    private static final int OFFLINE_EDITS = 1_000;
    private static final int LATENCY_SAMPLES = 60;
    /** Wall time on a shared machine includes waiting for a processor; CPU time shows the desk's own work. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final ServerAddress server;
    private final String admin;
    private final String password;
    private final boolean plainText;
    private final Path folder;
    private final Consumer<String> progress;

    /**
     * @param server a maintenance database on the server (the bench makes its own database beside it)
     * @param admin  a login that may create databases and roles
     */
    public TeamBenchmark(ServerAddress server, String admin, String password, boolean plainText, Path folder,
                         Consumer<String> progress) {
        this.server = server;
        this.admin = admin;
        this.password = password;
        this.plainText = plainText;
        this.folder = folder;
        this.progress = progress;
    }

    public BenchmarkReport run() throws Exception {
        String suffix = String.format("%08x", new java.security.SecureRandom().nextInt());
        String database = "newsdesk_bench_" + suffix;
        String writerRole = "newsdesk_writer_bench_" + suffix;
        String editorRole = "newsdesk_editor_bench_" + suffix;
        String wendyLogin = "wendy_bench_" + suffix;
        ServerAddress team = new ServerAddress(server.host(), server.port(), database);
        try (TeamServer maintenance = TeamServer.connect(server, admin, password, plainText)) {
            TeamSchema.createDatabase(maintenance, database);
        }
        try {
            return measure(team, writerRole, editorRole, wendyLogin);
        } finally {
            try (TeamServer maintenance = TeamServer.connect(server, admin, password, plainText)) {
                TeamSchema.dropDatabaseAndRoles(maintenance, database, List.of(wendyLogin, writerRole, editorRole));
            }
        }
    }

    private BenchmarkReport measure(ServerAddress team, String writerRole, String editorRole, String wendyLogin)
            throws Exception {
        List<Measurement> figures = new ArrayList<>();
        try (App ed = new App(Database.open(folder.resolve("editor.db")), Clock.systemUTC());
             TeamServer edServer = TeamServer.connect(team, admin, password, plainText)) {
            ed.people().welcome("Ed");
            ed.team().create(edServer, "Ed", writerRole, editorRole);
            String oneTimePassword = ed.team().setPerson(edServer, "Wendy", "WRITER", wendyLogin);
            String wendyPassword = "bench-" + UUID.randomUUID();
            Logins.replaceOneTimePassword(TeamServer.connect(team, wendyLogin, oneTimePassword, plainText),
                    () -> wendyPassword).close();

            progress.accept("Making " + CATCH_UP_CHANGES + " changes on the team server…");
            List<UUID> stories = makeChanges(edServer);

            progress.accept("Catching up an empty replica…");
            try (App wendy = new App(Database.open(folder.resolve("writer.db")), Clock.systemUTC())) {
                long start = System.nanoTime();
                long cpuStart = CPU.getCurrentThreadCpuTime();
                try (TeamServer wendyServer = TeamServer.connect(team, wendyLogin, wendyPassword, plainText)) {
                    TeamSync.Report joined = wendy.team().join(wendyServer);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                    if (joined.pulled() < CATCH_UP_CHANGES) {
                        throw new IllegalStateException("The replica pulled only " + joined.pulled() + " changes.");
                    }
                    figures.add(new Measurement("teamCatchUp10kSeconds", "Catch up 10,000 changes (empty replica)",
                            seconds, "s", 5.0, false));
                    figures.add(new Measurement("teamCatchUp10kCpuSeconds", "  of which CPU time on this desk",
                            cpuSeconds, "s", null, false));
                }

                progress.accept("Pushing " + OFFLINE_EDITS + " offline edits…");
                ed.team().sync(edServer);
                for (int i = 0; i < OFFLINE_EDITS; i++) {
                    Story story = ed.storyService().find(stories.get(i)).orElseThrow();
                    ed.storyService().save("Ed", story.withText(story.headline(), story.body() + " Offline edit."));
                }
                int waiting = ed.team().status().waiting();
                start = System.nanoTime();
                long pushCpuStart = CPU.getCurrentThreadCpuTime();
                TeamSync.Report pushed = ed.team().sync(edServer);
                double pushSeconds = (System.nanoTime() - start) / 1e9;
                double pushCpuSeconds = (CPU.getCurrentThreadCpuTime() - pushCpuStart) / 1e9;
                if (pushed.waiting() != 0 || pushed.pushed() < OFFLINE_EDITS) {
                    throw new IllegalStateException("Only " + pushed.pushed() + " of " + waiting + " changes went.");
                }
                figures.add(new Measurement("teamPush1000OfflineEditsSeconds",
                        "Push 1,000 offline edits (" + waiting + " outbox rows)", pushSeconds, "s", 5.0, false));
                figures.add(new Measurement("teamPush1000CpuSeconds", "  of which CPU time on this desk",
                        pushCpuSeconds, "s", null, false));
                try (TeamServer wendyServer = TeamServer.connect(team, wendyLogin, wendyPassword, plainText)) {
                    wendy.team().sync(wendyServer);
                }

                progress.accept("Timing save-to-visible between two online desks…");
                List<Double> latencies = latency(ed, wendy, stories.get(OFFLINE_EDITS), password, wendyPassword);
                Collections.sort(latencies);
                figures.add(new Measurement("teamVisibleP50Ms", "Save on one desk, visible on another: p50",
                        percentile(latencies, 50), "ms", null, false));
                figures.add(new Measurement("teamVisibleP95Ms", "Save on one desk, visible on another: p95",
                        percentile(latencies, 95), "ms", 500.0, false));
            }
        }
        long replicaBytes = java.nio.file.Files.size(folder.resolve("writer.db"));
        return new BenchmarkReport(CATCH_UP_CHANGES / 5, replicaBytes, figures);
    }

    /** 2,000 of Wendy's drafts, each then saved four times by the editor: 10,000 numbered changes. */
    private static List<UUID> makeChanges(TeamServer server) {
        List<UUID> stories = new ArrayList<>();
        int creates = CATCH_UP_CHANGES / 5;
        List<TeamServer.Op> batch = new ArrayList<>();
        for (int i = 0; i < creates; i++) {
            UUID id = UUID.randomUUID();
            stories.add(id);
            batch.add(new TeamServer.Op(UUID.randomUUID(), "story", "CREATE", id.toString(), 0, TeamServer.json(
                    Map.of("headline", "Story " + i, "body", "A synthetic summary of about twenty words, written"
                            + " for the benchmark so that every change carries a body.", "author", "Wendy"))));
            if (batch.size() == 500) {
                server.apply(batch);
                batch.clear();
            }
        }
        for (int take = 1; take <= 4; take++) {
            for (int i = 0; i < creates; i++) {
                batch.add(new TeamServer.Op(UUID.randomUUID(), "story", "SAVE", stories.get(i).toString(), take,
                        TeamServer.json(Map.of("headline", "Story " + i, "body", "Take " + take
                                + ": a synthetic summary of about twenty words, written for the benchmark."))));
                if (batch.size() == 500) {
                    server.apply(batch);
                    batch.clear();
                }
            }
        }
        server.apply(batch);
        return stories;
    }

    private static List<Double> latency(App editorDesk, App writerDesk, UUID storyId, String editorPassword,
                                        String wendyPassword) throws Exception {
        AtomicReference<String> awaited = new AtomicReference<>();
        AtomicReference<CompletableFuture<Long>> seen = new AtomicReference<>(new CompletableFuture<>());
        Credentials editorLogin = Credentials.fixed(editorPassword);
        List<Double> latencies = new ArrayList<>();
        try (LiveSync writer = new LiveSync(writerDesk.team(), writerDesk.stores().database(),
                Credentials.fixed(wendyPassword), Duration.ofSeconds(30), state -> {
                    String wanted = awaited.get();
                    if (wanted != null && writerDesk.storyService().find(storyId).map(Story::body).orElse("")
                            .equals(wanted)) {
                        seen.get().complete(System.nanoTime());
                    }
                }).start();
             LiveSync editor = new LiveSync(editorDesk.team(), editorDesk.stores().database(), editorLogin,
                     Duration.ofSeconds(30), state -> { }).start()) {
            Thread.sleep(1500);
            for (int i = 0; i < LATENCY_SAMPLES + 5; i++) {
                Story story = editorDesk.storyService().find(storyId).orElseThrow();
                String body = "Latency sample " + i + ".";
                CompletableFuture<Long> arrival = new CompletableFuture<>();
                seen.set(arrival);
                awaited.set(body);
                long start = System.nanoTime();
                editorDesk.storyService().save("Ed", story.withText(story.headline(), body));
                long end = arrival.get(10, TimeUnit.SECONDS);
                if (i >= 5) {
                    latencies.add((end - start) / 1e6);
                }
                Thread.sleep(50);
            }
        }
        return latencies;
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
