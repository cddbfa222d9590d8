package org.newsdesk.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.App;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;
import org.newsdesk.store.Database;
import org.newsdesk.ui.Worker;

class StoryEditorViewModelTest {
    private App app;
    private User writer;
    private StoryEditorViewModel viewModel;
    private Story draft;

    @BeforeEach
    void openDraft() {
        app = new App(Database.inMemory(), Clock.systemUTC());
        app.people().welcome("Eve");
        writer = app.people().add("Eve", "Maya", Role.WRITER);
        draft = app.storyService().create("Maya", "", "", List.of());
        viewModel = new StoryEditorViewModel(app.storyService(), app.clipService(), app.editionService(), app.settingsService(),
                app.integrity(), Worker.inline(), writer);
        viewModel.open(draft.id(), () -> { });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void savingStoresTheTextAndSaysWhen() {
        viewModel.headlineProperty().set("Council approves budget");
        viewModel.bodyProperty().set("The council approved the budget, the Ledger reports.");
        viewModel.tagsProperty().set("budget, council, budget");
        assertTrue(viewModel.saving().dirtyProperty().get());

        viewModel.save();

        Story stored = app.stores().stories().find(draft.id()).orElseThrow();
        assertEquals("Council approves budget", stored.headline());
        assertEquals(List.of("budget", "council"), stored.tags());
        assertFalse(viewModel.saving().dirtyProperty().get());
        assertTrue(viewModel.saving().saveStatusProperty().get().startsWith("Saved "));
    }

    @Test
    void aWriterSeesSomeoneElsesStoryReadOnlyWithOneLineSayingWhyAndCannotSubmitIt() {
        app.people().add("Eve", "Ted", Role.WRITER);
        Story teds = app.storyService().create("Ted", "Bail study", "Researchers found no rise.", List.of());

        viewModel.open(teds.id(), () -> { });

        assertFalse(viewModel.access().editableProperty().get());
        assertFalse(viewModel.access().canSubmitProperty().get());
        assertEquals("Read only: A writer edits only their own draft or returned stories; this one is Ted's.",
                viewModel.access().readOnlyReasonProperty().get());

        viewModel.open(draft.id(), () -> { });
        assertTrue(viewModel.access().editableProperty().get());
        assertEquals("", viewModel.access().readOnlyReasonProperty().get());
    }

    @Test
    void openingAStoryIsNotAnEdit() {
        assertFalse(viewModel.saving().dirtyProperty().get());
        assertEquals("", viewModel.saving().saveStatusProperty().get().replaceAll("Saved .*", ""));
    }

    @Test
    void aSaveOverSomeoneElsesNewerVersionKeepsTheTextAndShowsTheirs() {
        Story theirs = app.storyService().save("Eve", draft.withText("Their headline", "Their text."));
        viewModel.bodyProperty().set("My text.");

        viewModel.save();

        assertEquals("Their text.", viewModel.bodyProperty().get());
        assertEquals(theirs.version(), viewModel.storyProperty().get().version());
        assertTrue(app.storyService().revisions(draft.id()).stream().anyMatch(r -> r.body().equals("My text.")));
        assertTrue(viewModel.messageProperty().get().contains("kept as a revision"));
    }

    @Test
    void submitSavesFirstThenSubmits() {
        viewModel.headlineProperty().set("Drones answer 911 calls");
        viewModel.bodyProperty().set("Police send drones first, the Times reports.");

        viewModel.submit();

        Story stored = app.stores().stories().find(draft.id()).orElseThrow();
        assertEquals(StoryStatus.SUBMITTED, stored.status());
        assertEquals("Police send drones first, the Times reports.", stored.body());
        assertEquals("Submitted for review.", viewModel.messageProperty().get());
        assertFalse(viewModel.access().editableProperty().get());
        assertTrue(viewModel.access().canWithdrawProperty().get());
    }

    @Test
    void aStoryWithoutAHeadlineCannotBeSubmitted() {
        viewModel.bodyProperty().set("Some text.");
        assertFalse(viewModel.access().canSubmitProperty().get());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,   EMPTY
            149, SHORT
            150, ON_TARGET
            250, ON_TARGET
            251, LONG
            """)
    void theGaugeComparesTheWordCountWithTheTarget(int words, StoryEditorViewModel.Gauge expected) {
        viewModel.bodyProperty().set("word ".repeat(words));
        assertEquals(expected, viewModel.gaugeProperty().get());
        assertEquals(words, viewModel.wordCountProperty().get());
    }

    @Test
    void aPassageBecomesOneCurlyQuotedLine() {
        assertEquals("\u201Cwe are trying to do more with less\u201D",
                QuoteCheck.quotation("  \"we are trying\n to do   more with less\" "));
    }

    @Test
    void restoringARevisionShowsItsText() {
        viewModel.headlineProperty().set("First");
        viewModel.bodyProperty().set("First text.");
        viewModel.submit();
        app.storyService().withdraw("Maya", draft.id());
        viewModel.open(draft.id(), () -> { });
        viewModel.bodyProperty().set("Second text.");
        viewModel.save();
        long firstRevision = app.storyService().revisions(draft.id()).stream()
                .filter(r -> r.body().equals("First text.")).findFirst().orElseThrow().id();

        HistoryViewModel history = new HistoryViewModel(app.storyService(), Worker.inline(), writer);
        history.show(viewModel.storyProperty().get());
        history.restore(history.revisions().stream().filter(r -> r.id() == firstRevision).findFirst().orElseThrow(),
                viewModel::replaceWith);

        assertEquals("First text.", viewModel.bodyProperty().get());
        assertEquals("First text.", app.stores().stories().find(draft.id()).orElseThrow().body());
    }

    @Test
    void theRestoreConfirmationSaysTheCurrentTextIsKeptAndItIs() {
        viewModel.headlineProperty().set("First");
        viewModel.bodyProperty().set("First text.");
        viewModel.save();
        Revision first = app.storyService().revisions(draft.id()).get(0);
        viewModel.bodyProperty().set("Typed since, in no revision yet.");
        viewModel.save();
        HistoryViewModel history = new HistoryViewModel(app.storyService(), Worker.inline(), writer);
        history.show(viewModel.storyProperty().get());

        String question = history.restoreQuestion(first);
        history.restore(first, viewModel::replaceWith);

        assertTrue(question.endsWith("The current text is kept as a revision first, so you can restore it in"
                + " turn."), question);
        assertTrue(history.messageProperty().get().endsWith("the text it replaced is kept as a revision."),
                history.messageProperty().get());
        assertTrue(app.storyService().revisions(draft.id()).stream()
                .anyMatch(r -> r.body().equals("Typed since, in no revision yet.")), "the replaced text is gone");
    }

    @Test
    void aCommentIsAddedToTheStory() {
        HistoryViewModel history = new HistoryViewModel(app.storyService(), Worker.inline(), writer);
        history.show(viewModel.storyProperty().get());
        history.draftCommentProperty().set("Source confirmed by phone.");

        history.addComment();

        assertEquals("Source confirmed by phone.", app.storyService().comments(draft.id()).get(0).body());
        assertEquals(1, history.comments().size());
        assertEquals("", history.draftCommentProperty().get());
    }

    @Test
    void aQuotationThatIsNotInTheClipIsFlaggedAndOneThatIsStaysQuiet() {
        Clip clip = app.stores().clips().insert(new Clip(UUID.randomUUID(), "https://example.org/jails", null,
                "Jail deaths climb", "By A. Reporter", "Example Times", null, null, "en",
                "Officials said: \"We are trying to do more with less.\"\n\nDeaths rose again.", Instant.now()), null);
        Story quoting = app.storyService().create("Maya", "Jail deaths", "", List.of(clip.id()));
        viewModel.open(quoting.id(), () -> { });

        viewModel.bodyProperty().set("An official said \u201Cwe are trying to do  more with LESS\u201D, but"
                + " another called it \"a reckless experiment.\"");

        assertEquals(1, viewModel.misquotes().size());
        QuoteFlag flag = viewModel.misquotes().get(0);
        assertTrue(flag.quote().contains("reckless experiment"), flag.quote());
        assertEquals("a reckless experiment.", viewModel.bodyProperty().get().substring(flag.start(), flag.end())
                .replace("\"", ""));
    }
}
