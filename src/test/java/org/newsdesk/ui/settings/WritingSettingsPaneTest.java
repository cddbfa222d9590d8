package org.newsdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.store.Database;
import org.newsdesk.ui.Worker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Writing tab as an editor uses it: a rule switched back on and off again, a dictionary word removed. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class WritingSettingsPaneTest {
    private App app;

    @Start
    void start(Stage stage) {
        app = new App(Database.inMemory(), Clock.systemUTC());
        app.people().welcome("Ann");
        app.people().add("Ann", "Ted", Role.WRITER);
        app.writing().addToDictionary("Ted", "Ndlovuzane");
        WritingSettingsViewModel viewModel = new WritingSettingsViewModel(app.settingsService(), app.writing(),
                Worker.inline(), "Ann");
        stage.setScene(new Scene((javafx.scene.Parent) new WritingSettingsPane(viewModel).root(), 760, 820));
        viewModel.load();
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForFxEvents();
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorSwitchesARuleBackOnAndOffAndRemovesAWord(FxRobot robot) {
        ListView<WritingSettingsViewModel.RuleOff> off = robot.lookup("#rulesOffList").queryAs(ListView.class);
        WritingSettingsViewModel.RuleOff style = off.getItems().stream().filter(rule -> rule.id().equals("STYLE"))
                .findFirst().orElseThrow();
        robot.interact(() -> off.getSelectionModel().select(style));
        robot.clickOn("#switchOnButton");
        assertFalse(app.settingsService().writing().rulesOff().contains("STYLE"));
        assertFalse(off.getItems().contains(style));

        robot.clickOn("#ruleToSwitchOff").write("percent").type(KeyCode.ENTER);
        robot.clickOn("#switchOffButton");
        assertTrue(app.settingsService().writing().rulesOff().contains("percent"));
        assertTrue(off.getItems().stream().anyMatch(rule -> rule.id().equals("percent")
                && rule.description().startsWith("House style:")), off.getItems().toString());

        ListView<?> words = robot.lookup("#dictionaryList").queryAs(ListView.class);
        robot.clickOn(robot.lookup("#dictionaryList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertEquals(1, words.getSelectionModel().getSelectedIndices().size());
        robot.clickOn("#removeWordButton");
        assertTrue(words.getItems().isEmpty());
        assertTrue(app.writing().dictionary().isEmpty());
        assertEquals("Took \u201CNdlovuzane\u201D out of the newsroom dictionary.",
                robot.lookup("#writing-message").queryLabeled().getText());
    }
}
