package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.User;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Who is at the desk: the name at the top right switches person, {@code --as} opens the app as that person, and a
 * computer that never opened this newsroom asks who you are when the newsroom has more than one person.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SwitchPersonTest {
    @TempDir
    Path folder;

    private Stage stage;
    private RunningApp running;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void newsroom() {
        running = new RunningApp(folder);
    }

    @AfterEach
    void close() {
        running.close();
    }

    @Test
    void theNameAtTheTopRightSwitchesPersonAndTheDesksFollow(FxRobot robot) throws Exception {
        MainWindow editorWindow = running.showAs(robot, stage, SampleDesk.EDITOR);
        assertTrue(desks(robot).getItems().stream().anyMatch(desk -> desk.title().equals("Review queue")));

        robot.clickOn("#personLabel");
        RunningApp.waitUntil(() -> robot.lookup(SampleDesk.WRITER + " \u00B7 Writer").tryQuery().isPresent());
        running.window.set(null);
        robot.clickOn(SampleDesk.WRITER + " \u00B7 Writer");
        RunningApp.waitUntil(() -> running.window.get() != null && running.window.get() != editorWindow);

        assertEquals(SampleDesk.WRITER + " \u00B7 Writer", robot.lookup("#personLabel").queryAs(Label.class).getText());
        assertFalse(desks(robot).getItems().stream().anyMatch(desk -> desk.title().equals("Review queue")),
                "a writer has no review queue");
        assertEquals(Optional.of(SampleDesk.WRITER), running.preferences.lastPerson(running.file));
        assertTrue(stage.getTitle().contains(SampleDesk.WRITER), stage.getTitle());
    }

    @Test
    void asNameOpensTheAppAsThatPerson(FxRobot robot) throws TimeoutException {
        running.preferences.rememberPerson(running.file, SampleDesk.EDITOR);
        robot.interact(() -> NewsdeskApplication.show(stage, new Screens(running.app, running.worker),
                running.preferences, link -> { }, Optional.of(SampleDesk.SECOND_WRITER), running.window::set));
        RunningApp.waitUntil(() -> running.window.get() != null);

        assertEquals(SampleDesk.SECOND_WRITER, running.window.get().person().name());
    }

    @Test
    void aComputerThatNeverOpenedThisNewsroomAsksWhoIsAtTheDesk(FxRobot robot) throws TimeoutException {
        // This machine used another newsroom before, as Eve: that is no answer for this one.
        running.preferences.rememberPerson(folder.resolve("elsewhere.db"), SampleDesk.EDITOR);
        robot.interact(() -> NewsdeskApplication.show(stage, new Screens(running.app, running.worker),
                running.preferences, link -> { }, Optional.empty(), running.window::set));
        RunningApp.waitUntil(() -> robot.lookup("#whoBox").tryQuery().isPresent());
        assertTrue(running.window.get() == null, "the window waits for the answer");

        @SuppressWarnings("unchecked")
        ComboBox<User> who = robot.lookup("#whoBox").queryAs(ComboBox.class);
        assertEquals(3, who.getItems().size());
        robot.interact(() -> who.getSelectionModel().select(who.getItems().stream()
                .filter(user -> user.name().equals(SampleDesk.SECOND_WRITER)).findFirst().orElseThrow()));
        robot.clickOn("OK");
        RunningApp.waitUntil(() -> running.window.get() != null);

        assertEquals(SampleDesk.SECOND_WRITER, running.window.get().person().name());
        assertEquals(Optional.of(SampleDesk.SECOND_WRITER), running.preferences.lastPerson(running.file));
    }

    private static ListView<Desk> desks(FxRobot robot) {
        return robot.lookup("#deskList").queryListView();
    }
}
