package org.newsdesk.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.store.Database;
import org.newsdesk.ui.Worker;

/**
 * A save the disk refuses (here the database is full, as on a full disk: SQLite answers SQLITE_FULL) keeps the
 * story open with its text, says why, and lets nothing that waited on it (closing the window, opening another
 * story) go ahead until the person has chosen.
 */
class FailedSaveTest {
    @TempDir
    Path folder;

    private App app;
    private Database database;
    private StoryEditorViewModel viewModel;
    private Story draft;
    private final List<String> happened = new ArrayList<>();

    @BeforeEach
    void openDraft() {
        database = Database.open(folder.resolve("news.db"));
        app = new App(database, Clock.systemUTC());
        app.people().welcome("Eve");
        User writer = app.people().add("Eve", "Maya", Role.WRITER);
        draft = app.storyService().create("Maya", "Budget", "Short.", List.of());
        viewModel = new StoryEditorViewModel(app.storyService(), app.clipService(), app.editionService(),
                app.settingsService(), app.integrity(), Worker.inline(), writer);
        viewModel.open(draft.id(), () -> { });
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void fillTheDisk(int pages) {
        database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }

    private String typeALot() {
        String text = "The council approved the budget after a long night of debate, the Ledger reports. "
                .repeat(400);
        viewModel.bodyProperty().set(text);
        return text;
    }

    @Test
    void aFailedSaveKeepsTheStoryOpenAndHoldsBackClosing() throws Exception {
        fillTheDisk(1);
        String typed = typeALot();

        viewModel.saveThen(() -> happened.add("window closed"));

        assertEquals(List.of(), happened, "the window closed over unsaved text");
        assertEquals(draft.id(), viewModel.storyProperty().get().id());
        assertEquals(typed, viewModel.bodyProperty().get());
        assertTrue(viewModel.saving().dirtyProperty().get());
        assertTrue(viewModel.saving().saveFailureProperty().get().contains("full"), viewModel.saving().saveFailureProperty().get());
        assertTrue(viewModel.saving().isSomethingWaitingOnTheSave());
        assertEquals("Budget\n\n" + typed, viewModel.saving().unsavedText());
        Path copy = folder.resolve("budget.txt");
        viewModel.saving().writeUnsavedText(copy, written -> happened.add("written"), error -> happened.add("not written"));
        assertEquals("Budget\n\n" + typed, Files.readString(copy, StandardCharsets.UTF_8));
        assertEquals("Short.", app.stores().stories().find(draft.id()).orElseThrow().body(), "nothing half-saved");
    }

    @Test
    void aRetryThatWorksSavesAndThenLetsTheWaitingCloseGoAhead() {
        fillTheDisk(1);
        String typed = typeALot();
        viewModel.saveThen(() -> happened.add("window closed"));

        fillTheDisk(100_000);
        viewModel.saving().retrySave();

        assertEquals(List.of("window closed"), happened);
        assertEquals("", viewModel.saving().saveFailureProperty().get());
        assertEquals(typed, app.stores().stories().find(draft.id()).orElseThrow().body());
    }

    @Test
    void onlyThePersonsChoiceLetsTheWindowCloseWithoutSaving() {
        fillTheDisk(1);
        typeALot();
        viewModel.saveThen(() -> happened.add("window closed"));

        viewModel.saving().keepEditing();
        viewModel.saveThen(() -> happened.add("window closed"));
        assertEquals(List.of(), happened);
        viewModel.saving().goOnWithoutSaving();

        assertEquals(List.of("window closed"), happened);
        assertFalse(viewModel.saving().dirtyProperty().get());
    }
}
