package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;
import org.newsdesk.store.ReplicaStore;

/**
 * Two, then five desks in their own processes edit the same stories and edition, syncing at random while their
 * connections are cut and their processes killed with SIGKILL. In the end every desk's file holds exactly what the
 * server holds, and every save a desk acknowledged is in the newsroom (in the story, or kept as a revision of it).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ManyDesksTest {
    private static final int ROUNDS = 12;
    private static final List<String> PEOPLE = List.of("Wendy", "Eve", "Emma", "Walt", "Ella");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path folder;
    private TeamFixture team;
    private final List<Process> processes = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void drop() throws Exception {
        processes.forEach(Process::destroyForcibly);
        if (team != null) {
            team.close();
        }
    }

    /** One child process and everything it printed. */
    private final class Desk {
        final String person;
        final Path db;
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Process process;
        int runs;

        Desk(String person, Path db) {
            this.person = person;
            this.db = db;
        }

        void start(Path passwords, List<UUID> drafts, List<UUID> approved, int rounds, long seed) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), TeamDesk.class.getName(),
                    db.toString(), passwords.toString(), person, String.valueOf(seed), String.valueOf(rounds),
                    join(drafts), join(approved), DAY.toString()));
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(folder.resolve(person + ".err").toFile()))
                    .start();
            processes.add(process);
            runs++;
            Process mine = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(mine.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // the process was killed; what it printed before is kept
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        boolean done() {
            return !process.isAlive() && lines.contains("DONE");
        }
    }

    private static String join(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    @ParameterizedTest(name = "{0} desks")
    @ValueSource(ints = {2, 5})
    void desksKilledAndCutOffStillEndIdenticalWithNoAcknowledgedSaveLost(int count) throws Exception {
        team = TeamFixture.empty();
        Random random = new Random(count * 7919L);
        List<UUID> drafts = new ArrayList<>();
        List<UUID> approved = new ArrayList<>();
        Map<String, String> logins = new LinkedHashMap<>();
        Map<String, String> passwords = new LinkedHashMap<>();
        try (App ed = new App(Database.open(folder.resolve("ed.db")), Clock.systemUTC());
             TeamServer edServer = team.connectAdmin()) {
            ed.people().welcome("Ed");
            for (String person : PEOPLE.subList(0, count)) {
                ed.people().add("Ed", person, person.startsWith("W") ? Role.WRITER : Role.EDITOR);
            }
            for (int i = 0; i < 3; i++) {
                // Wendy's drafts: she and every editor may edit them; another writer's saves are refused locally.
                Story draft = ed.stores().stories().insert(Story.draft("Wendy", "Shared story " + i, "Start " + i + ".",
                        List.of(), java.time.Instant.now()));
                drafts.add(draft.id());
            }
            for (int i = 0; i < 4; i++) {
                Story story = ed.storyService().create("Ed", "Approved " + i, "Ready.", List.of());
                ed.storyService().submit("Ed", story.id());
                ed.storyService().approve("Ed", story.id());
                approved.add(story.id());
            }
            ed.editionService().create("Ed", DAY, "Daily");
            ed.editionService().add("Ed", DAY, List.of(approved.get(0)), "Top");
            // The writers edit stories of their own: the shared drafts become theirs for the test.
            ed.team().create(edServer, "Ed", team.writerRole, team.editorRole);
            for (String person : PEOPLE.subList(0, count)) {
                String login = person.toLowerCase() + "_" + team.suffix;
                team.registerLogin(login);
                logins.put(person, login);
                String oneTimePassword = ed.team().setPerson(edServer, person, person.startsWith("W") ? "WRITER"
                        : "EDITOR", login);
                team.firstLogin(login, oneTimePassword).close();
                passwords.put(person, team.passwordOf(login));
            }
        }
        Path passwordFile = folder.resolve("pgpass");
        Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, logins.entrySet().stream()
                .map(e -> "*:*:*:" + e.getValue() + ":" + passwords.get(e.getKey())).collect(Collectors.joining("\n")));

        List<Desk> desks = new ArrayList<>();
        for (String person : PEOPLE.subList(0, count)) {
            Desk desk = new Desk(person, folder.resolve(person + ".db"));
            try (App app = new App(Database.open(desk.db), Clock.systemUTC());
                 TeamServer server = TeamServer.connect(team.address, logins.get(person), passwords.get(person),
                         false)) {
                app.team().join(server);
            }
            desks.add(desk);
        }
        for (Desk desk : desks) {
            desk.start(passwordFile, drafts, approved, ROUNDS, random.nextLong());
        }

        int kills = 0;
        int cuts = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(200);
        while (!desks.stream().allMatch(Desk::done)) {
            assertTrue(System.nanoTime() < deadline, "the desks finish: " + desks.stream()
                    .map(d -> d.person + " " + d.lines.subList(Math.max(0, d.lines.size() - 3), d.lines.size()))
                    .toList());
            Thread.sleep(200 + random.nextInt(500));
            int dice = random.nextInt(6);
            // The first tick always kills one desk, so every run has at least one SIGKILL; later ones at random.
            if ((dice == 0 || kills == 0) && kills < count * 2) {
                Desk victim = desks.get(random.nextInt(desks.size()));
                if (victim.process.isAlive() && !victim.lines.contains("ROUNDS-DONE")) {
                    victim.process.toHandle().destroyForcibly();
                    victim.process.waitFor(30, TimeUnit.SECONDS);
                    kills++;
                    victim.start(passwordFile, drafts, approved, Math.max(2, ROUNDS / 2), random.nextLong());
                }
            } else if (dice == 1 && cuts < count * 3) {
                cutConnections(logins.values());
                cuts++;
            }
            for (Desk desk : desks) {
                if (!desk.process.isAlive() && !desk.lines.contains("DONE")) {
                    assertTrue(desk.runs < 20, desk.person + " keeps failing; see " + desk.person + ".err");
                    desk.start(passwordFile, drafts, approved, 1, random.nextLong());
                }
            }
        }
        assertTrue(kills > 0, "some desks were killed");

        // Everyone syncs once more, twice round, so each has the others' last pushes.
        for (int pass = 0; pass < 2; pass++) {
            for (Desk desk : desks) {
                try (App app = new App(Database.open(desk.db), Clock.systemUTC());
                     TeamServer server = TeamServer.connect(team.address, logins.get(desk.person),
                             passwords.get(desk.person), false)) {
                    app.team().sync(server);
                    assertEquals(0, app.team().status().waiting());
                }
            }
        }

        try (Connection server = team.sqlAs(team.admin)) {
            var onServer = NewsroomContent.ofServer(server);
            for (Desk desk : desks) {
                try (Database db = Database.open(desk.db)) {
                    assertEquals(onServer, NewsroomContent.ofReplica(new ReplicaStore(db)),
                            desk.person + "'s file is identical to the newsroom");
                }
            }
            int acknowledged = 0;
            for (Desk desk : desks) {
                for (String line : new ArrayList<>(desk.lines)) {
                    String[] parts = line.split(" ", 3);
                    if (parts[0].equals("SAVED")) {
                        assertTrue(storyOrRevisionHolds(server, parts[1], parts[2]),
                                desk.person + "'s acknowledged save " + parts[2] + " is in the newsroom");
                        acknowledged++;
                    } else if (parts[0].equals("COMMENTED")) {
                        assertTrue(commentHolds(server, parts[1], parts[2]), "comment " + parts[2] + " arrived");
                        acknowledged++;
                    }
                }
            }
            assertTrue(acknowledged > count * ROUNDS, acknowledged + " acknowledged saves checked");
            long conflicts;
            try (ResultSet rows = server.createStatement().executeQuery("SELECT count(*) FROM newsdesk.revisions"
                    + " WHERE reason LIKE 'conflict%'")) {
                rows.next();
                conflicts = rows.getLong(1);
            }
            System.out.printf("%d desks: %d acknowledged saves, %d kills, %d connection cuts, %d offline syncs,"
                    + " %d conflicts kept as revisions, %d refused locally%n", count, acknowledged, kills, cuts,
                    desks.stream().mapToLong(d -> d.lines.stream().filter(l -> l.startsWith("OFFLINE")).count()).sum(),
                    conflicts,
                    desks.stream().mapToLong(d -> d.lines.stream().filter(l -> l.startsWith("NOTSAVED")).count()).sum());
        }
    }

    private void cutConnections(java.util.Collection<String> logins) throws Exception {
        try (Connection connection = team.superConnection();
             PreparedStatement cut = connection.prepareStatement("SELECT pg_terminate_backend(pid)"
                     + " FROM pg_stat_activity WHERE datname = ? AND usename = ANY (?)")) {
            cut.setString(1, team.address.database());
            cut.setArray(2, connection.createArrayOf("text", logins.toArray()));
            cut.executeQuery().close();
        }
    }

    private static boolean storyOrRevisionHolds(Connection server, String storyId, String token) throws Exception {
        try (PreparedStatement select = server.prepareStatement("SELECT (SELECT count(*) FROM newsdesk.stories"
                + " WHERE id = ?::uuid AND strpos(body, ?) > 0) + (SELECT count(*) FROM newsdesk.revisions"
                + " WHERE story_id = ?::uuid AND strpos(body, ?) > 0)")) {
            select.setString(1, storyId);
            select.setString(2, token);
            select.setString(3, storyId);
            select.setString(4, token);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static boolean commentHolds(Connection server, String storyId, String token) throws Exception {
        try (PreparedStatement select = server.prepareStatement("SELECT count(*) FROM newsdesk.comments"
                + " WHERE story_id = ?::uuid AND strpos(body, ?) > 0")) {
            select.setString(1, storyId);
            select.setString(2, token);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }
}
