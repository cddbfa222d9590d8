package org.newsdesk.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;

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
        try (App app = App.open(file)) {
            app.people().welcome("ann");
            app.people().add("ann", "bob", Role.EDITOR);
            storyId = app.storyService().create("ann", "Shared story", "start", List.of()).id();
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
        try (App app = App.open(file)) {
            Story stored = app.storyService().find(storyId).orElseThrow();
            Set<String> inText = new TreeSet<>(List.of(stored.body().split("\n")));
            inText.remove("start");
            assertEquals(landed, inText, "the story holds exactly the saves that were acknowledged");
            assertEquals(1 + landed.size(), stored.version(), "each landed save made one version");
            assertEquals(2 * SAVES_EACH, landed.size() + conflicts.size());
            List<Revision> keptAfterConflict = app.storyService().revisions(storyId).stream()
                    .filter(revision -> revision.reason().startsWith("conflict")).toList();
            assertEquals(conflicts.size(), keptAfterConflict.size(), "each refused save kept its text");
            for (String refused : conflicts) {
                assertTrue(keptAfterConflict.stream().anyMatch(revision -> revision.body().endsWith("\n" + refused)),
                        () -> "the text of the refused save " + refused + " was not kept");
            }
            assertEquals("ok", KillDuringWritesTest.integrityCheck(app.stores().database()));
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
