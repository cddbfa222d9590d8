package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;
import org.newsdesk.store.ReplicaStore;
import org.newsdesk.testing.MovableClock;

/** A writer away for a week, writing offline, while the newsroom makes hundreds of changes (more than one pull batch): one sync catches up exactly. */
class WeekOfflineTest {
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
    void aWeekAwayThenOneSyncLeavesTheFileIdenticalToTheNewsroom() throws Exception {
        team = TeamFixture.empty();
        MovableClock clock = new MovableClock(Instant.parse("2026-11-23T08:00:00Z"));
        try (App ed = new App(Database.open(folder.resolve("ed.db")), clock);
             TeamServer edServer = team.connectAdmin()) {
            ed.people().welcome("Ed");
            ed.people().add("Ed", "Wendy", Role.WRITER);
            ed.team().create(edServer, "Ed", team.writerRole, team.editorRole);
            String login = "wendy_" + team.suffix;
            team.registerLogin(login);
            String oneTimePassword = ed.team().setPerson(edServer, "Wendy", "WRITER", login);

            try (App wendy = new App(Database.open(folder.resolve("wendy.db")), Clock.systemUTC())) {
                List<Story> hers = new ArrayList<>();
                try (TeamServer wendyServer = team.firstLogin(login, oneTimePassword)) {
                    wendy.team().join(wendyServer);
                    for (int i = 0; i < 5; i++) {
                        hers.add(wendy.storyService().create("Wendy", "Her story " + i, "Draft " + i, List.of()));
                    }
                    wendy.team().sync(wendyServer);
                }
                ed.team().sync(edServer);

                // The week: the newsroom works on; Wendy writes offline.
                for (int day = 0; day < 7; day++) {
                    LocalDate date = LocalDate.of(2026, 11, 23).plusDays(day);
                    ed.editionService().create("Ed", date, "Daily " + date);
                    for (int n = 0; n < 12; n++) {
                        Story story = ed.storyService().create("Ed", "Day " + day + " item " + n, "Body", List.of());
                        ed.storyService().submit("Ed", story.id());
                        ed.storyService().comment("Ed", story.id(), "Check the figures.");
                        ed.storyService().approve("Ed", story.id());
                        ed.editionService().add("Ed", date, List.of(story.id()), n % 2 == 0 ? "Top" : "Courts");
                    }
                    ed.settingsService().set("Ed", org.newsdesk.model.NewsroomSettings.KEY_NEWSLETTER_NAME, "The Daily " + day);
                    ed.team().sync(edServer);
                    clock.advance(Duration.ofDays(1));
                    Story mine = hers.get(day % hers.size());
                    Story current = wendy.stores().stories().find(mine.id()).orElseThrow();
                    wendy.storyService().save("Wendy", current.withText(current.headline(),
                            current.body() + " Offline day " + day + "."));
                }
                wendy.storyService().submit("Wendy", hers.get(0).id());
                long serverLast = edServer.lastChange();
                assertTrue(serverLast > 600, "the newsroom made " + serverLast + " changes");

                try (TeamServer wendyServer = team.connect(login)) {
                    TeamSync.Report report = wendy.team().sync(wendyServer);
                    assertEquals(0, report.waiting());
                    assertTrue(report.conflicts().isEmpty(), report.conflicts().toString());
                    assertEquals(wendyServer.lastChange(), report.lastChange(), "caught up to the newest change");
                }
                ed.team().sync(edServer);
                try (Connection server = team.sqlAs(team.admin)) {
                    var onServer = NewsroomContent.ofServer(server);
                    assertEquals(onServer, NewsroomContent.ofReplica(new ReplicaStore(wendy.stores().database())));
                    assertEquals(onServer, NewsroomContent.ofReplica(new ReplicaStore(ed.stores().database())));
                    assertEquals(7 * 12 + 5, onServer.get("story").size());
                    assertTrue(onServer.get("story").stream().anyMatch(line -> line.contains("Offline day 6.")));
                }
            }
        }
    }
}
