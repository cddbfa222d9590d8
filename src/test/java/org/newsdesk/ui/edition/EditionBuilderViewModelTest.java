package org.newsdesk.ui.edition;

import org.newsdesk.testing.TickingClock;
import org.newsdesk.testing.SampleDesk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Edition;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.ui.Worker;

class EditionBuilderViewModelTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    private SampleDesk newsroom;
    private EditionBuilderViewModel viewModel;
    private Story fentanyl;
    private Story overdoses;
    private Story camping;

    @BeforeEach
    void openNewsroom() {
        newsroom = SampleDesk.inMemory(new TickingClock(Instant.parse("2024-05-10T08:00:00Z")));
        fentanyl = newsroom.approved(SampleDesk.WRITER, "U.S. seeks China's help on fentanyl",
                "One two three four five six seven eight nine ten.", "Drugs");
        overdoses = newsroom.approved(SampleDesk.WRITER, "Overdose deaths fall",
                "One two three four five.", "Drugs");
        camping = newsroom.approved(SampleDesk.SECOND_WRITER, "Justices weigh camping bans",
                "One two three.", "Courts");
        newsroom.submitted(SampleDesk.WRITER, "Not yet approved", "Body.", "Courts");
        viewModel = new EditionBuilderViewModel(newsroom.app().editionService(), newsroom.app().storyService(),
                newsroom.app().clock(), Worker.inline(),
                newsroom.app().people().require(SampleDesk.EDITOR));
        viewModel.open(DAY);
    }

    @AfterEach
    void closeNewsroom() {
        newsroom.app().close();
    }

    @Test
    void approvedStoriesAreTheCandidatesOfADateWithNoEditionYet() {
        assertEquals(List.of(fentanyl.id(), overdoses.id(), camping.id()),
                viewModel.candidates().stream().map(Story::id).toList());
        assertTrue(newsroom.app().editionService().find(DAY).isEmpty());
        assertEquals("0 stories · 0 words · 0 min read", viewModel.counts().lineProperty().get());
    }

    @Test
    void savingTheTitleFromAnOlderCopyKeepsTheStoryAddedMeanwhileAndTheTypedTitle() {
        viewModel.place(fentanyl.id(), "Drugs", 0);
        // meanwhile, from the command line, another story joins the edition
        newsroom.app().editionService().add(SampleDesk.EDITOR, DAY, List.of(camping.id()), "Courts");

        viewModel.titleProperty().set("Friday report");
        viewModel.saveText();

        Edition stored = newsroom.app().editionService().find(DAY).orElseThrow();
        assertEquals(List.of(fentanyl.id(), camping.id()), stored.storyIds(), "a story added meanwhile was lost");
        assertEquals("", stored.title());
        assertTrue(viewModel.messageProperty().get().contains("was changed by someone else"),
                viewModel.messageProperty().get());
        assertEquals("Friday report", viewModel.titleProperty().get(), "the typed title was thrown away");
    }

    @Test
    void placingStoriesBuildsTheEditionInSectionsAndCountsThem() {
        viewModel.place(fentanyl.id(), "Drugs", 0);
        viewModel.place(overdoses.id(), "Drugs", Integer.MAX_VALUE);
        viewModel.place(camping.id(), "Courts", 0);

        Edition edition = newsroom.app().editionService().find(DAY).orElseThrow();
        assertEquals(List.of(new Section("Drugs", List.of(fentanyl.id(), overdoses.id())),
                new Section("Courts", List.of(camping.id()))), edition.sections());
        assertTrue(viewModel.candidates().isEmpty());
        assertEquals(3, viewModel.counts().storyCountProperty().get());
        assertEquals(18, viewModel.counts().wordCountProperty().get());
        assertEquals(1, viewModel.counts().readingMinutesProperty().get());
        assertEquals("", edition.title());
    }

    @Test
    void movingDownFromTheEndOfASectionCrossesIntoTheNextOne() {
        viewModel.place(fentanyl.id(), "Drugs", 0);
        viewModel.place(overdoses.id(), "Drugs", 1);
        viewModel.place(camping.id(), "Courts", 0);

        viewModel.moveDown(fentanyl.id());
        assertEquals(List.of(overdoses.id(), fentanyl.id(), camping.id()), order());
        viewModel.moveDown(fentanyl.id());
        assertEquals(List.of(new Section("Drugs", List.of(overdoses.id())),
                new Section("Courts", List.of(fentanyl.id(), camping.id()))),
                newsroom.app().editionService().find(DAY).orElseThrow().sections());
        viewModel.moveUp(camping.id());
        assertEquals(List.of(overdoses.id(), camping.id(), fentanyl.id()), order());
    }

    @Test
    void removingAStoryMakesItACandidateAgain() {
        viewModel.place(fentanyl.id(), "Drugs", 0);
        viewModel.place(camping.id(), "Courts", 0);

        viewModel.remove(fentanyl.id());

        assertEquals(List.of(camping.id()), order());
        assertTrue(viewModel.candidates().stream().anyMatch(story -> story.id().equals(fentanyl.id())));
    }

    @Test
    void anEmptySectionWaitsForItsFirstStory() {
        viewModel.place(fentanyl.id(), "Drugs", 0);
        viewModel.addSection("Policing");

        assertEquals(List.of("Drugs", "Policing"), viewModel.sections().stream()
                .map(EditionBuilderViewModel.SectionView::name).toList());
        viewModel.place(camping.id(), "Policing", 0);
        assertEquals(List.of("Drugs", "Policing"), newsroom.app().editionService().find(DAY).orElseThrow()
                .sections().stream().map(Section::name).toList());
    }

    @Test
    void titleAndIntroAreSavedAndPublishingFreezesTheEdition() {
        viewModel.place(fentanyl.id(), "Drugs", 0);
        viewModel.place(camping.id(), "Courts", 0);
        viewModel.titleProperty().set("Morning Report");
        viewModel.introProperty().set("Good morning.");
        viewModel.saveText();

        boolean[] told = {false};
        viewModel.publish(() -> told[0] = true);

        Edition published = newsroom.app().editionService().find(DAY).orElseThrow();
        assertTrue(told[0]);
        assertTrue(published.isPublished());
        assertEquals("Morning Report", published.title());
        assertEquals("Good morning.", published.intro());
        assertEquals(StoryStatus.PUBLISHED, newsroom.app().storyService().find(camping.id()).orElseThrow().status());
        assertFalse(viewModel.canEditProperty().get());
        assertFalse(viewModel.canPublishProperty().get());
    }

    private List<UUID> order() {
        return newsroom.app().editionService().find(DAY).orElseThrow().storyIds();
    }
}
