package org.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;

@Timeout(60)
class EditionExportCommandTest {
    @TempDir
    Path folder;

    private String db;

    @BeforeEach
    void newsroomWithOneEdition() {
        db = folder.resolve("newsroom.db").toString();
        Instant now = Instant.parse("2024-05-14T10:00:00Z");
        try (App app = App.open(Path.of(db))) {
            Clip clip = app.stores().clips().insert(new Clip(UUID.randomUUID(), "https://www.wsj.com/politics/fentanyl", null,
                    "Fentanyl talks", null, "The Wall Street Journal", now, null, "en", "Text.", now), null);
            Story story = app.stores().stories().insert(new Story(UUID.randomUUID(), "U.S. Seeks China's Help on Fentanyl",
                    "The talks stalled, said [officials](javascript:alert(1)).", List.of(clip.id()), null, null, null,
                    List.of(), "Ted", StoryStatus.APPROVED, 0, now, now, "Ted"));
            app.stores().editions().save(new Edition(UUID.randomUUID(), LocalDate.of(2024, 5, 14), "", "", EditionStatus.DRAFT,
                    List.of(new Section("Top stories", List.of(story.id()))), null));
        }
    }

    @Test
    void exportPrintsEachFileWithItsSizeAndTheWarnings() throws IOException {
        Path out = folder.resolve("out");

        CommandLineTest.Run result = CommandLineTest.run("edition", "export", "--date", "2024-05-14", "--out",
                out.toString(), "--db", db, "--as", "Ed");

        assertEquals(0, result.status(), result.err());
        for (String name : List.of("newsletter.html", "newsletter.txt", "index.html", "archive.html", "feed.xml")) {
            long bytes = Files.size(out.resolve(name));
            assertTrue(result.out().lines().anyMatch(line -> line.startsWith(name) && line.contains(
                    String.format(java.util.Locale.ROOT, "%,d bytes", bytes))), result.out());
        }
        assertTrue(result.err().contains("warning: Story \u201cU.S. Seeks China's Help on Fentanyl\u201d: the link to"
                + " \u201cjavascript:alert(1)\u201d was dropped"), result.err());
    }

    @Test
    void previewPrintsTheTemporaryFolder() throws IOException {
        CommandLineTest.Run result = CommandLineTest.run("edition", "preview", "--date", "2024-05-14", "--db", db);

        assertEquals(0, result.status(), result.err());
        Path preview = Path.of(result.out().strip());
        try {
            assertTrue(Files.readString(preview.resolve("newsletter.txt")).contains("U.S. Seeks China's Help"));
        } finally {
            try (var files = Files.list(preview)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(preview);
        }
    }

    @Test
    void aMissingEditionIsOneSentenceAndExitOne() {
        CommandLineTest.Run result = CommandLineTest.run("edition", "export", "--date", "2024-01-01", "--out",
                folder.resolve("out").toString(), "--db", db);

        assertEquals(1, result.status());
        assertEquals("newsdesk: There is no edition dated 2024-01-01.", result.err().strip());
    }

    @Test
    void aDateThatIsNotADateIsAUsageError() {
        CommandLineTest.Run result = CommandLineTest.run("edition", "preview", "--date", "May 14", "--db", db);

        assertEquals(2, result.status());
    }
}
