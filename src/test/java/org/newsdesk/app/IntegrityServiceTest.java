package org.newsdesk.app;

import org.newsdesk.integrity.Finding;
import org.newsdesk.integrity.StoryCheckerTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.IntegrityService;
import org.newsdesk.cli.CommandLineRunner;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.ClipStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.EditionStore;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.store.StoryStore;

/** The integrity service over the stores, and the {@code story check} and {@code edition check} commands over it. */
// story check and edition check load LanguageTool for the writing checks: seconds, more on a busy machine
@Timeout(120)
class IntegrityServiceTest {
    private static final String GOOD_BODY = "Prisons without air conditioning were dangerously hot last summer, and"
            + " Lorraine Becker wrote that \"no sentence handed down by any court in this state includes being"
            + " cooked,\" the Wall Street Journal reports.";
    private static final String BAD_BODY = "Becker wrote that \"no sentence handed down by any court in this county"
            + " includes being cooked.\"";

    private final Clock clock = Clock.fixed(Instant.parse("2024-05-10T12:00:00Z"), ZoneOffset.UTC);

    /** A newsroom with a published edition (May 3) and a draft edition (May 10) carrying the same source twice. */
    private record Newsroom(Database database, StoryStore stories, ClipStore clips, EditionStore editions,
                            IntegrityService integrity, Story good, Story bad, Story published) {
    }

    private Newsroom newsroom(Database database) {
        StoryStore stories = new StoryStore(database, clock);
        ClipStore clips = new ClipStore(database);
        OutletStore outlets = new OutletStore(database);
        EditionStore editions = new EditionStore(database);
        SettingsStore settings = new SettingsStore(database);
        settings.set(NewsroomSettings.KEY_WORD_TARGET, "10-100");
        outlets.save(StoryCheckerTest.WSJ);
        Clip heat = clips.insert(StoryCheckerTest.clip(StoryCheckerTest.CLIP_URL, "prison-heat"), "<html></html>");
        Clip heatAgain = clips.insert(StoryCheckerTest.clip("https://wsj.com/articles/prison-heat-123?utm_source=x",
                "prison-heat"), "<html></html>");
        Story good = stories.insert(StoryCheckerTest.story(GOOD_BODY, "The Wall Street Journal", null,
                List.of(heat.id())).withStatus(StoryStatus.APPROVED));
        Story bad = stories.insert(StoryCheckerTest.story(BAD_BODY, "The Wall Street Journal",
                "the Wall Street Journal reports", List.of(heatAgain.id())));
        Story published = stories.insert(StoryCheckerTest.story(GOOD_BODY, "The Wall Street Journal", null,
                List.of(heat.id())).withText("Prisons bake", GOOD_BODY).withStatus(StoryStatus.PUBLISHED));
        editions.save(new Edition(UUID.randomUUID(), LocalDate.of(2024, 5, 3), "Friday digest", "",
                EditionStatus.PUBLISHED, List.of(new Section("Prisons", List.of(published.id()))),
                Instant.parse("2024-05-03T12:00:00Z")));
        editions.save(new Edition(UUID.randomUUID(), LocalDate.of(2024, 5, 10), "Today", "", EditionStatus.DRAFT,
                List.of(new Section("Prisons", List.of(good.id(), bad.id()))), null));
        return new Newsroom(database, stories, clips, editions,
                new IntegrityService(stories, clips, outlets, editions, settings), good, bad, published);
    }

    private static List<String> kinds(List<Finding> findings) {
        return findings.stream().map(finding -> finding.kind().label()).toList();
    }

    @Test
    void aStoryIsCheckedAgainstItsClipsItsEditionAndTheArchive() {
        try (Database database = Database.inMemory()) {
            Newsroom newsroom = newsroom(database);

            List<Finding> good = newsroom.integrity().check(newsroom.good().id());
            List<Finding> bad = newsroom.integrity().check(newsroom.bad().id());

            assertEquals(List.of("duplicate", "duplicate"), kinds(good), good.toString());
            assertEquals(List.of("duplicate", "duplicate", "misquote"), kinds(bad), bad.toString());
            assertTrue(good.get(1).message().contains("2024-05-03 edition (\"Friday digest\") as \"Prisons bake\""),
                    good.get(1).message());
        }
    }

