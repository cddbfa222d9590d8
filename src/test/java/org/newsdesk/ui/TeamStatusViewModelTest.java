package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.app.TeamService;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;
import org.newsdesk.sync.Credentials;
import org.newsdesk.sync.TeamFixture;
import org.newsdesk.sync.TeamServer;

/** The status bar's team line: empty for a lone newsroom; Online, with a colleague's approval as a notice. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TeamStatusViewModelTest {
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
    void aLoneNewsroomShowsNoTeamLine() {
        try (App app = new App(Database.open(folder.resolve("lone.db")), Clock.systemUTC())) {
            TeamStatusViewModel viewModel = new TeamStatusViewModel(app.teamService(), Worker.inline());
            viewModel.start();
            assertEquals("", viewModel.statusProperty().get());
        }
    }

    @Test
    void aJoinedDeskIsOnlineAndHearsTheEditorsApproval() throws Exception {
        team = TeamFixture.create();
        String wade = team.person("Wade", "WRITER");
        try (App desk = new App(Database.open(folder.resolve("desk.db")), Clock.systemUTC());
             TeamServer asWade = team.connect(wade)) {
            desk.team().join(asWade);
            Story story = desk.storyService().create("Wade", "Harbour fire", "A fire at the harbour.", List.of());
            desk.storyService().submit("Wade", story.id());
            desk.team().sync(asWade);

            // The desk app reads the password from PGPASSWORD or ~/.pgpass; the test hands it over.
            TeamService service = new TeamService(desk.team(), desk.stores().database(),
                    Credentials.fixed(team.passwordOf(wade)));
            TeamStatusViewModel viewModel = new TeamStatusViewModel(service, Worker.inline());
            LinkedBlockingQueue<String> notices = new LinkedBlockingQueue<>();
            viewModel.onNotices(fresh -> fresh.forEach(n -> notices.add(n.text())));
            viewModel.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!viewModel.statusProperty().get().equals("Online") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals("Online", viewModel.statusProperty().get());

            try (TeamServer asEd = team.connectAdmin()) {
                asEd.apply(List.of(new TeamServer.Op(java.util.UUID.randomUUID(), "story", "APPROVE",
                        story.id().toString(), asEd.changesAfter(0, 1000).stream()
                        .filter(c -> c.entityId().equals(story.id().toString())).mapToLong(TeamServer.Change::version)
                        .max().orElseThrow(), "{}")));
            }
            assertEquals("Ed approved \u201cHarbour fire\u201d", notices.poll(10, TimeUnit.SECONDS));
            service.close();
        }
    }
}
