package org.newsdesk.app;

import org.newsdesk.testing.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.App;
import org.newsdesk.app.DemoContent;
import org.newsdesk.app.DemoContent.Contents;
import org.newsdesk.app.DemoContent.Removal;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Role;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;
import org.newsdesk.store.Database;
import org.newsdesk.workflow.WorkflowException;

@Timeout(30)
class DemoContentTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final App app = new App(Database.inMemory(), clock);

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theFirstPersonIsWelcomedAsAnEditorWithTheDemoWhenAsked() {
        assertTrue(app.firstRun().isNeeded());

        User first = app.firstRun().welcome("  Ann ", true);

        assertEquals(new User("Ann", Role.EDITOR), first);
        assertEquals(List.of(first), app.stores().users().all());
        assertFalse(app.firstRun().isNeeded());
        assertTrue(app.demo().isPresent());
        assertThrows(WorkflowException.class, () -> app.firstRun().welcome("Bo", false));
    }

    @Test
    void theGreetingWithoutTheDemoLeavesTheNewsroomEmpty() {
        app.firstRun().welcome("Ann", false);

        assertFalse(app.demo().isPresent());
        assertEquals(0, app.stores().stories().count());
        assertEquals("A person needs a name.",
                assertThrows(WorkflowException.class, () -> app.firstRun().welcome(" ", false)).getMessage());
    }

    @Test
    void theDemoHasAMarkedClipStoryAndEditionBuiltOnTheSample() {
        Contents demo = app.demo().create("Ann");

        Clip clip = app.stores().clips().find(demo.clipId()).orElseThrow();
        Story story = app.stores().stories().find(demo.storyId()).orElseThrow();
        Edition edition = app.stores().editions().find(demo.editionId()).orElseThrow();
        assertEquals("[Demo] U.S. Seeks to Revive China's Help in Fighting Fentanyl Production", clip.title());
        assertTrue(clip.text().startsWith("The Biden administration is pursuing a deal"), clip.text());
        assertTrue(clip.text().endsWith("raise public awareness of the issue."), clip.text());
        assertEquals("The Wall Street Journal", app.stores().outlets().findByDomain(java.net.URI.create(clip.url()).getHost())
                .orElseThrow().name());
        assertTrue(story.headline().startsWith(DemoContent.MARK));
        assertEquals(List.of(clip.id()), story.clipIds());
        assertEquals(StoryStatus.APPROVED, story.status());
        assertEquals("Ann", story.author());
        assertTrue(story.body().contains("the Wall Street Journal reports"));
        assertTrue(story.wordCount() >= 150 && story.wordCount() <= 250, "words: " + story.wordCount());
        assertEquals(LocalDate.of(2026, 3, 2), edition.date());
        assertEquals(EditionStatus.DRAFT, edition.status());
        assertTrue(edition.title().startsWith(DemoContent.MARK));
        assertEquals(List.of(story.id()), edition.storyIds());
        assertEquals(Optional.of(demo), app.demo().contents());
        assertThrows(IllegalStateException.class, () -> app.demo().create("Ann"));
    }

    @Test
    void removingTheDemoRemovesExactlyItsRecordsAndNothingElse() {
        Outlet reuters = app.stores().outlets().save(new Outlet("Reuters", "Reuters", List.of("reuters.com")));
        Story real = app.stores().stories().insert(Story.draft("Ann", "Jail deaths rise", "Real words.", List.of(),
                clock.instant()));
        Edition yesterday = app.stores().editions().save(new Edition(UUID.randomUUID(), LocalDate.of(2026, 3, 1),
                "Monday", "", EditionStatus.DRAFT, List.of(new Section("Top stories", List.of(real.id()))), null));
        Contents demo = app.demo().create("Ann");
        app.stores().settings().set("newsletter.name", "Crime and Justice News");

        Removal removal = app.demo().remove("Ann");

        assertEquals(4, removal.removed().size(), removal.removed().toString());
        assertEquals(Optional.empty(), app.stores().clips().find(demo.clipId()));
        assertEquals(Optional.empty(), app.stores().stories().find(demo.storyId()));
        assertEquals(Optional.empty(), app.stores().editions().find(demo.editionId()));
        assertEquals(List.of(reuters), app.stores().outlets().all());
        assertEquals(List.of(real.id()), app.stores().stories().list(List.of(), null, 0).stream().map(Story::id).toList());
        assertEquals(List.of(yesterday), app.stores().editions().list(0));
        assertEquals(Optional.of("Crime and Justice News"), app.stores().settings().get("newsletter.name"));
        assertFalse(app.demo().isPresent());
        assertEquals(new Removal(List.of(), Optional.empty()), app.demo().remove("Ann"));
    }

    @Test
    void theDemoKeepsWhatTheNewsroomHadOrHasMadeItsOwn() {
        Outlet ownWsj = app.stores().outlets().save(new Outlet("The Wall Street Journal", "the Journal", List.of("wsj.com")));
        Contents demo = app.demo().create("Ann");
        Story real = app.stores().stories().insert(Story.draft("Ann", "A follow-up", "Real words.", List.of(demo.clipId()),
                clock.instant()));
        Edition own = app.stores().editions().save(new Edition(UUID.randomUUID(), LocalDate.of(2026, 3, 3), "Tuesday", "",
                EditionStatus.DRAFT, List.of(new Section("Drugs", List.of(demo.storyId(), real.id()))), null));

        Removal removal = app.demo().remove("Ann");

        assertEquals(Optional.empty(), demo.outlet(), "the outlet was there before the demo");
        assertEquals(List.of(ownWsj), app.stores().outlets().all());
        assertEquals(Optional.of(demo.clipId()), removal.keptClip());
        assertTrue(app.stores().clips().find(demo.clipId()).isPresent(), "a real story still summarises the clip");
        assertEquals(List.of(real.id()), app.stores().editions().find(own.id()).orElseThrow().storyIds());
        assertEquals(Optional.empty(), app.stores().stories().find(demo.storyId()));
    }

    @Test
    void theDemoEditionTakesAnEarlierDayWhenTodayHasAnEdition() {
        app.stores().editions().save(new Edition(UUID.randomUUID(), LocalDate.of(2026, 3, 2), "Today", "",
                EditionStatus.DRAFT, List.of(), null));

        Contents demo = app.demo().create("Ann");

        assertEquals(LocalDate.of(2026, 3, 1), app.stores().editions().find(demo.editionId()).orElseThrow().date());
    }
}