    @Test
    void anEditionIsCheckedInReadingOrder() {
        try (Database database = Database.inMemory()) {
            Newsroom newsroom = newsroom(database);

            Map<UUID, List<Finding>> edition = newsroom.integrity().checkEdition(LocalDate.of(2024, 5, 10));

            assertEquals(List.of(newsroom.good().id(), newsroom.bad().id()), List.copyOf(edition.keySet()));
            assertEquals(List.of("duplicate", "duplicate", "misquote"), kinds(edition.get(newsroom.bad().id())));
        }
    }

    @Test
    void aPublishedEditionDoesNotCountAsItsOwnArchive() {
        try (Database database = Database.inMemory()) {
            Newsroom newsroom = newsroom(database);

            Map<UUID, List<Finding>> edition = newsroom.integrity().checkEdition(LocalDate.of(2024, 5, 3));

            assertEquals(Map.of(newsroom.published().id(), List.of()), edition);
        }
    }

    @Test
    void aMissingStoryOrEditionIsAnError() {
        try (Database database = Database.inMemory()) {
            Newsroom newsroom = newsroom(database);
            UUID nobody = UUID.randomUUID();

            assertEquals("There is no story " + nobody + ".",
                    assertThrows(IllegalArgumentException.class, () -> newsroom.integrity().check(nobody)).getMessage());
            assertEquals("There is no edition for 2024-01-01.", assertThrows(IllegalArgumentException.class,
                    () -> newsroom.integrity().checkEdition(LocalDate.of(2024, 1, 1))).getMessage());
        }
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(Path db, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = CommandLineRunner.run(all, root -> {
            throw new IllegalStateException("no desktop in tests");
        }, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void storyCheckPrintsOneJsonLinePerStoryAndExitsZeroWithFindings(@TempDir Path folder) throws Exception {
        Path db = folder.resolve("newsroom.db");
        Newsroom newsroom;
        try (Database database = Database.open(db)) {
            newsroom = newsroom(database);
        }

        Run run = run(db, "story", "check", newsroom.bad().id().toString(), "--json");

        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(1, lines.length, run.out());
        JsonNode line = new ObjectMapper().readTree(lines[0]);
        assertEquals(newsroom.bad().id().toString(), line.get("id").asText());
        JsonNode misquote = line.get("findings").get(2);
        assertEquals("misquote", misquote.get("kind").asText());
        assertEquals(BAD_BODY.indexOf('"'), misquote.get("start").asInt());
        assertEquals(BAD_BODY.length(), misquote.get("end").asInt());
        assertEquals("The quotation says \"county\" where the source says \"state\".", misquote.get("message").asText());
        assertTrue(misquote.get("closest").asText().startsWith("No sentence handed down"));
    }

    @Test
    void storyCheckByStatusAndEditionCheckPrintReadableLists(@TempDir Path folder) {
        Path db = folder.resolve("newsroom.db");
        Newsroom newsroom;
        try (Database database = Database.open(db)) {
            newsroom = newsroom(database);
        }

        Run approved = run(db, "story", "check", "--status", "APPROVED");
        Run edition = run(db, "edition", "check", "--date", "2024-05-10");

        assertEquals(0, approved.status(), approved.err());
        assertTrue(approved.out().startsWith(newsroom.good().id() + "  Prisons swelter\n  duplicate: "),
                approved.out());
        assertTrue(!approved.out().contains(newsroom.bad().id().toString()), approved.out());
        assertEquals(0, edition.status(), edition.err());
        assertTrue(edition.out().contains("  misquote at " + BAD_BODY.indexOf('"') + "-" + BAD_BODY.length()
                + ": The quotation says \"county\""), edition.out());
        assertTrue(edition.out().contains("      source:  No sentence handed down"), edition.out());
    }

    @Test
    void aCheckThatCannotRunExitsNonZero(@TempDir Path folder) {
        Path db = folder.resolve("newsroom.db");
        try (Database database = Database.open(db)) {
            newsroom(database);
        }

        Run unknownStory = run(db, "story", "check", UUID.randomUUID().toString());
        Run notAnId = run(db, "story", "check", "nonsense");
        Run noEdition = run(db, "edition", "check", "--date", "2023-01-01", "--json");

        assertEquals(1, unknownStory.status());
        assertTrue(unknownStory.err().startsWith("newsdesk: There is no story "), unknownStory.err());
        assertEquals(1, notAnId.status());
        assertEquals("newsdesk: \"nonsense\" is not a story id; give the id, or at least its first four characters.",
                notAnId.err().strip());
        assertEquals(1, noEdition.status());
        assertEquals("newsdesk: There is no edition for 2023-01-01.", noEdition.err().strip());
    }
}
