package org.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.EditionRenderer;
import org.newsdesk.export.ExportException;
import org.newsdesk.export.RenderedEdition;
import org.newsdesk.model.AuditEntry;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.AuditStore;
import org.newsdesk.store.ClipStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.EditionStore;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.store.StoryStore;

@Timeout(30)
class EditionExportServiceTest {
    static final LocalDate DATE = LocalDate.of(2024, 5, 14);
    static final Instant NOW = Instant.parse("2024-05-14T10:00:00Z");

    @TempDir
    Path folder;

    private final Database database = Database.inMemory();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final EditionStore editions = new EditionStore(database);
    private final StoryStore stories = new StoryStore(database, clock);
    private final ClipStore clips = new ClipStore(database);
    private final OutletStore outlets = new OutletStore(database);
    private final SettingsStore settings = new SettingsStore(database);
    private final AuditStore audit = new AuditStore(database, clock);
    private final EditionExportService service = new EditionExportService(editions, stories, clips, outlets,
            settings, audit, new EditionRenderer());

    @BeforeEach
    void newsroom() {
        settings.set(NewsroomSettings.KEY_NEWSLETTER_NAME, "Crime and Justice News");
        settings.set(NewsroomSettings.KEY_WEB_ADDRESS, "https://news.example.org");
        settings.set(NewsroomSettings.KEY_SPONSOR_LINE, "A daily report co-sponsored by Arizona State University");
        outlets.save(new Outlet("The Wall Street Journal", "the Wall Street Journal", List.of("wsj.com")));
        Story today = story("U.S. Seeks China's Help on Fentanyl", "The talks stalled last month.",
                "https://www.wsj.com/politics/fentanyl-talks");
        Story earlier = story("Prison Staffing Crisis Deepens", "Staff shortages grew.",
                "https://www.wsj.com/us-news/prison-staffing");
        Story later = story("Tomorrow's Story", "Not yet.", "https://www.wsj.com/us-news/tomorrow");
        editions.save(edition(DATE, EditionStatus.DRAFT, today));
        editions.save(edition(DATE.minusDays(1), EditionStatus.PUBLISHED, earlier));
        editions.save(edition(DATE.minusDays(2), EditionStatus.DRAFT, earlier));
        editions.save(edition(DATE.plusDays(1), EditionStatus.PUBLISHED, later));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void exportWritesTheFourKindsOfFileAndRecordsWhoExported() throws IOException {
        Path out = folder.resolve("out");

        ExportResult result = service.export(DATE, out, "Ed");

        assertEquals(List.of("newsletter.html", "newsletter.txt", "index.html", "archive.html", "feed.xml"),
                result.files().stream().map(ExportResult.ExportedFile::name).toList());
        for (ExportResult.ExportedFile file : result.files()) {
            assertEquals(out.resolve(file.name()), file.path());
            assertEquals(Files.size(file.path()), file.bytes());
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(5, left.count(), "no temporary file is left behind");
        }
        Document newsletter = Jsoup.parse(Files.readString(out.resolve("newsletter.html")));
        assertTrue(newsletter.text().contains("The talks stalled last month, the Wall Street Journal reports."),
                "the outlet is found by the clip's domain when the story names none");
        List<AuditEntry> entries = audit.list(null, 0);
        assertEquals(1, entries.size());
        assertEquals("Ed", entries.get(0).actor());
        assertEquals("export", entries.get(0).action());
        assertEquals("2024-05-14", entries.get(0).subject(), "editions are audited by date, as publishing is");
        assertTrue(entries.get(0).detail().contains(out.toAbsolutePath().toString()));
    }

    @Test
    void recentPostsListOnlyEarlierPublishedEditions() throws IOException {
        Path out = folder.resolve("out");

        service.export(DATE, out, "Ed");

        Document page = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertEquals(List.of("https://news.example.org/2024-05-13/"), page.select("aside li a").eachAttr("href"));
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("Prison Staffing Crisis Deepens"));
    }

    @Test
    void exportingTwiceGivesTheSameBytes() throws IOException {
        service.export(DATE, folder.resolve("first"), "Ed");
        service.export(DATE, folder.resolve("second"), "Ed");

        for (String name : List.of("newsletter.html", "newsletter.txt", "index.html", "archive.html", "feed.xml")) {
            assertArrayEquals(Files.readAllBytes(folder.resolve("first").resolve(name)),
                    Files.readAllBytes(folder.resolve("second").resolve(name)), name);
        }
    }

    @Test
    void previewWritesToATemporaryFolderWithoutAnAuditLine() throws IOException {
        ExportResult result = service.preview(DATE);

        try {
            assertNotEquals(folder, result.folder());
            assertTrue(Files.isRegularFile(result.folder().resolve("newsletter.html")));
            assertEquals(List.of(), audit.list(null, 0));
        } finally {
            for (ExportResult.ExportedFile file : result.files()) {
                Files.deleteIfExists(file.path());
            }
            Files.deleteIfExists(result.folder());
        }
    }

    @Test
    void renderGivesTheFilesWithoutWriting() {
        RenderedEdition rendered = service.render(DATE);

        assertTrue(rendered.file(RenderedEdition.NEWSLETTER_TEXT).contains("U.S. Seeks China's Help on Fentanyl"));
        assertEquals(List.of(), audit.list(null, 0));
    }

    @Test
    void anEditionThatDoesNotExistIsRefusedInOneSentence() {
        ExportException error = assertThrows(ExportException.class,
                () -> service.export(DATE.minusDays(30), folder.resolve("out"), "Ed"));

        assertEquals("There is no edition dated 2024-04-14.", error.getMessage());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void aBrokenTemplateWritesNothing() throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("feed.xml.mustache"), "{{#edition}}never closed");
        settings.set(NewsroomSettings.KEY_TEMPLATE_FOLDER, templates.toString());
        Path out = Files.createDirectories(folder.resolve("out"));

        assertThrows(ExportException.class, () -> service.export(DATE, out, "Ed"));

        try (Stream<Path> left = Files.list(out)) {
            assertEquals(0, left.count());
        }
        assertEquals(List.of(), audit.list(null, 0));
    }

    @Test
    void aFileInThePlaceOfTheFolderIsReportedAndLeftAlone() throws IOException {
        Path file = Files.writeString(folder.resolve("taken"), "keep me");

        ExportException error = assertThrows(ExportException.class, () -> service.export(DATE, file, "Ed"));

        assertTrue(error.getMessage().startsWith("Could not write the export to " + file), error.getMessage());
        assertEquals("keep me", Files.readString(file));
    }

    private Story story(String headline, String body, String url) {
        Clip clip = clips.insert(new Clip(UUID.randomUUID(), url, null, headline, "Jane Reporter",
                "The Wall Street Journal", NOW, null, "en", "Text.", NOW), "<html></html>");
        Story draft = new Story(UUID.randomUUID(), headline, body, List.of(clip.id()), null, null, "Drugs",
                List.of(), "Ted", StoryStatus.APPROVED, 0, NOW, NOW, "Ted");
        return stories.insert(draft);
    }

    private static Edition edition(LocalDate date, EditionStatus status, Story story) {
        return new Edition(UUID.randomUUID(), date, "", "", status, List.of(new Section("Drugs",
                List.of(story.id()))), status == EditionStatus.PUBLISHED ? date.atTime(11, 0).toInstant(ZoneOffset.UTC)
                : null);
    }
}
