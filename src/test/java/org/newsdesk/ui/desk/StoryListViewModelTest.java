package org.newsdesk.ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.store.Database;
import org.newsdesk.ui.Desk;
import org.newsdesk.ui.Desks;
import org.newsdesk.ui.Worker;

class StoryListViewModelTest {
    private App app;
    private StoryListViewModel viewModel;
    private User maya;

    @BeforeEach
    void fillTheNewsroom() {
        app = new App(Database.inMemory(), Clock.systemUTC());
        app.people().welcome("Eve");
        maya = app.people().add("Eve", "Maya", Role.WRITER);
        app.people().add("Eve", "Ted", Role.WRITER);
        Story drones = app.storyService().create("Maya", "Police send drones to 911 calls", "", List.of());
        app.storyService().save("Maya", drones.withDetails("The New York Times", null, "Policing", List.of("drones")));
        app.storyService().create("Maya", "Homicides fall in big cities", "", List.of());
        app.storyService().create("Ted", "Bail reform a year on", "", List.of());
        viewModel = new StoryListViewModel(app.storyService(), Worker.inline());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Desk desk(String title) {
        return Desks.standard(new org.newsdesk.ui.Screens(app, Worker.inline())).stream()
                .filter(desk -> desk.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void myDraftsListOnlyMyDrafts() {
        viewModel.show(desk("My drafts"), maya);
        assertEquals(2, viewModel.shownStories().size());
        assertEquals("2 stories", viewModel.summaryProperty().get());
    }

    @Test
    void typingFiltersByEveryWordAcrossHeadlineOutletSectionAndTags() {
        viewModel.show(desk("My drafts"), maya);

        viewModel.filterProperty().set("times DRONES");

        assertEquals(List.of("Police send drones to 911 calls"),
                viewModel.shownStories().stream().map(Story::headline).toList());
        assertEquals("1 of 2 stories", viewModel.summaryProperty().get());
    }

    @Test
    void theReviewQueueIsOnlyForEditors() {
        Desk queue = desk("Review queue");
        assertEquals(false, queue.shownTo().test(maya));
        assertEquals(true, queue.shownTo().test(app.people().find("Eve").orElseThrow()));
    }
}
