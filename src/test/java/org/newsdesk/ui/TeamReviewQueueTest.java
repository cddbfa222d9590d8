package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.app.StoryService.QueuedStory;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;
import org.newsdesk.sync.TeamFixture;
import org.newsdesk.sync.TeamSchema;
import org.newsdesk.sync.TeamServer;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An editor's review queue, open on a desk joined to a PostgreSQL newsroom: a writer's submission made on another
 * machine comes in, and a story approved on another desk goes out, with no click.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TeamReviewQueueTest {
    @TempDir
    Path folder;

    private Stage stage;
    private TeamFixture team;
    private RunningApp running;
    private final List<AutoCloseable> elsewhere = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (running != null) {
            running.close();
        }
        for (int i = elsewhere.size() - 1; i >= 0; i--) {
            elsewhere.get(i).close();
        }
        if (team != null) {
            team.close();
        }
    }

    private <T extends AutoCloseable> T elsewhere(T thing) {
        elsewhere.add(thing);
        return thing;
    }

    @Test
    void aSubmissionFromAnotherMachineComesInAndAnApprovalOnAnotherDeskTakesItOutWithNoClick(FxRobot robot)
            throws Exception {
        team = TeamFixture.empty();
        running = new RunningApp(folder);
        try (TeamServer admin = team.connectAdmin()) {
            TeamSchema.migrate(admin, team.writerRole, team.editorRole);
        }
        // The editor makes her newsroom the team's, as Settings › Team does; her desk then syncs by itself.
        running.app.teamService().create(team.address.toString(), team.admin, team.passwordOf(team.admin),
                SampleDesk.EDITOR).get(30, TimeUnit.SECONDS);
        String tedLogin = "ted_" + team.suffix;
        team.registerLogin(tedLogin);
        String oneTimePassword;
        try (TeamServer asEve = team.connectAdmin()) {
            oneTimePassword = running.app.team().setPerson(asEve, SampleDesk.WRITER, "WRITER", tedLogin);
        }
        App ted = elsewhere(new App(Database.open(folder.resolve("ted.db")), Clock.systemUTC()));
        TeamServer tedServer = elsewhere(team.firstLogin(tedLogin, oneTimePassword));
        ted.team().join(tedServer);
        App evesLaptop = elsewhere(new App(Database.open(folder.resolve("eve-laptop.db")), Clock.systemUTC()));
        TeamServer laptopServer = elsewhere(team.connectAdmin());
        evesLaptop.team().join(laptopServer);

        running.showAs(robot, stage, SampleDesk.EDITOR);
        Label teamLine = robot.lookup("#teamLabel").queryAs(Label.class);
        RunningApp.waitUntil(() -> teamLine.getText().equals("Online"));
        ListView<Desk> desks = robot.lookup("#deskList").queryListView();
        robot.clickOn(robot.from(desks).lookup((Node cell) -> cell instanceof javafx.scene.control.ListCell<?> listed
                && listed.getItem() instanceof Desk desk && desk.title().equals("Review queue")).<Node>query());
        ListView<QueuedStory> queue = robot.lookup("#queueList").queryListView();
        RunningApp.waitUntil(() -> queue.getItems().isEmpty() && queue.getScene() != null);

        Story fire = ted.storyService().create(SampleDesk.WRITER, "Harbour fire closes the ferry",
                "A fire at the harbour closed the ferry, the Ledger reports.", List.of());
        ted.storyService().submit(SampleDesk.WRITER, fire.id());
        ted.team().sync(tedServer);
        RunningApp.waitUntil(() -> headlines(queue).contains("Harbour fire closes the ferry"));
        RunningApp.waitUntil(() -> robot.lookup("#headlineField").queryTextInputControl().getText()
                .equals("Harbour fire closes the ferry"));

        evesLaptop.team().sync(laptopServer);
        evesLaptop.storyService().approve(SampleDesk.EDITOR, fire.id());
        evesLaptop.team().sync(laptopServer);
        RunningApp.waitUntil(() -> !headlines(queue).contains("Harbour fire closes the ferry"));
        RunningApp.waitUntil(() -> robot.lookup("#messageLabel").queryAll().stream()
                .anyMatch(node -> node instanceof Label label && label.getText().equals(
                        "\u201cHarbour fire closes the ferry\u201d was approved by " + SampleDesk.EDITOR
                                + " on another desk.")));
        assertTrue(robot.lookup("#headlineField").queryTextInputControl().getText().isEmpty(),
                "the queue is empty again and nothing is under review");
    }

    private static List<String> headlines(ListView<QueuedStory> queue) {
        return queue.getItems().stream().map(item -> item.story().headline()).toList();
    }
}
