package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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

/** Who else has a story open shows while the story stays open, comes and goes live, and never locks anything. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PresenceTest {
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
    void aColleagueOpeningAndClosingTheStoryAppearsAndGoesWhileItStaysOpenAndNothingIsLocked() throws Exception {
        team = TeamFixture.create();
        String wendy = team.person("Wendy", "WRITER");
        try (App edApp = new App(Database.open(folder.resolve("ed.db")), Clock.systemUTC());
             App wendyApp = new App(Database.open(folder.resolve("wendy.db")), Clock.systemUTC())) {
            try (TeamServer asEd = team.connectAdmin(); TeamServer asWendy = team.connect(wendy)) {
                edApp.team().join(asEd);
                wendyApp.team().join(asWendy);
            }
            Story draft = wendyApp.storyService().create("Wendy", "Tram line", "The tram line opens.", List.of());
            try (TeamService edDesk = new TeamService(edApp.team(), edApp.stores().database(),
                    Credentials.fixed(team.passwordOf(team.admin)));
                 TeamService wendyDesk = new TeamService(wendyApp.team(), wendyApp.stores().database(),
                         Credentials.fixed(team.passwordOf(wendy)))) {
                wendyDesk.startLive(state -> { });
                LinkedBlockingQueue<List<String>> wendySees = new LinkedBlockingQueue<>();
                wendyDesk.storyOpened(draft.id(), wendySees::add);
                assertEquals(List.of(), wendySees.poll(10, TimeUnit.SECONDS), "no one else has it open yet");

                edDesk.storyOpened(draft.id(), others -> { });
                assertEquals(List.of("Ed"), wendySees.poll(10, TimeUnit.SECONDS),
                        "Ed appears while Wendy keeps the story open");

                Story mine = wendyApp.stores().stories().find(draft.id()).orElseThrow();
                wendyApp.storyService().save("Wendy", mine.withText("Tram line opens", mine.body()));
                try (TeamServer asWendy = team.connect(wendy)) {
                    assertEquals(0, wendyApp.team().sync(asWendy).waiting(), "an open story is never locked");
                }

                edDesk.storyClosed();
                assertEquals(List.of(), wendySees.poll(10, TimeUnit.SECONDS), "Ed goes when he closes it");
            }
        }
    }

    @Test
    void withoutANotificationTheHeartbeatStillFindsWhoOpenedTheStory() throws Exception {
        team = TeamFixture.create();
        String wendy = team.person("Wendy", "WRITER");
        UUID story = UUID.randomUUID();
        LinkedBlockingQueue<List<String>> edSees = new LinkedBlockingQueue<>();
        try (StoryPresence ed = new StoryPresence(() -> true, team::connectAdmin, () -> "Ed", Duration.ofMillis(300));
             StoryPresence wendysDesk = new StoryPresence(() -> true, () -> team.connect(wendy), () -> "Wendy",
                     Duration.ofSeconds(30))) {
            ed.open(story, edSees::add);
            assertEquals(List.of(), edSees.poll(10, TimeUnit.SECONDS));
            wendysDesk.open(story, others -> { });
            assertEquals(List.of("Wendy"), edSees.poll(10, TimeUnit.SECONDS),
                    "Ed's desk, listening to nothing, asks again at its next heartbeat");
        }
    }
}
