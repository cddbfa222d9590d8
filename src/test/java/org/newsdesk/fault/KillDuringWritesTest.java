package org.newsdesk.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoryStore;

/**
 * A writer's process killed with SIGKILL in the middle of autosaving never loses a save it had acknowledged. The
 * number of kills is 20 in the everyday suite; {@code -Dnewsdesk.kills=200} runs a longer trial.
 */
class KillDuringWritesTest {
    static final int KILLS = Integer.getInteger("newsdesk.kills", 20);
    /** Room for one child JVM to start, save and die on a busy two-core machine; only a hang exceeds it. */
    private static final Duration PER_KILL = Duration.ofSeconds(7);

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedSaveSurvivesEveryKillAndTheFileStaysIntact() {
        assertTimeoutPreemptively(PER_KILL.multipliedBy(KILLS).plusSeconds(10), this::killRepeatedly);
        System.out.println("KillDuringWritesTest: " + KILLS + " kills, every acknowledged save survived and the file"
                + " stayed intact");
    }

    private void killRepeatedly() throws Exception {
        Path file = folder.resolve("newsroom.db");
        UUID storyId;
        try (App app = App.open(file)) {
            app.people().welcome("writer");
            storyId = app.storyService().create("writer", "Headline 0", "save 0", List.of()).id();
        }
        Path errors = folder.resolve("child-errors.txt");
        Files.createFile(errors);
        Random random = new Random();
        long acknowledged = 0;
        for (int round = 0; round < KILLS; round++) {
            // Killed after a random number of acknowledged saves (none, the first time), while the next save is
            // already under way.
            int savesBeforeKill = round == 0 ? 0 : 1 + random.nextInt(40);
            try (ChildJvm child = ChildJvm.start(AutosaveLoop.class, errors, file.toString(), storyId.toString())) {
                String line = child.readLine();
                assertEquals("ready", line, () -> "the child did not start: " + read(errors));
                for (int seen = 0; seen < savesBeforeKill; seen++) {
                    line = child.readLine();
                    assertTrue(line != null && line.startsWith("saved "), () -> "the child stopped: " + read(errors));
                    acknowledged = Math.max(acknowledged, Long.parseLong(line.substring(6)));
                }
                child.kill();
                // Whatever it printed before it died was acknowledged too.
                for (line = child.readLine(); line != null; line = child.readLine()) {
                    if (line.startsWith("saved ")) {
                        acknowledged = Math.max(acknowledged, Long.parseLong(line.substring(6)));
                    }
                }
            }
            try (Database database = Database.open(file)) {
                long stored = saveNumber(new StoryStore(database, Clock.systemUTC()).find(storyId).orElseThrow().body());
                long lastAcknowledged = acknowledged;
                assertTrue(stored == lastAcknowledged || stored == lastAcknowledged + 1,
                        () -> "after the kill the story holds save " + stored + ", but save " + lastAcknowledged
                                + " had been acknowledged");
                acknowledged = stored;
                assertEquals("ok", integrityCheck(database));
            }
        }
        assertTrue(acknowledged >= KILLS - 1, "the children saved too little to test anything: " + acknowledged);
    }

    static String integrityCheck(Database database) {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                StringBuilder result = new StringBuilder();
                while (rows.next()) {
                    result.append(result.length() == 0 ? "" : "; ").append(rows.getString(1));
                }
                return result.toString();
            }
        });
    }

    /** The N of a body that starts {@code save N}. */
    static long saveNumber(String body) {
        int end = body.indexOf('\n');
        return Long.parseLong((end < 0 ? body : body.substring(0, end)).substring("save ".length()).strip());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(could not read " + file + ")";
        }
    }
}
