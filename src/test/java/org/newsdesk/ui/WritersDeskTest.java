package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The writer's main path through the real window, headless: first run, write, autosave, close, reopen, submit. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WritersDeskTest {
    @TempDir
    Path folder;

    private Path databaseFile;
    private MachinePreferences preferences;
    private Stage firstStage;
    private App app;
    private FxWorker worker;
    private final AtomicReference<MainWindow> window = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        firstStage = stage;
    }

    @BeforeEach
    void openNewsroom() {
        databaseFile = folder.resolve("desk.db");
        preferences = new MachinePreferences(Preferences.userRoot().node("org/newsdesk/test/" + UUID.randomUUID()));
    }

    @AfterEach
    void closeNewsroom() {
        preferences.clear();
        if (worker != null) {
            worker.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private void showApp(FxRobot robot, Stage stage) throws TimeoutException {
        app = new App(Database.open(databaseFile), Clock.systemUTC());
        worker = new FxWorker();
        window.set(null);
        robot.interact(() -> NewsdeskApplication.show(stage, new Newsroom(app), worker, preferences, link -> { },
                window::set));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Test
    void aWriterWritesASummaryThatSurvivesClosingTheAppAndSubmitsIt(FxRobot robot) throws Exception {
        showApp(robot, firstStage);
        waitUntil(() -> robot.lookup("#welcomeNameField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#welcomeNameField").queryAs(TextField.class).setText("Maya Chen"));
        robot.clickOn("Start");
        waitUntil(() -> window.get() != null);
        assertEquals("Maya Chen", preferences.lastPerson().orElseThrow());

        robot.clickOn("#newStoryButton");
        waitUntil(() -> app.stories().count() == 1 && robot.lookup("#headlineField").tryQuery()
                .map(field -> ((TextArea) field).isEditable() && field.getScene() != null).orElse(false));
        robot.clickOn("#headlineField").write("Juvenile detention rises again");
        robot.clickOn("#bodyArea").write("Detention is up, ");
        robot.interact(() -> robot.lookup("#bodyArea").queryAs(TextArea.class)
                .appendText("the Marshall Project reports. ".repeat(40)));
        waitUntil(() -> robot.lookup("#gaugeLabel").queryAs(Label.class).getText().startsWith("163 words"));
        assertTrue(robot.lookup("#gaugeLabel").queryAs(Label.class).getText().contains("on target"));

        // Autosave: the text is in the database about a second after typing stops, with no save command.
        UUID storyId = app.stories().list(List.of(), null, 10).get(0).id();
        waitUntil(() -> app.stories().find(storyId).orElseThrow().body().startsWith("Detention is up, the"));
        robot.clickOn("#bodyArea").push(KeyCode.CONTROL, KeyCode.END).write("More.");

        robot.interact(() -> firstStage.fireEvent(new WindowEvent(firstStage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> !firstStage.isShowing());
        Story saved = app.stories().find(storyId).orElseThrow();
        assertTrue(saved.body().endsWith("More."), saved.body());
        worker.close();
        app.close();

        AtomicReference<Stage> secondStage = new AtomicReference<>();
        robot.interact(() -> secondStage.set(new Stage()));
        showApp(robot, secondStage.get());
        waitUntil(() -> window.get() != null && window.get().editor().storyProperty().get() != null);
        assertEquals("Juvenile detention rises again",
                robot.lookup("#headlineField").queryAs(TextArea.class).getText());
        assertTrue(robot.lookup("#bodyArea").queryAs(TextArea.class).getText().endsWith("More."));

        robot.clickOn("#submitButton");
        waitUntil(() -> app.stories().find(storyId).orElseThrow().status() == StoryStatus.SUBMITTED);
        robot.interact(() -> secondStage.get().close());
    }

    @Test
    void ctrlQQuotesTheClipAndAMisquoteIsFlaggedAndListedBeforeSubmit(FxRobot robot) throws Exception {
        try (App seeding = new App(Database.open(databaseFile), Clock.systemUTC())) {
            seeding.people().welcome("Maya");
            Clip clip = seeding.clips().insert(new Clip(UUID.randomUUID(), "https://example.org/jails", null,
                    "Jail deaths climb", "By A. Reporter", "Example Times", null, null, "en",
                    "Deaths in jails rose again.\n\nOne warden said: we are trying to do more with less.",
                    Instant.now()), null);
            Story story = seeding.storyService().create("Maya", "Jail deaths climb", "", List.of(clip.id()));
            preferences.rememberStory(story.id());
        }
        showApp(robot, firstStage);
        waitUntil(() -> window.get() != null && window.get().editor().storyProperty().get() != null);
        TextArea clipText = robot.lookup("#clipTextArea").queryAs(TextArea.class);
        TextArea body = robot.lookup("#bodyArea").queryAs(TextArea.class);
        String passage = "we are trying to do more with less";

        robot.clickOn("#bodyArea").write("A warden said ");
        robot.interact(() -> {
            clipText.requestFocus();
            int start = clipText.getText().indexOf(passage);
            clipText.selectRange(start, start + passage.length());
        });
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        assertEquals("A warden said \u201C" + passage + "\u201D", body.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(body.getText().startsWith("A warden") && !body.getText().contains(passage), body.getText());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("A warden said \u201C" + passage + "\u201D", body.getText());
        assertFalse(robot.lookup("#misquoteBox").query().isVisible());

        robot.write(", and another called it \"a reckless experiment\".");
        waitUntil(() -> robot.lookup("#misquoteBox").query().isVisible());
        assertEquals("1 quotation is not in the source", robot.lookup("#misquoteTitle").queryAs(Label.class).getText());

        robot.clickOn("#submitButton");
        waitUntil(() -> robot.lookup("Submit anyway").tryQuery().isPresent());
        robot.clickOn("Submit anyway");
        UUID storyId = window.get().editor().storyProperty().get().id();
        waitUntil(() -> app.stories().find(storyId).orElseThrow().status() == StoryStatus.SUBMITTED);
        assertTrue(app.stories().find(storyId).orElseThrow().body().contains("reckless experiment"));
    }
}
