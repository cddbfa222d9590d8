package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.model.SearchHit;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;
import org.newsdesk.store.Database;
import org.newsdesk.ui.MainWindowViewModel.Opening;

/** The main window's decisions, without a toolkit: plain JUnit on an in-memory newsroom and an inline worker. */
class MainWindowViewModelTest {
    private static final String PAGE = """
            <html><head><title>Jail deaths rose in 2023</title>
            <meta property="og:site_name" content="The Marshall Project"></head>
            <body><article><h1>Jail deaths rose in 2023</h1>
            <p>Deaths in the county's jails rose for the third year in a row, according to records reviewed by
            reporters, who counted every death the sheriff reported to the state since 2019.</p>
            <p>Advocates said the figures understate the problem because deaths after release are not counted,
            and called for an independent review of medical care inside the jails.</p>
            </article></body></html>
            """;

    @TempDir
    Path folder;

    private App app;
    private User maya;
    private MainWindowViewModel viewModel;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        app = new App(Database.inMemory(), Clock.systemUTC());
        app.people().welcome("Eve");
        maya = app.people().add("Eve", "Maya", Role.WRITER);
        viewModel = new MainWindowViewModel(app.storyService(), app.clipService(), app.editionService(), app.search(),
                Worker.inline(),
                maya);
    }

    @AfterEach
    void close() {
        app.close();
        assertEquals(List.of(), failures);
    }

    private Opening clip(Path page) {
        List<Opening> opened = new ArrayList<>();
        viewModel.clipFile(page, opened::add, failures::add);
        return opened.get(0);
    }

    @Test
    void aNewArticleStartsANewStoryAndTheSameArticleAgainOpensTheStoryThatCoversIt() throws Exception {
        Path page = Files.writeString(folder.resolve("jail.html"), PAGE);

        Opening first = clip(page);
        Opening.NewStory fresh = assertInstanceOf(Opening.NewStory.class, first);
        Story covering = app.storyService().create("Maya", "Jail deaths rise", "", List.of(fresh.clip().id()));
        Opening again = clip(page);

        Opening.ExistingStory existing = assertInstanceOf(Opening.ExistingStory.class, again);
        assertEquals(covering.id(), existing.storyId());
        assertEquals("Already covered: \u201CJail deaths rise\u201D by Maya (draft).", existing.notice());
    }

    @Test
    void aClipFoundBySearchOpensItsStoryOrStartsOne() throws Exception {
        Opening.NewStory fresh = assertInstanceOf(Opening.NewStory.class,
                clip(Files.writeString(folder.resolve("jail.html"), PAGE)));
        SearchHit clipHit = new SearchHit(SearchHit.Kind.CLIP, fresh.clip().id(), "Jail deaths", "", 1);
        List<Opening> opened = new ArrayList<>();

        viewModel.open(clipHit, opened::add, failures::add);
        Story covering = app.storyService().create("Maya", "Jail deaths rise", "", List.of(fresh.clip().id()));
        viewModel.open(clipHit, opened::add, failures::add);
        viewModel.open(new SearchHit(SearchHit.Kind.STORY, covering.id(), "", "", 1), opened::add, failures::add);

        assertEquals(fresh.clip().id(), assertInstanceOf(Opening.NewStory.class, opened.get(0)).clip().id());
        // Opening a search result is not clipping: the covering story opens without an "already covered" notice.
        assertEquals(new Opening.ExistingStory(covering.id(), ""), opened.get(1));
        assertEquals(new Opening.ExistingStory(covering.id(), ""), opened.get(2));
    }

    @Test
    void aNewStoryIsTheWritersDraftAndTheDesksCountIt() {
        List<Story> started = new ArrayList<>();
        List<Map<DeskQuery, Integer>> counted = new ArrayList<>();
        DeskQuery myDrafts = new DeskQuery(Set.of(StoryStatus.DRAFT), true);
        DeskQuery submitted = new DeskQuery(Set.of(StoryStatus.SUBMITTED), false);

        viewModel.startStory(null, started::add, failures::add);
        viewModel.count(List.of(myDrafts, submitted), counted::add, failures::add);

        assertEquals("Maya", started.get(0).author());
        assertEquals(StoryStatus.DRAFT, started.get(0).status());
        assertEquals(Map.of(myDrafts, 1, submitted, 0), counted.get(0));
    }

    @Test
    void searchFindsStoriesByTheirWords() {
        Story parole = app.storyService().create("Maya", "Parole hearings fall", "Fewer hearings were held.",
                List.of());
        List<List<SearchHit>> found = new ArrayList<>();

        viewModel.search("parole", found::add, failures::add);

        assertEquals(1, found.get(0).size());
        assertEquals(parole.id(), found.get(0).get(0).id());
    }
}
