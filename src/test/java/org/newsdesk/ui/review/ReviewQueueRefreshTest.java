package org.newsdesk.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Story;
import org.newsdesk.testing.SampleDesk;
import org.newsdesk.testing.TickingClock;
import org.newsdesk.ui.Worker;

/**
 * The review queue catching up with changes made elsewhere (pulled from the team, or another process): quietly,
 * without taking the story under review away from an editor who is changing it.
 */
class ReviewQueueRefreshTest {
    private SampleDesk newsroom;
    private ReviewQueueViewModel viewModel;
    private Story jury;

    @BeforeEach
    void anEditorReviewingOneStory() {
        newsroom = SampleDesk.inMemory(new TickingClock(Instant.parse("2024-05-10T08:00:00Z")));
        viewModel = new ReviewQueueViewModel(newsroom.app().storyService(), newsroom.app().clipService(),
                Worker.inline(), newsroom.app().people().require(SampleDesk.EDITOR));
        jury = newsroom.submitted(SampleDesk.WRITER, "Jury awards damages", "The jury awarded $1m.", "Courts");
        viewModel.load();
    }

    @AfterEach
    void closeNewsroom() {
        newsroom.app().close();
    }

    private List<String> headlines() {
        return viewModel.queue().stream().map(item -> item.story().headline()).toList();
    }

    @Test
    void aSubmissionFromElsewhereComesInAndTheStoryUnderReviewStays() {
        viewModel.bodyProperty().set("The jury awarded $1.3 million.");
        newsroom.submitted(SampleDesk.SECOND_WRITER, "Bail study finds no rise", "No rise, Bolts reports.", "Courts");

        viewModel.refresh();

        assertEquals(List.of("Jury awards damages", "Bail study finds no rise"), headlines());
        assertEquals(jury.id(), viewModel.selectedProperty().get().id());
        assertEquals("The jury awarded $1.3 million.", viewModel.bodyProperty().get(), "the editor's edit stays");
        assertEquals("\u201cBail study finds no rise\u201d came in for review.", viewModel.messageProperty().get());
    }

    @Test
    void aStoryApprovedElsewhereLeavesAndTheNextOneIsUnderReview() {
        Story bail = newsroom.submitted(SampleDesk.SECOND_WRITER, "Bail study", "No rise, Bolts reports.", "Courts");
        viewModel.refresh();
        newsroom.app().storyService().approve(SampleDesk.EDITOR, jury.id());

        viewModel.refresh();

        assertEquals(List.of("Bail study"), headlines());
        assertEquals(bail.id(), viewModel.selectedProperty().get().id());
        assertEquals("\u201cJury awards damages\u201d was approved by " + SampleDesk.EDITOR + " on another desk.",
                viewModel.messageProperty().get());
    }

    @Test
    void aStoryWithdrawnWhileTheEditorChangesItLeavesTheQueueButKeepsTheEditorsText() {
        viewModel.headlineProperty().set("Jury awards $1.3 million");
        newsroom.app().storyService().withdraw(SampleDesk.WRITER, jury.id());

        viewModel.refresh();

        assertEquals(List.of(), headlines());
        assertEquals(jury.id(), viewModel.selectedProperty().get().id());
        assertEquals("Jury awards $1.3 million", viewModel.headlineProperty().get());
        assertEquals("\u201cJury awards damages\u201d was withdrawn by " + SampleDesk.WRITER
                + " on another desk. Your unsaved edits stay here.", viewModel.messageProperty().get());
    }
}
