package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.Database;

/** Two desks running live sync: a submission and an approval cross without anyone pressing Sync. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveSyncTest {
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
    void aSubmissionReachesTheEditorAndTheApprovalComesBackWithANotice() throws Exception {
        team = TeamFixture.empty();
        try (App ed = new App(Database.open(folder.resolve("ed.db")), Clock.systemUTC());
             App wendy = new App(Database.open(folder.resolve("wendy.db")), Clock.systemUTC())) {
            String login = "wendy_" + team.suffix;
            team.registerLogin(login);
            String oneTimePassword;
            try (TeamServer edServer = team.connectAdmin()) {
                ed.people().welcome("Ed");
                ed.team().create(edServer, "Ed", team.writerRole, team.editorRole);
                oneTimePassword = ed.team().setPerson(edServer, "Wendy", "WRITER", login);
            }
            try (TeamServer wendyServer = team.firstLogin(login, oneTimePassword)) {
                wendy.team().join(wendyServer);
            }
            String password = team.passwordOf(login);
            LinkedBlockingQueue<String> edNotices = new LinkedBlockingQueue<>();
            LinkedBlockingQueue<String> wendyNotices = new LinkedBlockingQueue<>();
            try (LiveSync edLive = new LiveSync(ed.team(), ed.stores().database(),
                    Credentials.fixed(team.passwordOf(team.admin)), Duration.ofSeconds(30),
                    state -> { if (state.lastReport() != null) { edNotices.addAll(state.lastReport().notices()); } })
                    .start();
                 LiveSync wendyLive = new LiveSync(wendy.team(), wendy.stores().database(), Credentials.fixed(password),
                         Duration.ofSeconds(30), state -> {
                             if (state.lastReport() != null) {
                                 wendyNotices.addAll(state.lastReport().notices());
                             }
                         }).start()) {
                Story story = wendy.storyService().create("Wendy", "Fentanyl talks", "Talks resume.", List.of());
                wendy.storyService().submit("Wendy", story.id());

                assertEquals("Wendy submitted \u201cFentanyl talks\u201d", edNotices.poll(10, TimeUnit.SECONDS));
                assertEquals(StoryStatus.SUBMITTED, ed.stores().stories().find(story.id()).orElseThrow().status());

                ed.storyService().approve("Ed", story.id());
                assertEquals("Ed approved \u201cFentanyl talks\u201d", wendyNotices.poll(10, TimeUnit.SECONDS));
                assertEquals(StoryStatus.APPROVED, wendy.stores().stories().find(story.id()).orElseThrow().status());
            }
        }
    }

    @Test
    void withNoNotificationAPeriodicPullStillBringsTheChange() throws Exception {
        team = TeamFixture.create();
        String wade = team.person("Wade", "WRITER");
        try (App desk = new App(Database.open(folder.resolve("desk.db")), Clock.systemUTC())) {
            try (TeamServer server = team.connect(wade)) {
                desk.team().join(server);
            }
            LinkedBlockingQueue<Long> pulls = new LinkedBlockingQueue<>();
            try (LiveSync live = new LiveSync(desk.team(), desk.stores().database(), Credentials.fixed(team.passwordOf(wade)),
                    Duration.ofMillis(700), state -> pulls.add(desk.team().lastChange())).start()) {
                pulls.poll(10, TimeUnit.SECONDS);
                // Written by the schema's owner straight into the change series, with no NOTIFY: only a periodic
                // pull can find it.
                try (var owner = team.sqlAs(team.admin); var statement = owner.createStatement()) {
                    statement.execute("UPDATE newsdesk.change_counter SET last = last + 1");
                    statement.execute("INSERT INTO newsdesk.changes (seq, kind, entity_id, version, actor, action,"
                            + " data) SELECT last, 'setting', 'tagline', 1, 'Ed', 'SAVE',"
                            + " '{\"key\": \"tagline\", \"value\": \"Quietly\"}' FROM newsdesk.change_counter");
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (desk.stores().settings().get("tagline").isEmpty() && System.nanoTime() < deadline) {
                    pulls.poll(1, TimeUnit.SECONDS);
                }
                assertEquals("Quietly", desk.stores().settings().get("tagline").orElse(null));
                assertTrue(desk.team().lastChange() > 0);
            }
        }
    }
}
