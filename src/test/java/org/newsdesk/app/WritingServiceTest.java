package org.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.integrity.Finding;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.WritingSettings;
import org.newsdesk.store.Database;
import org.newsdesk.testing.MovableClock;

/**
 * Spelling, grammar and house style as the editor, the review queue, the pre-flight and {@code story check} get
 * them: the clip's names, the newsroom dictionary, the newsroom's language and rules, the headline and the intro.
 * One newsroom for the class, because loading LanguageTool takes seconds.
 */
class WritingServiceTest {
    private static App app;
    private static Clip clip;

    @BeforeAll
    static void newsroom() {
        app = new App(Database.inMemory(), new MovableClock(Instant.parse("2024-05-10T08:00:00Z")));
        app.people().welcome("Ted");  // the newsroom's first person is its editor, who may change its settings
        clip = app.stores().clips().insert(new Clip(UUID.randomUUID(), "https://www.wsj.com/articles/heat", null,
                "Prisons swelter", "Ikechukwu Ekwueme", "The Wall Street Journal", Instant.parse("2024-05-10T07:00:00Z"),
                null, "en", "Warden Thandiwe Ndlovuzane said the cells at Ashburnham were hot.",
                Instant.parse("2024-05-10T07:30:00Z")), "<html></html>");
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static List<Finding> body(String text) {
        return app.writing().check("Prisons swelter", text, List.of(clip), Set.of()).body();
    }

    private static boolean helperRuns() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).anyMatch(process -> process.info()
                .commandLine().orElse("").contains("-Dnewsdesk.languagetool=en-"));
    }

    @Test
    void aMisspellingIsFlaggedWithSuggestionsButTheClipsNamesAreNot() {
        String text = "Thandiwe Ndlovuzane said the councl would meet at Ashburnham.";

        List<Finding> findings = body(text);

        assertEquals(1, findings.size(), findings.toString());
        Finding councl = findings.get(0);
        assertEquals(Finding.Kind.SPELLING, councl.kind());
        assertEquals(text.indexOf("councl"), councl.start());
        assertEquals("councl", councl.quote());
        assertTrue(councl.suggestions().contains("council"), councl.suggestions().toString());
        assertEquals(List.of("Ndlovuzane"), app.writing().check("x", "Officials said Ndlovuzane left.", List.of(), Set.of())
                .body().stream().map(Finding::quote).toList(), "without the clip the name is unknown");
    }

    @Test
    void markdownSyntaxAndAddressesAreNotFlagged() {
        assertEquals(List.of(), body("**Ndlovuzane** said _the_ [full report](https://example.com/xqzv-rprt) and"
                + " https://example.org/qqq/zzkv are online."));
    }

    @Test
    void theHeadlineIsCheckedForSpellingAndTheSummaryForHouseStyle() {
        WritingService.StoryFindings found = app.writing().check("Prisons sweltr in 5% heat", "Prices rose 5% in May.",
                List.of(clip), Set.of());

        assertEquals(List.of("sweltr"), found.headline().stream().map(Finding::quote).toList());
        assertEquals(List.of(Finding.Kind.STYLE), found.body().stream().map(Finding::kind).toList());
        assertEquals(List.of("5 percent"), found.body().get(0).suggestions());
    }

    @Test
    void aWordAddedToTheNewsroomDictionaryIsNoLongerFlaggedAndTheAdditionIsAudited() {
        String text = "The zorbling plan passed.";
        assertEquals(1, body(text).size());

        app.writing().addToDictionary("Ted", "zorbling");

        assertEquals(List.of(), body(text));
        assertTrue(app.writing().dictionary().stream().anyMatch(word -> word.word().equals("zorbling")
                && word.addedBy().equals("Ted")));
        assertTrue(app.stores().audit().list("zorbling", 10).stream().anyMatch(entry -> entry.action().equals("dictionary.add")));
        assertEquals("Only a single word can go in the newsroom dictionary.", assertThrows(
                IllegalArgumentException.class, () -> app.writing().addToDictionary("Ted", "two words")).getMessage());
        assertTrue(app.writing().removeFromDictionary("Ted", "zorbling"));
        assertEquals(1, body(text).size());
    }

    @Test
    void ignoredWordsAndRulesSwitchedOffByTheNewsroomAreNotFlagged() {
        assertEquals(List.of(), app.writing().check("x", "The zorbling plan passed.", List.of(clip),
                Set.of("zorbling")).body());

        app.settingsService().set("Ted", WritingSettings.KEY_RULES_OFF, "percent");
        try {
            assertEquals(List.of(), body("Prices rose 5% in May."));
        } finally {
            app.settingsService().set("Ted", WritingSettings.KEY_RULES_OFF,
                    String.join(",", WritingSettings.DEFAULT_RULES_OFF));
        }
    }

    @Test
    void aNewsroomHouseStyleFileInTheTemplateFolderReplacesTheDefault(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("house-style.txt"), "[website]\npattern = \\bweb site\\b\nsuggest = website\n"
                + "why = We write \"website\".\n");
        app.settingsService().set("Ted", NewsroomSettings.KEY_TEMPLATE_FOLDER, folder.toString());
        try {
            List<Finding> findings = body("Its web site rose 5% in May.");
            assertEquals(List.of("web site"), findings.stream().filter(f -> f.kind() == Finding.Kind.STYLE)
                    .map(Finding::quote).toList());
        } finally {
            app.settingsService().set("Ted", NewsroomSettings.KEY_TEMPLATE_FOLDER, "");
        }
    }

    @Test
    void storyCheckAndTheIntroListTheWritingFindings() {
        Story story = app.stores().stories().insert(new Story(UUID.randomUUID(), "Prisons sweltr", "The councl met.",
                List.of(clip.id()), "The Wall Street Journal", "the Wall Street Journal reports", "Prisons", List.of(),
                "Ted", StoryStatus.APPROVED, 1, Instant.EPOCH, Instant.EPOCH, "Ted"));
        app.stores().editions().save(new Edition(UUID.randomUUID(), LocalDate.of(2024, 5, 10), "Today",
                "Today Ndlovuzane and the councl.", EditionStatus.DRAFT,
                List.of(new Section("Prisons", List.of(story.id()))), null));

        List<Finding> findings = app.integrity().check(story.id());
        List<Finding> intro = app.integrity().checkIntro(LocalDate.of(2024, 5, 10));

        assertTrue(findings.stream().anyMatch(f -> f.kind() == Finding.Kind.SPELLING
                && f.message().equals("Headline: \u201Csweltr\u201D may be misspelled.")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.kind() == Finding.Kind.SPELLING && f.quote().equals("councl")
                && f.start() == 4), findings.toString());
        assertEquals(List.of("councl"), intro.stream().map(Finding::quote).toList());
    }

    @Test
    void theLanguageFollowsTheNewsroomSettingAndLanguageToolCanBeLetGo() {
        assertEquals(List.of("colour"), body("The colour faded.").stream().map(Finding::quote).toList());
        app.settingsService().set("Ted", WritingSettings.KEY_LANGUAGE, "en-GB");
        try {
            assertEquals(List.of(), body("The colour faded."));
            assertEquals("The language must be one of en-US, en-GB.", assertThrows(IllegalArgumentException.class,
                    () -> app.settingsService().set("Ted", WritingSettings.KEY_LANGUAGE, "fr")).getMessage());
        } finally {
            app.settingsService().set("Ted", WritingSettings.KEY_LANGUAGE, "en-US");
        }
        assertTrue(app.writing().isLoaded());
        assertTrue(helperRuns(), "LanguageTool runs in a helper process, not on the application's heap");
        app.writing().release();
        assertFalse(app.writing().isLoaded());
        assertEquals(1, body("The colour faded.").size());
        assertTrue(app.writing().isLoaded());
    }
}
