package org.newsdesk.ui.settings;

import org.newsdesk.testing.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.store.Database;
import org.newsdesk.ui.Worker;
import org.newsdesk.ui.firstrun.FirstRunViewModel;
import org.newsdesk.ui.settings.SettingsViewModel;

/** The first-run and settings view-models, with the worker inline and no toolkit. */
@Timeout(30)
class OpsViewModelTest {
    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private App app;

    private App newsroom() {
        app = new App(Database.open(folder.resolve("newsdesk.db")), clock);
        return app;
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theGreetingWelcomesTheFirstEditorWithTheDemo() {
        FirstRunViewModel greeting = new FirstRunViewModel(newsroom().firstRun(), Worker.inline(), "");
        assertFalse(greeting.canStartProperty().get(), "no name yet");
        greeting.nameProperty().set("Ann");

        greeting.start();

        assertEquals(new User("Ann", Role.EDITOR), greeting.welcomedProperty().get());
        assertEquals("Welcome, Ann.", greeting.messageProperty().get());
        assertTrue(app.demo().isPresent());
    }

    @Test
    void theGreetingSaysWhySomeoneCannotBeWelcomed() {
        newsroom().firstRun().welcome("Ann", false);
        FirstRunViewModel greeting = new FirstRunViewModel(app.firstRun(), Worker.inline(), "Bo");
        greeting.withDemoProperty().set(false);

        greeting.start();

        assertEquals(null, greeting.welcomedProperty().get());
        assertEquals("This newsroom already has people; an editor adds newcomers.", greeting.messageProperty().get());
        assertFalse(greeting.busyProperty().get());
    }

    @Test
    void theSettingsScreenLoadsSavesAndRefusesInOneSentence() {
        newsroom().firstRun().welcome("Ann", false);
        SettingsViewModel screen = settingsFor(app, "Ann");
        screen.load();
        assertEquals("150-250", screen.valueProperty(NewsroomSettings.KEY_WORD_TARGET).get());
        assertTrue(screen.canManagePeopleProperty().get());

        screen.valueProperty(NewsroomSettings.KEY_NEWSLETTER_NAME).set("Crime and Justice News");
        screen.valueProperty(NewsroomSettings.KEY_WORD_TARGET).set("120-200");
        screen.save();
        assertEquals("Settings saved.", screen.messageProperty().get());
        assertEquals("Crime and Justice News", app.settingsService().current().newsletterName());
        assertEquals(120, app.settingsService().current().minWords());

        screen.valueProperty(NewsroomSettings.KEY_SIZE_BUDGET_KB).set("huge");
        screen.valueProperty(NewsroomSettings.KEY_TAGLINE).set("Never stored");
        screen.save();
        assertEquals("The size budget is a whole number of kilobytes, such as 90, not “huge”.",
                screen.messageProperty().get());
        assertEquals("", app.settingsService().current().tagline());
    }

    @Test
    void outletsPeopleTheDemoAndBackupsAreManagedFromTheScreen() throws Exception {
        newsroom().firstRun().welcome("Ann", true);
        SettingsViewModel screen = settingsFor(app, "Ann");
        screen.load();
        assertTrue(screen.demoPresentProperty().get());

        screen.saveOutlet("Reuters", "Reuters", "reuters.com; reuters.co.uk");
        Path csv = folder.resolve("outlets.csv");
        screen.exportOutlets(csv);
        screen.addPerson("Ted", Role.WRITER);
        screen.changeRole("Ted", Role.EDITOR);
        screen.removeDemo();
        screen.backUpNow();

        assertEquals(List.of(new Outlet("Reuters", "Reuters", List.of("reuters.co.uk", "reuters.com"))),
                List.copyOf(screen.outlets()));
        assertTrue(Files.readString(csv).contains("Reuters,Reuters,reuters.co.uk reuters.com"));
        assertEquals(List.of(new User("Ann", Role.EDITOR), new User("Ted", Role.EDITOR)), List.copyOf(screen.people()));
        assertFalse(screen.demoPresentProperty().get());
        assertEquals(1, screen.backups().size());
        assertTrue(screen.messageProperty().get().startsWith("Backed up to newsdesk-"), screen.messageProperty().get());
    }

    @Test
    void aWriterSeesPeopleButCannotManageThem() {
        newsroom().firstRun().welcome("Ann", false);
        app.people().add("Ann", "Ted", Role.WRITER);
        SettingsViewModel screen = settingsFor(app, "Ted");

        screen.load();
        screen.addPerson("Zed", Role.EDITOR);

        assertFalse(screen.canManagePeopleProperty().get());
        assertEquals("Only editors add people or change roles.", screen.messageProperty().get());
        assertEquals(2, screen.people().size());
    }

    static SettingsViewModel settingsFor(App app, String actor) {
        return new SettingsViewModel(app.settingsService(), app.people(), app.demo(), app.backups(), app.file(),
                Worker.inline(), actor);
    }
}
