package org.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path folder;

    @Test
    @Timeout(value = 120)
    void benchPrintsATableAndWritesTheJsonAndKeepsTheDatabaseWhenAsked() throws Exception {
        Path json = folder.resolve("bench.json");
        Path kept = folder.resolve("kept.db");

        CommandLineTest.Run run = CommandLineTest.run("bench", "--stories", "150", "--out", json.toString(),
                "--keep", kept.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Newsdesk benchmark: 150 stories"), run.out());
        assertTrue(run.out().contains("cold open"), run.out());
        assertEquals(150, new ObjectMapper().readTree(json.toFile()).path("stories").asInt());
        assertTrue(Files.size(kept) > 0);

        CommandLineTest.Run again = CommandLineTest.run("bench", "--reuse", kept.toString());

        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("Newsdesk benchmark: 150 stories"), again.out());
        assertTrue(again.out().contains("full-text search p95"), again.out());
        assertTrue(!again.out().contains("insert rate"), "a reused database has no insert rate: " + again.out());
    }

    @Test
    void benchRefusesNoStoriesAndAnExistingKeepFileInOneSentence() throws Exception {
        Path existing = Files.createFile(folder.resolve("existing.db"));

        CommandLineTest.Run none = CommandLineTest.run("bench", "--stories", "0");
        CommandLineTest.Run taken = CommandLineTest.run("bench", "--keep", existing.toString());

        assertEquals(1, none.status());
        assertEquals("newsdesk: --stories must be at least 1.", none.err().strip());
        assertEquals(1, taken.status());
        assertTrue(taken.err().contains("already exists"), taken.err());
    }
}
