package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.store.Database;
import org.newsdesk.ui.Worker;
import org.newsdesk.ui.settings.TeamSettingsViewModel;

/** Settings › Team does what the team commands do: create the team, then add a writer with a one-time password. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TeamSettingsViewModelTest {
    @TempDir
    Path folder;
    private TeamFixture team;

    @AfterEach
    void drop() throws Exception {
        if (team != null) {
            team.close();
        }
    }

    @Test
    void anEditorCreatesTheTeamAndAddsAWriterFromSettings() throws Exception {
        team = TeamFixture.empty();
        try (App app = new App(Database.open(folder.resolve("ed.db")), Clock.systemUTC())) {
            app.people().welcome("Ed");
            TeamSettingsViewModel viewModel = new TeamSettingsViewModel(app.teamService(), Worker.inline(), "Ed");
            viewModel.load();
            assertEquals("This newsroom is not part of a team.", viewModel.statusProperty().get());

            // The settings screen's own group role names are the standard ones; this test's server may hold
            // other teams, so it names the database's roles through the fixture's server first.
            try (TeamServer admin = team.connectAdmin()) {
                TeamSchema.migrate(admin, team.writerRole, team.editorRole);
            }
            viewModel.serverProperty().set(team.address.toString());
            viewModel.loginProperty().set(team.admin);
            viewModel.create(team.passwordOf(team.admin));
            waitFor(() -> !viewModel.busyProperty().get() && !viewModel.messageProperty().get().isEmpty());
            assertTrue(viewModel.messageProperty().get().startsWith("Created the team newsroom"),
                    viewModel.messageProperty().get());
            assertTrue(viewModel.statusProperty().get().contains("as Ed"), viewModel.statusProperty().get());

            team.registerLogin("wendy");
            viewModel.personNameProperty().set("Wendy");
            viewModel.setPerson(Role.WRITER);
            waitFor(() -> !viewModel.busyProperty().get() && viewModel.messageProperty().get().contains("one-time"));
            assertTrue(viewModel.messageProperty().get().startsWith("Wendy is a writer, login wendy"),
                    viewModel.messageProperty().get());
            assertEquals(Role.WRITER, app.people().require("Wendy").role());
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
