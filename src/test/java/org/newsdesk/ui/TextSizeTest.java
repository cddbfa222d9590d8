package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View › Bigger text reaches every window: the review queue and the edition builder inside the main window,
 * Settings and the shortcuts list in windows of their own; at 200 % the sidebar and the columns make room.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TextSizeTest {
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
        running.newsroom.approved(SampleDesk.WRITER, "Jail deaths climb as care lags",
                "Deaths in jails rose again, the Example Times reports.", "Prisons");
        running.newsroom.submitted(SampleDesk.SECOND_WRITER, "Bail study finds no rise in rearrests",
                "Researchers found no rise, Bolts reports.", "Courts");
    }

    @AfterEach
    void close() {
        robotCloseOtherWindows();
        running.close();
    }

    private void robotCloseOtherWindows() {
        javafx.application.Platform.runLater(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(window -> window != stage && window instanceof Stage).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void twoHundredPercentReachesEveryWindowAndNothingInTheSidebarIsCutOff(FxRobot robot) throws Exception {
        running.showAs(robot, stage, SampleDesk.EDITOR);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.clickOn("#storyTable");
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2.0, TextSize.scale(), 1e-9);
        assertEquals(2.0, running.preferences.number("fontScale", 1.0), 1e-9, "remembered for the next start");

        // The sidebar: every desk name whole, with its count.
        ListView<Desk> desks = robot.lookup("#deskList").queryListView();
        RunningApp.waitUntil(() -> robot.lookup("#deskList .desk-count").tryQuery().isPresent());
        List<String> cut = new ArrayList<>();
        for (Node name : desks.lookupAll(".desk-name")) {
            if (shownText((Labeled) name).contains("\u2026")) {
                cut.add(shownText((Labeled) name));
            }
        }
        assertEquals(List.of(), cut, "desk names cut off at 200 %");
        assertEquals(28, ((Labeled) desks.lookup(".desk-name")).getFont().getSize(), 0.5);
        for (Node header : robot.lookup("#storyTable .column-header .label").queryAll()) {
            assertTrue(!shownText((Labeled) header).contains("\u2026"), "column header " + shownText((Labeled) header));
        }

        showDesk(robot, "Review queue");
        RunningApp.waitUntil(() -> robot.lookup(".queue-headline").tryQuery().isPresent());
        assertEquals(28, robot.lookup(".queue-headline").queryLabeled().getFont().getSize(), 0.5);

        showDesk(robot, "Edition builder");
        RunningApp.waitUntil(() -> robot.lookup("#candidateList .story-headline").tryQuery().isPresent());
        assertEquals(28, robot.lookup("#candidateList .story-headline").queryLabeled().getFont().getSize(), 0.5);

        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        RunningApp.waitUntil(() -> robot.lookup("#settingsSections").tryQuery().isPresent());
        Parent settings = robot.lookup("#settingsSections").query().getScene().getRoot();
        assertEquals(28, ((Labeled) settings.lookup(".label")).getFont().getSize(), 0.5);
        robot.push(KeyCode.ESCAPE);

        robot.interact(() -> stage.requestFocus());
        robot.push(KeyCode.F1);
        RunningApp.waitUntil(() -> robot.lookup("#shortcutGrid").tryQuery().isPresent());
        Labeled shortcut = (Labeled) robot.lookup("#shortcutGrid .shortcut-keys").query();
        assertEquals(28, shortcut.getFont().getSize(), 0.5);
        assertEquals(28, ((Labeled) robot.lookup("#shortcutGrid").query().getScene().getRoot()
                .lookup(".dialog-pane .header-panel .label")).getFont().getSize(), 5, "the dialog's header too");
    }

    private static String shownText(Labeled label) {
        Node text = label.lookup(".text");
        return text instanceof Text shown ? shown.getText() : label.getText();
    }

    private static void showDesk(FxRobot robot, String title) {
        ListView<Desk> desks = robot.lookup("#deskList").queryListView();
        robot.interact(() -> desks.getItems().stream().filter(desk -> desk.title().equals(title)).findFirst()
                .ifPresent(desks.getSelectionModel()::select));
    }
}
