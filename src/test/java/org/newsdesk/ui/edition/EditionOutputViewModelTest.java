package org.newsdesk.ui.edition;

import org.newsdesk.testing.TickingClock;
import org.newsdesk.testing.SampleDesk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.RenderedEdition;
import org.newsdesk.model.Story;
import org.newsdesk.ui.Worker;

class EditionOutputViewModelTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    @TempDir
    Path folder;

    private SampleDesk newsroom;
    private Preferences preferences;
    private EditionBuilderViewModel builder;
    private EditionOutputViewModel output;
    private List<Story> day;

    @BeforeEach
    void openNewsroom() {
        newsroom = SampleDesk.inMemory(new TickingClock(Instant.parse("2024-05-10T08:00:00Z")));
        day = newsroom.realisticDay(2);
        preferences = Preferences.userRoot().node("org/newsdesk/test/" + UUID.randomUUID());
        builder = new EditionBuilderViewModel(newsroom.app().editionService(), newsroom.app().storyService(),
                newsroom.app().clock(), Worker.inline(),
                newsroom.app().people().require(SampleDesk.EDITOR));
        output = new EditionOutputViewModel(newsroom.app().editionExport(), newsroom.app().integrity(),
                newsroom.app().storyService(), newsroom.app().settingsService(), builder, preferences);
        builder.open(DAY);
    }

    @AfterEach
    void closeNewsroom() throws Exception {
        newsroom.app().close();
        preferences.removeNode();
    }

    @Test
    void theNewsletterIsRenderedAndMeasuredAgainstGmailsClippingSize() {
        builder.place(day.get(0).id(), "Drugs", 0);

        RenderedEdition files = output.renderedProperty().get();
        assertTrue(output.previewHtmlProperty().get().contains("Fentanyl"));
        assertEquals(files.file(RenderedEdition.NEWSLETTER_HTML), output.previewHtmlProperty().get());
        double used = files.bytes(RenderedEdition.NEWSLETTER_HTML) / (102.0 * 1024);
        assertEquals(used, output.budgetUsedProperty().get(), 1e-9);
        assertTrue(output.sizeTextProperty().get().matches("\\d+\\.\\d KB of Gmail's 102 KB"),
                output.sizeTextProperty().get());
        assertFalse(output.overBudgetProperty().get());
    }

    @Test
    void copiedProseIsListedOnceWithTheWordsItIsAbout() {
        String copied = "deaths in local jails have climbed for the third year in a row with many of them linked to"
                + " untreated medical conditions";
        org.newsdesk.App app = newsroom.app();
        org.newsdesk.model.Clip clip = app.stores().clips().insert(new org.newsdesk.model.Clip(UUID.randomUUID(),
                "https://www.example-news.com/jails", null, "Jail deaths climb", "By A. Reporter", "Example News",
                Instant.parse("2024-05-09T08:00:00Z"), null, "en", "Records show that " + copied
                + ", according to records from forty counties.", Instant.parse("2024-05-09T09:00:00Z")), null);
        Story draft = app.storyService().create(SampleDesk.WRITER, "Jail deaths climb",
                "Example News reports that " + copied + ".", List.of(clip.id()));
        app.storyService().submit(SampleDesk.WRITER, draft.id());
        Story story = app.storyService().approve(SampleDesk.EDITOR, draft.id());
        builder.place(story.id(), "Prisons", 0);

        List<PreflightItem> copiedItems = output.preflight().stream()
                .filter(item -> item.kind().equals("copied prose")).toList();
        assertEquals(1, copiedItems.size(), output.preflightSummaryProperty().get() + output.messageProperty().get()
                + output.preflight());
        assertTrue(copiedItems.get(0).message().contains(copied.substring(0, 20)),
                copiedItems.get(0).message());
    }

    @Test
    void darkModeAddsOnlyAStyleSheet() {
        builder.place(day.get(0).id(), "Drugs", 0);

        output.darkProperty().set(true);

        String dark = output.previewHtmlProperty().get();
        assertTrue(dark.contains("background-color: #16181d !important"));
        assertFalse(dark.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        output.darkProperty().set(false);
        assertEquals(output.renderedProperty().get().file(RenderedEdition.NEWSLETTER_HTML),
                output.previewHtmlProperty().get());
    }

    @Test
    void preflightNamesTheStoryThatIsNotApprovedBesideTheIntegrityFindings() {
        Story approved = newsroom.approved(SampleDesk.WRITER, "Too short", "Only a line, Example News reports.",
                "Drugs");
        Story submitted = day.get(2);
        builder.place(approved.id(), "Drugs", 0);
        builder.place(submitted.id(), "Drugs", 1);

        List<PreflightItem> notApproved = output.preflight().stream()
                .filter(item -> item.kind().equals("not approved")).toList();
        assertEquals(List.of(submitted.id()), notApproved.stream().map(PreflightItem::storyId).toList());
        List<String> kinds = new ArrayList<>(output.preflight().stream().map(PreflightItem::kind).toList());
        assertTrue(kinds.contains("length"), kinds.toString());
        assertTrue(output.preflightSummaryProperty().get().endsWith("to look at before export."));
    }

    @Test
    void exportWritesTheFilesAndRemembersTheFolder() {
        builder.place(day.get(0).id(), "Drugs", 0);
        builder.place(day.get(1).id(), "Drugs", 1);
        output.exportFolderProperty().set(folder);

        output.export();

        assertTrue(Files.exists(folder.resolve(RenderedEdition.NEWSLETTER_HTML)));
        assertEquals(folder, output.lastExportProperty().get().folder());
        assertEquals(folder.toString(), preferences.get(EditionOutputViewModel.FOLDER_KEY, null));
        EditionOutputViewModel reopened = new EditionOutputViewModel(newsroom.app().editionExport(), newsroom.app().integrity(),
                newsroom.app().storyService(), newsroom.app().settingsService(), builder, preferences);
        assertEquals(folder, reopened.exportFolderProperty().get());
    }

    /** A proofreading worker that holds its work until told, as a LanguageTool that takes long to load would. */
    private static final class HeldWorker implements Worker {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                            java.util.function.Consumer<Throwable> onFailure) {
            held.add(() -> Worker.inline().run(work, onSuccess, onFailure));
        }

        void release() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void exportDoesNotWaitForTheSpellingCheckWhoseFindingsJoinThePreflightWhenTheyArrive() throws Exception {
        HeldWorker slowProofreading = new HeldWorker();
        EditionOutputViewModel early = new EditionOutputViewModel(newsroom.app().editionExport(),
                newsroom.app().integrity(), newsroom.app().storyService(), newsroom.app().settingsService(), builder,
                preferences, slowProofreading);
        early.exportFolderProperty().set(folder);
        Story story = newsroom.approved(SampleDesk.WRITER, "Council meets",
                "The councl met on Monday, Example News reports.", "Courts");

        builder.place(story.id(), "Courts", 0);

        assertTrue(early.proofreadingProperty().get(), "the spelling check has not answered yet");
        assertTrue(early.canExportProperty().get(), "Export is ready with the rendering");
        assertTrue(early.preflight().stream().anyMatch(item -> item.kind().equals("length")), early.preflight()
                .toString());
        assertFalse(early.preflight().stream().anyMatch(item -> item.kind().equals("spelling")));
        assertTrue(early.preflightSummaryProperty().get().endsWith("still being checked\u2026"),
                early.preflightSummaryProperty().get());
        early.export();
        assertTrue(Files.readString(folder.resolve(RenderedEdition.NEWSLETTER_HTML)).contains("Council meets"));

        slowProofreading.release();

        assertFalse(early.proofreadingProperty().get());
        List<String> kinds = early.preflight().stream().map(PreflightItem::kind).toList();
        assertTrue(kinds.indexOf("spelling") > kinds.indexOf("length"), kinds.toString());
        assertTrue(early.preflight().stream().anyMatch(item -> item.kind().equals("spelling")
                && item.message().contains("councl")), early.preflight().toString());
        assertTrue(early.preflightSummaryProperty().get().endsWith("to look at before export."));
    }
}
