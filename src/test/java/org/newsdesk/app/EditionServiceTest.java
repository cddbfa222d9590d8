package org.newsdesk.app;

import org.newsdesk.testing.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.App;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Role;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.Database;
import org.newsdesk.store.StaleEditionException;
import org.newsdesk.workflow.WorkflowException;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class EditionServiceTest {
    private static final LocalDate DAY = LocalDate.parse("2024-05-10");

    private final App app = new App(Database.inMemory(), new MovableClock(Instant.parse("2024-05-10T08:00:00Z")));
    private final EditionService editions = app.editionService();
    private final StoryService stories = app.storyService();

    @BeforeEach
    void newsroom() {
        app.people().welcome("Eve");
        app.people().add("Eve", "Ted", Role.WRITER);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aWriterCannotCreateAnEdition() {
        WorkflowException refused = assertThrows(WorkflowException.class, () -> editions.create("Ted", DAY, "Daily"));

        assertEquals("Only editors build and publish editions.", refused.getMessage());
    }

    @Test
    void thereIsOneEditionPerDate() {
        editions.create("Eve", DAY, "Daily");

        WorkflowException refused = assertThrows(WorkflowException.class, () -> editions.create("Eve", DAY, "Again"));

        assertEquals("There is already an edition for 2024-05-10.", refused.getMessage());
    }

    @Test
    void aStoryInAnEditionOfLongAgoIsNoCandidateForAnotherAndTheDayItsOwnListsOnlyTheRest() {
        LocalDate longAgo = DAY.minusDays(200);
        editions.create("Eve", longAgo, "Long ago");
        UUID kept = approved("Kept for a feature");
        editions.add("Eve", longAgo, List.of(kept), null);
        for (int i = 1; i <= 70; i++) {
            editions.create("Eve", longAgo.plusDays(i), "Day " + i);
        }
        UUID free = approved("Free");
        editions.create("Eve", DAY, "Daily");
        UUID inToday = approved("In today");
        editions.add("Eve", DAY, List.of(inToday), null);

        assertEquals(List.of(free), editions.candidates(DAY).stream().map(Story::id).toList());
        assertEquals(List.of(free), editions.candidates(DAY.plusDays(1)).stream().map(Story::id).toList(),
                "a story in today's draft edition cannot join tomorrow's too");
    }

    @Test
    void storiesWithoutASectionJoinTheNewsroomsFirstDefaultSection() {
        assertEquals(EditionService.DEFAULT_SECTION, editions.defaultSection());

        app.settingsService().set("Eve", NewsroomSettings.KEY_DEFAULT_SECTIONS, "Courts, Drugs");

        assertEquals("Courts", editions.defaultSection());
        assertEquals("Courts", editions.sectionChoices().get(0));
    }

    @Test
    void storiesAreAddedMovedAndRemovedInSections() {
        editions.create("Eve", DAY, "Daily");
        UUID one = approved("One");
        UUID two = approved("Two");
        UUID three = approved("Three");

        editions.add("Eve", DAY, List.of(one, two), "Courts");
        editions.add("Eve", DAY, List.of(three), "Drugs");
        editions.move("Eve", DAY, two, null, 0);
        editions.move("Eve", DAY, one, "Drugs", 99);
        Edition edition = editions.remove("Eve", DAY, three);

        assertEquals(List.of(new Section("Courts", List.of(two)), new Section("Drugs", List.of(one))),
                edition.sections());
        assertEquals(edition, editions.find(DAY).orElseThrow());
    }

    @Test
    void aStoryIsAddedOnlyOnce() {
        editions.create("Eve", DAY, "Daily");
        UUID one = approved("One");
        editions.add("Eve", DAY, List.of(one), "Courts");

        assertThrows(WorkflowException.class, () -> editions.add("Eve", DAY, List.of(one), "Drugs"));
    }

    @Test
    void aSpikedStoryCannotGoIntoAnEdition() {
        editions.create("Eve", DAY, "Daily");
        Story story = stories.create("Ted", "Spiked", "Text.", List.of());
        stories.spike("Eve", story.id());

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> editions.add("Eve", DAY, List.of(story.id()), null));

        assertEquals("A spiked story cannot go into an edition.", refused.getMessage());
    }

    @Test
    void publishingWithAStoryNotApprovedNamesItAndChangesNothing() {
        editions.create("Eve", DAY, "Daily");
        UUID ready = approved("Ready");
        Story waiting = stories.create("Ted", "Still waiting", "Text.", List.of());
        stories.submit("Ted", waiting.id());
        editions.add("Eve", DAY, List.of(ready, waiting.id()), "News");

        WorkflowException refused = assertThrows(WorkflowException.class, () -> editions.publish("Eve", DAY));

        assertEquals("Only approved stories are published, and \"Still waiting\" (submitted) is not.",
                refused.getMessage());
        assertEquals(StoryStatus.APPROVED, stories.find(ready).orElseThrow().status());
        assertEquals(EditionStatus.DRAFT, editions.find(DAY).orElseThrow().status());
    }

    @Test
    void publishingMakesEveryStoryPublishedAndFreezesTheEdition() {
        editions.create("Eve", DAY, "Daily");
        UUID one = approved("One");
        UUID two = approved("Two");
        editions.add("Eve", DAY, List.of(one, two), "News");

        Edition published = editions.publish("Eve", DAY);

        assertEquals(EditionStatus.PUBLISHED, published.status());
        assertEquals(Instant.parse("2024-05-10T08:00:00Z"), published.publishedAt());
        assertEquals(StoryStatus.PUBLISHED, stories.find(one).orElseThrow().status());
        assertEquals(StoryStatus.PUBLISHED, stories.find(two).orElseThrow().status());
        UUID three = approved("Three");
        WorkflowException frozen = assertThrows(WorkflowException.class,
                () -> editions.add("Eve", DAY, List.of(three), "News"));
        assertEquals("The edition of 2024-05-10 is published and can no longer change.", frozen.getMessage());
        assertThrows(WorkflowException.class, () -> editions.publish("Eve", DAY));
        assertThrows(WorkflowException.class, () -> editions.remove("Eve", DAY, one));
    }

    @Test
    void anEmptyEditionIsNotPublished() {
        editions.create("Eve", DAY, "Daily");

        WorkflowException refused = assertThrows(WorkflowException.class, () -> editions.publish("Eve", DAY));

        assertEquals("The edition of 2024-05-10 has no stories to publish.", refused.getMessage());
    }

    @Test
    void savingTheTitleKeepsAStoryAddedMeanwhileAndAStaleSaveIsAConflict() {
        Edition opened = editions.create("Eve", DAY, "Daily");
        UUID one = approved("One");
        UUID two = approved("Two");
        Edition window = editions.add("Eve", DAY, List.of(one), "News");

        editions.add("Eve", DAY, List.of(two), "News");
        StaleEditionException stale = assertThrows(StaleEditionException.class,
                () -> editions.saveText("Eve", DAY, "Friday report", "Hello.", window.version()));
        Edition stored = editions.find(DAY).orElseThrow();

        assertEquals("The edition of 2024-05-10 was changed by someone else (version " + stored.version()
                + ") after you opened version " + window.version() + "; your title and intro were not saved,"
                + " and nothing was overwritten.", stale.getMessage());
        assertEquals(List.of(one, two), stored.storyIds());
        assertEquals("Daily", stored.title());
        assertTrue(opened.version() < window.version());
    }

    @Test
    void saveTextChangesTitleAndIntroOnlyAndStepsTheVersion() {
        editions.create("Eve", DAY, "Daily");
        UUID one = approved("One");
        UUID two = approved("Two");
        Edition before = editions.add("Eve", DAY, List.of(one, two), "News");

        Edition saved = editions.saveText("Eve", DAY, " Friday report ", "Hello.", before.version());

        assertEquals("Friday report", saved.title());
        assertEquals("Hello.", saved.intro());
        assertEquals(EditionStatus.DRAFT, saved.status());
        assertEquals(List.of(one, two), saved.storyIds());
        assertEquals(before.version() + 1, saved.version());
        assertTrue(app.stores().audit().list(DAY.toString(), 0).stream().anyMatch(e -> e.action().equals("edition.update")));
    }

    @Test
    void itemChangesFromTwoCopiesBothSurvive() {
        editions.create("Eve", DAY, "Daily");
        UUID one = approved("One");
        UUID two = approved("Two");
        UUID three = approved("Three");
        editions.add("Eve", DAY, List.of(one, two), "News");

        editions.add("Eve", DAY, List.of(three), "Courts");
        Edition moved = editions.move("Eve", DAY, two, "News", 0);

        assertEquals(List.of(new Section("News", List.of(two, one)), new Section("Courts", List.of(three))),
                moved.sections());
    }

    private UUID approved(String headline) {
        Story story = stories.create("Ted", headline, "Text of " + headline + ".", List.of());
        stories.submit("Ted", story.id());
        return stories.approve("Eve", story.id()).id();
    }
}
