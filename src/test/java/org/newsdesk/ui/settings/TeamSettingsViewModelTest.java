package org.newsdesk.ui.settings;

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
import org.newsdesk.sync.TeamFixture;
import org.newsdesk.sync.TeamSchema;
import org.newsdesk.sync.TeamServer;
import org.newsdesk.ui.Worker;

/**
 * Settings › Team does what the team commands do: create the team, add a writer with a one-time password, and the
 * writer joins from her own desk, choosing her own password.
 */
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
            java.util.regex.Matcher printed = java.util.regex.Pattern.compile("one-time password (\\S+) ")
                    .matcher(viewModel.messageProperty().get());
            assertTrue(printed.find(), viewModel.messageProperty().get());
            wendyJoinsWithTheOneTimePasswordAndChoosesHerOwn(printed.group(1));
        }
    }

    private void wendyJoinsWithTheOneTimePasswordAndChoosesHerOwn(String oneTime) throws Exception {
        try (App desk = new App(Database.open(folder.resolve("wendy.db")), Clock.systemUTC())) {
            TeamSettingsViewModel viewModel = new TeamSettingsViewModel(desk.teamService(), Worker.inline(), "Wendy");
            viewModel.serverProperty().set(team.address.toString());
            viewModel.loginProperty().set("wendy");

            viewModel.join(oneTime, "wendys-own-secret", "wendys-own-secrte");
            assertEquals("The two new passwords differ; type the same one twice.", viewModel.messageProperty().get());

            viewModel.join(oneTime, "", "");
            waitFor(() -> !viewModel.busyProperty().get() && viewModel.messageProperty().get().contains("one-time"));
            assertEquals("This login still has its one-time password: choose your own in \"Your own password\""
                    + " (twice), then join again.", viewModel.messageProperty().get());

            viewModel.join(oneTime, "short", "short");
            waitFor(() -> !viewModel.busyProperty().get() && viewModel.messageProperty().get().contains("at least"));
            assertEquals("Choose a password of at least 10 characters.", viewModel.messageProperty().get());

            viewModel.join(oneTime, "wendys-own-secret", "wendys-own-secret");
            waitFor(() -> !viewModel.busyProperty().get() && viewModel.messageProperty().get().startsWith("Joined"));
            assertTrue(viewModel.messageProperty().get().startsWith("Joined the team newsroom on " + team.address
                    + " as Wendy"), viewModel.messageProperty().get());
            assertTrue(viewModel.joinedProperty().get());
        }
        try (TeamServer asWendy = TeamServer.connect(team.address, "wendy", "wendys-own-secret", false)) {
            // whoami() refuses a login whose one-time password was never replaced (the test server trusts
            // loopback, so which password signs in is OneTimePasswordTest's business)
            assertEquals("Wendy", asWendy.whoami().person(), "her one-time password is replaced by her own");
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
