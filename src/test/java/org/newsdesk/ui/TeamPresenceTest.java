package org.newsdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Story;
import org.newsdesk.sync.StoryPresence;
import org.newsdesk.sync.TeamFixture;
import org.newsdesk.sync.TeamSchema;
import org.newsdesk.sync.TeamServer;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The story editor on a team desk says who else has the story open, and the line comes and goes while the story
 * stays open: a colleague opening it on another machine appears, closing it makes the line go.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TeamPresenceTest {
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
        for (int i = elsewhere.size() - 1; i >= 0; i--) {
            elsewhere.get(i).close();
        }
        if (running != null) {
            running.close();
        }
        if (team != null) {
            team.close();
        }
    }

    @Test
    void aColleagueOpeningTheStoryAppearsInTheToolbarAndGoesWhenTheyCloseIt(FxRobot robot) throws Exception {
        team = TeamFixture.empty();
        running = new RunningApp(folder);
        Story jury = running.newsroom.submitted(SampleDesk.WRITER, "Jury awards $1.3 million",
                "A federal jury awarded $1.3 million, the Appeal reports.", "Prisons");
        try (TeamServer admin = team.connectAdmin()) {
            TeamSchema.migrate(admin, team.writerRole, team.editorRole);
        }
        running.app.teamService().create(team.address.toString(), team.admin, team.passwordOf(team.admin),
                SampleDesk.EDITOR).get(30, TimeUnit.SECONDS);
        String nora = "nora_" + team.suffix;
        team.registerLogin(nora);
        try (TeamServer asEve = team.connectAdmin()) {
            String oneTimePassword = running.app.team().setPerson(asEve, SampleDesk.SECOND_WRITER, "EDITOR", nora);
            team.firstLogin(nora, oneTimePassword).close();
        }

        MainWindow window = running.showAs(robot, stage, SampleDesk.EDITOR);
        Label teamLine = robot.lookup("#teamLabel").queryAs(Label.class);
        RunningApp.waitUntil(() -> teamLine.getText().equals("Online"));
        robot.interact(() -> window.openStory(jury.id()));
        Label alsoOpen = robot.lookup("#alsoOpenLabel").queryAs(Label.class);
        RunningApp.waitUntil(() -> robot.lookup("#headlineField").queryAll().stream().anyMatch(node ->
                node instanceof javafx.scene.control.TextInputControl field && field.getText().equals(jury.headline())));

        StoryPresence norasDesk = new StoryPresence(() -> true, () -> team.connect(nora),
                () -> SampleDesk.SECOND_WRITER, Duration.ofSeconds(30));
        elsewhere.add(norasDesk);
        norasDesk.open(jury.id(), others -> { });
        RunningApp.waitUntil(() -> alsoOpen.isVisible()
                && alsoOpen.getText().equals("Also open: " + SampleDesk.SECOND_WRITER));

        norasDesk.closeStory();
        RunningApp.waitUntil(() -> !alsoOpen.isVisible());
    }
}
