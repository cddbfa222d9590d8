package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Room for the edition: with a story opened from the Edition builder, the builder is not squeezed beside it; the
 * story covers it at full width, and closing the story shows the builder again, as it was.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EditionRoomTest {
    @TempDir
    Path folder;

    private Stage stage;
    private App app;
    private FxWorker worker;
    private MachinePreferences preferences;
    private final AtomicReference<MainWindow> window = new AtomicReference<>();

    @Start
    void start(Stage shown) {
        stage = shown;
    }

    @AfterEach
    void close() {
        preferences.clear();
        worker.close();
        WaitForAsyncUtils.waitForFxEvents(); // what the worker handed back runs while the file is open
        app.close();
    }

    @Test
    void aStoryOpenedFromTheBuilderCoversItAndClosingItReturnsThere(FxRobot robot) throws Exception {
        app = new App(Database.open(folder.resolve("room.db")), Clock.systemUTC());
        app.people().welcome("Ted");
        Story story = app.storyService().create("Ted", "Council passes budget", "The council passed it.", List.of());
        app.storyService().submit("Ted", story.id());
        app.storyService().approve("Ted", story.id());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        app.editionService().create("Ted", today, "Morning digest");
        app.editionService().add("Ted", today, List.of(story.id()), null);
        preferences = new MachinePreferences(Preferences.userRoot().node("org/newsdesk/test/" + UUID.randomUUID()));
        worker = new FxWorker();
        robot.interact(() -> NewsdeskApplication.show(stage, new Screens(app, worker), preferences, link -> { },
                window::set));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.get() != null);
        SplitPane content = robot.lookup(".content-split").queryAs(SplitPane.class);
        Node desk = robot.lookup(".desk-area").query();
        Desk builder = window.get().desks().stream().filter(each -> each.title().equals("Edition builder"))
                .findFirst().orElseThrow();
        robot.interact(() -> window.get().showDesk(builder));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#wideToggle").tryQuery().isPresent());
        double builderWidth = desk.getBoundsInParent().getWidth();

        robot.interact(() -> window.get().openStory(story.id()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.get().editor().storyProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(content.getItems().contains(desk), "the story covers the builder instead of squeezing it");
        assertEquals(1, content.getItems().size());

        robot.interact(() -> window.get().closeStory());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> content.getItems().contains(desk));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(desk), content.getItems());
        assertTrue(robot.lookup("#wideToggle").tryQuery().isPresent(), "the builder is back, as it was");
        assertEquals(builderWidth, desk.getBoundsInParent().getWidth(), 1.0);
    }
}
