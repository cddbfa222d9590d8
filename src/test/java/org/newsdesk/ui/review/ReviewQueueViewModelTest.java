package org.newsdesk.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.app.RevisionDiff;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.ui.Worker;
import org.newsdesk.testing.SampleDesk;
import org.newsdesk.testing.TickingClock;

class ReviewQueueViewModelTest {
    private SampleDesk newsroom;
    private ReviewQueueViewModel viewModel;

    @BeforeEach
    void openNewsroom() {
        newsroom = SampleDesk.inMemory(new TickingClock(Instant.parse("2024-05-10T08:00:00Z")));
        viewModel = new ReviewQueueViewModel(newsroom.app().storyService(), newsroom.app().clipService(), Worker.inline(),
                newsroom.app().people().require(SampleDesk.EDITOR));
    }

    @AfterEach
    void closeNewsroom() {
        newsroom.app().close();
    }

    @Test
    void theQueueListsSubmittedStoriesOldestSubmissionFirst() {
        Story first = newsroom.submitted(SampleDesk.WRITER, "First in", "Body one.", "Courts");
        Story second = newsroom.submitted(SampleDesk.SECOND_WRITER, "Second in", "Body two.", "Courts");
        newsroom.approved(SampleDesk.WRITER, "Already approved", "Body three.", "Courts");

        viewModel.load();

        assertEquals(List.of(first.id(), second.id()),
                viewModel.queue().stream().map(item -> item.story().id()).toList());
        assertEquals(first.id(), viewModel.selectedProperty().get().id());
        assertEquals("First in", viewModel.headlineProperty().get());
        assertEquals(1, viewModel.clips().size());
    }

    @Test
    void approvingSavesTheEditorsEditsFirstAndMovesToTheNextStory() {
        Story first = newsroom.submitted(SampleDesk.WRITER, "Jury awards damages", "The jury awarded $1m.", "");
        Story second = newsroom.submitted(SampleDesk.WRITER, "Second", "Body.", "");
        viewModel.load();

        viewModel.bodyProperty().set("A federal jury awarded $1.3 million.");
        assertTrue(viewModel.hasEditsProperty().get());
        viewModel.approve();

        Story approved = newsroom.app().storyService().find(first.id()).orElseThrow();
        assertEquals(StoryStatus.APPROVED, approved.status());
        assertEquals("A federal jury awarded $1.3 million.", approved.body());
        assertEquals(second.id(), viewModel.selectedProperty().get().id());
        assertEquals(1, viewModel.queue().size());
        assertTrue(viewModel.messageProperty().get().startsWith("Approved \"Jury awards damages\"."),
                viewModel.messageProperty().get());
    }

    @Test
    void returningNeedsACommentAndLeavesItForTheWriter() {
        Story story = newsroom.submitted(SampleDesk.WRITER, "Bail study", "No rise in rearrests.", "");
        viewModel.load();

        assertFalse(viewModel.canReturnProperty().get());
        viewModel.returnToWriter();
        assertEquals(StoryStatus.SUBMITTED, newsroom.app().storyService().find(story.id()).orElseThrow().status());

        viewModel.returnCommentProperty().set("Name the university that ran the study.");
        assertTrue(viewModel.canReturnProperty().get());
        viewModel.returnToWriter();

        assertEquals(StoryStatus.RETURNED, newsroom.app().storyService().find(story.id()).orElseThrow().status());
        assertEquals("Name the university that ran the study.",
                newsroom.app().storyService().comments(story.id()).get(0).body());
        assertTrue(viewModel.queue().isEmpty());
    }

    @Test
    void spikingTakesTheStoryOutOfTheQueue() {
        Story story = newsroom.submitted(SampleDesk.WRITER, "Old news", "Nothing new.", "");
        viewModel.load();

        viewModel.spike();

        assertEquals(StoryStatus.SPIKED, newsroom.app().storyService().find(story.id()).orElseThrow().status());
        assertTrue(viewModel.queue().isEmpty());
    }

    @Test
    void aResubmittedStoryShowsWhatTheWriterChangedSinceTheEditorReturnedIt() {
        Story story = newsroom.submitted(SampleDesk.WRITER, "Bail study", "Researchers found no rise.", "");
        newsroom.app().storyService().returnToWriter(SampleDesk.EDITOR, story.id(), "Which researchers?");
        Story returned = newsroom.app().storyService().find(story.id()).orElseThrow();
        newsroom.app().storyService().save(SampleDesk.WRITER,
                returned.withText("Bail study", "Researchers at Loyola found no rise."));
        newsroom.app().storyService().submit(SampleDesk.WRITER, story.id());

        viewModel.load();

        RevisionDiff diff = viewModel.diffProperty().get();
        assertTrue(diff.hasChanges());
        assertEquals(List.of(new RevisionDiff.DiffPart(RevisionDiff.Kind.ADDED, "at Loyola ")),
                diff.parts().stream().filter(part -> part.kind() != RevisionDiff.Kind.SAME).toList());
        assertEquals("+2 / −0 words since you returned it.", viewModel.diffSummaryProperty().get());
    }

    @Test
    void myEditsCompareTheTextAsSubmittedWithWhatTheEditorTyped() {
        newsroom.submitted(SampleDesk.WRITER, "Heat trial", "Prisons lack cooling.", "");
        viewModel.load();
        viewModel.comparisonProperty().set(ReviewQueueViewModel.Comparison.MY_EDITS);
        assertFalse(viewModel.diffProperty().get().hasChanges());

        viewModel.bodyProperty().set("Prisons in Texas lack cooling.");

        assertEquals(2, viewModel.diffProperty().get().wordsAdded());
        assertEquals("+2 / −0 words since it was submitted.", viewModel.diffSummaryProperty().get());
    }

    @Test
    void anEditMetBySomeoneElsesSaveIsNotApprovedAndKeepsTheEditorsText() {
        Story story = newsroom.submitted(SampleDesk.WRITER, "Drones", "Police send drones.", "");
        viewModel.load();
        viewModel.bodyProperty().set("Police departments send drones to 911 calls.");
        Story stored = newsroom.app().storyService().find(story.id()).orElseThrow();
        Story other = newsroom.app().storyService().save(SampleDesk.EDITOR,
                stored.withText("Drones", "Dozens of police departments send drones."));

        viewModel.approve();

        assertEquals(StoryStatus.SUBMITTED, newsroom.app().storyService().find(story.id()).orElseThrow().status());
        assertTrue(viewModel.messageProperty().get().contains("nothing was overwritten"),
                viewModel.messageProperty().get());
        assertEquals(other.version(), viewModel.selectedProperty().get().version());
        assertEquals("Police departments send drones to 911 calls.", viewModel.bodyProperty().get());
        assertTrue(viewModel.hasEditsProperty().get());
    }
}
