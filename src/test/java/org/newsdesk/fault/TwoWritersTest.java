package org.newsdesk.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoryStore;

/** Two processes saving the same story at once: every save either lands or meets the conflict, none is lost. */
class TwoWritersTest {
    static final int SAVES_EACH = 150;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 90)
    void concurrentSavesEitherLandOrConflictAndNoneIsLostSilently() throws Exception {
        Path file = folder.resolve("newsroom.db");
        UUID storyId;
        try (Database database = Database.open(file)) {
            storyId = new StoryStore(database, Clock.systemUTC())
                    .insert(Story.draft("writer", "Shared story", "start", List.of(), Instant.now())).id();
        }
        Path errors = folder.resolve("child-errors.txt");
        Files.createFile(errors);
        Set<String> landed = new TreeSet<>();
        List<String> conflicts = new ArrayList<>();
        try (ChildJvm ann = ChildJvm.start(StoryWriter.class, errors, file.toString(), storyId.toString(), "ann",
                String.valueOf(SAVES_EACH));
             ChildJvm bob = ChildJvm.start(StoryWriter.class, errors, file.toString(), storyId.toString(), "bob",
                     String.valueOf(SAVES_EACH))) {
            assertEquals("ready", ann.readLine(), () -> "ann did not start: " + read(errors));
            assertEquals("ready", bob.readLine(), () -> "bob did not start: " + read(errors));
            ann.send("go");
            bob.send("go");
            for (ChildJvm writer : List.of(ann, bob)) {
                int reports = 0;
                for (String line = writer.readLine(); !"done".equals(line); line = writer.readLine()) {
                    if (line == null) {
                        throw new AssertionError("a writer stopped early: " + read(errors));
                    }
                    if (line.startsWith("landed ")) {
                        landed.add(line.substring(7));
                    } else if (line.startsWith("conflict ")) {
                        conflicts.add(line.substring(9));
                    } else {
                        throw new AssertionError("a writer printed " + line);
                    }
                    reports++;
                }
                assertEquals(SAVES_EACH, reports, "every save was reported as landed or refused");
                assertEquals(0, writer.waitFor(), () -> read(errors));
            }
        }
        try (Database database = Database.open(file)) {
            Story stored = new StoryStore(database, Clock.systemUTC()).find(storyId).orElseThrow();
            Set<String> inText = new TreeSet<>(List.of(stored.body().split("\n")));
            inText.remove("start");
            assertEquals(landed, inText, "the story holds exactly the saves that were acknowledged");
            assertEquals(1 + landed.size(), stored.version(), "each landed save made one version");
            assertEquals(2 * SAVES_EACH, landed.size() + conflicts.size());
            assertEquals("ok", KillDuringWritesTest.integrityCheck(database));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(could not read " + file + ")";
        }
    }
}
