package org.newsdesk.app;

import org.newsdesk.testing.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.AuditEntry;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.Database;
import org.newsdesk.store.StaleVersionException;
import org.newsdesk.workflow.WorkflowException;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class StoryServiceTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2024-05-10T08:00:00Z"));
    private final App app = new App(Database.inMemory(), clock);
    private final StoryService stories = app.storyService();

    @BeforeEach
    void newsroom() {
        app.people().welcome("Eve");
        app.people().add("Eve", "Ted", Role.WRITER);
        app.people().add("Eve", "Wanda", Role.WRITER);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theReviewQueueListsSubmittedStoriesByWhenTheyWereLastSubmittedLongestWaitingFirst() {
        Story early = stories.create("Ted", "Early", "Body.", List.of());
        Story late = stories.create("Ted", "Late", "Body.", List.of());
        stories.submit("Ted", early.id());
        clock.advance(java.time.Duration.ofMinutes(5));
        stories.submit("Ted", late.id());
        clock.advance(java.time.Duration.ofMinutes(5));
        stories.returnToWriter("Eve", early.id(), "Name the source.");
        stories.save("Ted", stories.find(early.id()).orElseThrow().withText("Early", "Body, sourced."));
        clock.advance(java.time.Duration.ofMinutes(5));
        stories.submit("Ted", early.id());

        List<StoryService.QueuedStory> queue = stories.reviewQueue();

        assertEquals(List.of(late.id(), early.id()), queue.stream().map(q -> q.story().id()).toList());
        assertEquals(Instant.parse("2024-05-10T08:15:00Z"), queue.get(1).submittedAt());
    }

    @Test
    void theVersionAnEditorLastSawIsTheOneTheyReturnedAndItsResubmissionIsCompared() {
        Story story = stories.create("Ted", "Jail deaths", "Deaths rose.", List.of());
        StoryService.ReviewBaseline first = stories.reviewBaseline(story.id(), "Eve");
        stories.submit("Ted", story.id());
        StoryService.ReviewBaseline inReview = stories.reviewBaseline(story.id(), "Eve");
        stories.returnToWriter("Eve", story.id(), "Which jails?");
        stories.save("Ted", stories.find(story.id()).orElseThrow().withText("Jail deaths", "Deaths rose in Ohio."));
        stories.submit("Ted", story.id());

        StoryService.ReviewBaseline resubmitted = stories.reviewBaseline(story.id(), "Eve");

        assertEquals(new StoryService.ReviewBaseline(null, null), first);
        assertEquals("submitted", inReview.submitted().reason());
        assertEquals(null, inReview.seen(), "first time in review: nothing seen before");
        assertEquals("Deaths rose.", resubmitted.seen().body());
        assertEquals("returned", resubmitted.seenVerb());
        assertEquals("Deaths rose in Ohio.", resubmitted.submitted().body());
    }

    @Test
    void aNewStoryIsADraftByItsWriterWithAFirstRevision() {
        Story story = stories.create("Ted", "Council approves budget", "The council voted.", List.of());

        assertEquals(StoryStatus.DRAFT, story.status());
        assertEquals("Ted", story.author());
        assertEquals(List.of("created"), reasons(story));
        assertEquals("story.create", app.stores().audit().list(story.id().toString(), 0).get(0).action());
    }

    @Test
    void someoneNotInTheNewsroomCannotWrite() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> stories.create("Zed", "Headline", "Body", List.of()));

        assertTrue(refused.getMessage().startsWith("There is no one called Zed"), refused.getMessage());
    }

    @Test
    void typingKeepsARevisionAtMostEveryFiveMinutes() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());

        story = typeAfter(story, Duration.ofMinutes(1), "One. Two.");
        story = typeAfter(story, Duration.ofMinutes(3), "One. Two. Three.");
        story = typeAfter(story, Duration.ofMinutes(1), "One. Two. Three. Four.");
        story = typeAfter(story, Duration.ofMinutes(2), "One. Two. Three. Four. Five.");
        story = typeAfter(story, Duration.ofMinutes(2), "One. Two. Three. Four. Five. Six.");

        // created at 0; saves at 1, 4 (too soon), 5 (kept), 7 (too soon), 9 (too soon)
        assertEquals(List.of("created", "typing"), reasons(story));
        assertEquals("One. Two. Three. Four.", stories.revisions(story.id()).get(1).body());
        assertEquals("One. Two. Three. Four. Five. Six.", stories.find(story.id()).orElseThrow().body());
    }

    @Test
    void aStretchOfTypingIsOneAuditLineEveryFiveMinutes() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());

        story = typeAfter(story, Duration.ofMinutes(1), "One. Two.");
        story = typeAfter(story, Duration.ofMinutes(1), "One. Two. Three.");
        story = typeAfter(story, Duration.ofMinutes(5), "One. Two. Three. Four.");
        stories.save("Eve", story.withText(story.headline(), "One. Two. Three. Four. Five."));

        assertEquals(List.of("Ted story.create", "Ted story.edit", "Ted story.edit", "Eve story.edit"),
                app.stores().audit().list(story.id().toString(), 0).stream()
                        .map(line -> line.actor() + " " + line.action()).toList());
    }

    @Test
    void everyStatusChangeKeepsARevisionWhateverTheTime() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());

        stories.submit("Ted", story.id());
        stories.approve("Eve", story.id());

        assertEquals(List.of("created", "submitted", "approved"), reasons(story));
    }

    @Test
    void aSaveFromAnOldVersionKeepsBothTextsAndOverwritesNothing() {
        Story opened = stories.create("Ted", "Council approves budget", "First text.", List.of());
        Story firstWindow = stories.save("Ted", opened.withText(opened.headline(), "Text from the first window."));

        SaveConflictException conflict = assertThrows(SaveConflictException.class,
                () -> stories.save("Eve", opened.withText(opened.headline(), "Text from the second window.")));

        Story stored = stories.find(opened.id()).orElseThrow();
        assertEquals("Text from the first window.", stored.body());
        assertEquals(firstWindow.version(), stored.version());
        assertEquals(stored, conflict.stored());
        Revision kept = stories.revisions(opened.id()).get(stories.revisions(opened.id()).size() - 1);
        assertEquals("Text from the second window.", kept.body());
        assertEquals(kept, conflict.keptText());
        assertTrue(kept.reason().startsWith("conflict"), kept.reason());
        assertTrue(conflict instanceof StaleVersionException);
        assertEquals("story.conflict", lastAudit(opened).action());
    }

    @Test
    void theAppAndTheCommandLineSavingTheSameStoryMeetAConflictAndBothTextsAreKept(@TempDir Path folder) {
        Path file = folder.resolve("newsroom.db");
        try (App desk = new App(Database.open(file), Clock.systemUTC());
             App terminal = new App(Database.open(file), Clock.systemUTC())) {
            desk.people().welcome("Eve");
            desk.people().add("Eve", "Ted", Role.WRITER);
            Story inDesk = desk.storyService().create("Ted", "Court rules", "Draft.", List.of());
            Story inTerminal = terminal.storyService().find(inDesk.id()).orElseThrow();

            desk.storyService().save("Ted", inDesk.withText("Court rules", "Saved in the app."));
            assertThrows(SaveConflictException.class, () -> terminal.storyService().save("Eve",
                    inTerminal.withText("Court rules", "Saved on the command line.")));

            assertEquals("Saved in the app.", terminal.storyService().find(inDesk.id()).orElseThrow().body());
            List<String> keptBodies = desk.storyService().revisions(inDesk.id()).stream().map(Revision::body).toList();
            assertTrue(keptBodies.contains("Saved on the command line."), keptBodies.toString());
        }
    }

    @Test
    void aSaveThatChangesNothingWritesNothing() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());

        Story same = stories.save("Ted", story);

        assertEquals(story.version(), same.version());
        assertEquals(1, app.stores().audit().list(story.id().toString(), 0).size());
    }

    @Test
    void savingKeepsTheStatusAndAuthorAsStored() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());

        Story saved = stories.save("Eve", story.withStatus(StoryStatus.APPROVED)
                .withDetails("The Wall Street Journal", "the Wall Street Journal reports", "Budget", List.of("city")));

        assertEquals(StoryStatus.DRAFT, saved.status());
        assertEquals("Ted", saved.author());
        assertEquals("Eve", saved.updatedBy());
        assertEquals("Budget", saved.section());
        assertEquals(List.of("city"), saved.tags());
    }

    @Test
    void aWriterCannotEditTheirStoryWhileItIsSubmitted() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());
        Story submitted = stories.submit("Ted", story.id());

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> stories.save("Ted", submitted.withText("New", "Two.")));

        assertEquals("A writer edits only their own draft or returned stories; this one is submitted.",
                refused.getMessage());
    }

    @Test
    void aWriterCannotApproveAndNothingChanges() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());
        stories.submit("Ted", story.id());

        WorkflowException refused = assertThrows(WorkflowException.class, () -> stories.approve("Wanda", story.id()));

        assertEquals("Only editors approve stories.", refused.getMessage());
        assertEquals(StoryStatus.SUBMITTED, stories.find(story.id()).orElseThrow().status());
    }

    @Test
    void aReturnWithoutACommentIsRefused() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());
        stories.submit("Ted", story.id());

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> stories.returnToWriter("Eve", story.id(), "  "));

        assertEquals("A story is returned with a comment saying what to change.", refused.getMessage());
        assertEquals(StoryStatus.SUBMITTED, stories.find(story.id()).orElseThrow().status());
    }

    @Test
    void aReturnCarriesItsCommentAndCommentsComeInOrder() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());
        stories.comment("Ted", story.id(), "Is the figure right?");
        stories.submit("Ted", story.id());

        Story returned = stories.returnToWriter("Eve", story.id(), "Name the council.");

        assertEquals(StoryStatus.RETURNED, returned.status());
        assertEquals(List.of("Ted: Is the figure right?", "Eve: Name the council."),
                stories.comments(story.id()).stream().map(c -> c.author() + ": " + c.body()).toList());
    }

    @Test
    void aSpikedStoryIsRestoredAsADraftByAnEditor() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());
        stories.spike("Eve", story.id());

        Story restored = stories.restore("Eve", story.id());

        assertEquals(StoryStatus.DRAFT, restored.status());
        assertEquals(List.of("story.create", "story.spike", "story.restore"),
                app.stores().audit().list(story.id().toString(), 0).stream().map(AuditEntry::action).toList());
    }

    @Test
    void anAuthorWithdrawsASubmittedStory() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());
        stories.submit("Ted", story.id());

        assertEquals(StoryStatus.DRAFT, stories.withdraw("Ted", story.id()).status());
    }

    @Test
    void twoRevisionsAreComparedWordByWord() {
        Story story = stories.create("Ted", "Council approves budget", "The council approved it.", List.of());
        stories.save("Ted", story.withText(story.headline(), "The council rejected it."));
        stories.submit("Ted", story.id());
        List<Revision> revisions = stories.revisions(story.id());

        RevisionDiff diff = stories.diff(revisions.get(0).id(), revisions.get(1).id());

        assertEquals("Council approves budget\n\nThe council [-approved-]{+rejected+} it.", diff.render());
    }

    @Test
    void aRevisionIsComparedWithTheCurrentText() {
        Story story = stories.create("Ted", "Council approves budget", "Short.", List.of());
        stories.save("Ted", story.withText(story.headline(), "Short and sweet."));

        RevisionDiff diff = stories.diffAgainstCurrent(stories.revisions(story.id()).get(0).id(), story.id());

        assertEquals(2, diff.wordsAdded());
    }

    @Test
    void aRestoredRevisionBecomesTheTextAndANewRevision() {
        Story story = stories.create("Ted", "Council approves budget", "Original.", List.of());
        long original = stories.revisions(story.id()).get(0).id();
        stories.save("Ted", story.withText("Changed headline", "Changed."));

        Story restored = stories.restoreRevision("Ted", story.id(), original);

        assertEquals("Council approves budget", restored.headline());
        assertEquals("Original.", restored.body());
        assertEquals("restored revision " + original, lastRevision(story).reason());
        assertEquals("Original.", lastRevision(story).body());
    }

    @Test
    void theTextARestoreReplacesIsKeptAsARevisionFirstAndCanBeRestoredInTurn() {
        Story story = stories.create("Ted", "Council approves budget", "Original.", List.of());
        long original = stories.revisions(story.id()).get(0).id();
        // typed a minute later: too soon for a timed revision, so this text is in the story only
        Story typed = typeAfter(story, Duration.ofMinutes(1), "Everything typed since, not yet in any revision.");
        assertTrue(stories.revisions(story.id()).stream().noneMatch(r -> r.body().equals(typed.body())));

        stories.restoreRevision("Ted", story.id(), original);
        List<Revision> revisions = stories.revisions(story.id());
        Revision keptFirst = revisions.get(revisions.size() - 2);
        Story back = stories.restoreRevision("Ted", story.id(), keptFirst.id());

        assertEquals("before restoring revision " + original, keptFirst.reason());
        assertEquals("Everything typed since, not yet in any revision.", keptFirst.body());
        assertEquals("Everything typed since, not yet in any revision.", back.body());
    }

    @Test
    void aRevisionOfAnotherStoryIsNotRestored() {
        Story one = stories.create("Ted", "One", "One.", List.of());
        Story two = stories.create("Ted", "Two", "Two.", List.of());
        long ofTwo = stories.revisions(two.id()).get(0).id();

        assertThrows(WorkflowException.class, () -> stories.restoreRevision("Ted", one.id(), ofTwo));
    }

    @Test
    void aCommentIsRecordedInTheAuditTrail() {
        Story story = stories.create("Ted", "Council approves budget", "One.", List.of());

        Comment comment = stories.comment("Wanda", story.id(), "Nice lede.");

        assertEquals("Wanda", comment.author());
        AuditEntry last = lastAudit(story);
        assertEquals("story.comment", last.action());
        assertEquals("Nice lede.", last.detail());
    }

    private Story typeAfter(Story story, Duration pause, String body) {
        clock.advance(pause);
        return stories.save("Ted", story.withText(story.headline(), body));
    }

    private List<String> reasons(Story story) {
        return stories.revisions(story.id()).stream().map(Revision::reason).toList();
    }

    private Revision lastRevision(Story story) {
        List<Revision> revisions = stories.revisions(story.id());
        return revisions.get(revisions.size() - 1);
    }

    private AuditEntry lastAudit(Story story) {
        return app.stores().audit().list(story.id().toString(), 1).get(0);
    }
}
