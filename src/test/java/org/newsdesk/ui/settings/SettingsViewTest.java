package org.newsdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.newsdesk.model.Role;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Outlet;
import org.newsdesk.store.Database;
import org.newsdesk.ui.Worker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class SettingsViewTest {
    @TempDir
    static Path folder;

    private App app;

    @Start
    void start(Stage stage) {
        app = new App(Database.open(folder.resolve("settings-" + System.nanoTime() + ".db")), Clock.systemUTC());
        app.firstRun().welcome("Ann", true);
        SettingsViewModel viewModel = OpsViewModelTest.settingsFor(app, "Ann");
        stage.setScene(new Scene(new SettingsView(viewModel).root()));
        viewModel.load();
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anEditorRenamesTheNewsletterAndSavesIt(FxRobot robot) {
        robot.clickOn("#newsletter-name-field").push(KeyCode.CONTROL, KeyCode.A).write("Crime and Justice News");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Crime and Justice News", app.settingsService().current().newsletterName());
        assertEquals("Settings saved.", robot.lookup("#newsletter-message").queryLabeled().getText());
    }

    @Test
    void eachSectionKeepsItsOwnMessageAndARefusedValueIsQuoted(FxRobot robot) {
        robot.clickOn("#newsletter-webAddress-field").write("not a url");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The archive's web address must be a full address such as https://news.example.org/,"
                + " not \u201Cnot a url\u201D.", robot.lookup("#newsletter-message").queryLabeled().getText());

        robot.clickOn("People");
        assertEquals("", robot.lookup("#people-message").queryLabeled().getText(),
                "the Newsletter section's refusal does not follow to People");
        @SuppressWarnings("unchecked")
        ComboBox<Role> roles = robot.lookup("#roleBox").queryAs(ComboBox.class);
        assertEquals("Writer", roles.getConverter().toString(roles.getValue()));
        assertTrue(roles.lookupAll(".list-cell").stream()
                .anyMatch(cell -> "Writer".equals(((javafx.scene.control.ListCell<?>) cell).getText())),
                "the box shows Writer");
    }

    @Test
    void escapeAndControlWCloseTheWindowAndCloseIsAButton(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#settingsSections").query().getScene().getWindow();
        robot.clickOn("#newsletter-name-field");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());

        robot.interact(stage::show);
        robot.clickOn("#newsletter-name-field");
        robot.push(KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());

        robot.interact(stage::show);
        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    @Test
    void anOutletIsAddedAndTheDemoRemovedWithOneClick(FxRobot robot) {
        robot.clickOn("Outlets");
        robot.clickOn("#outletNameField").write("Reuters");
        robot.clickOn("#outletAttributionField").write("Reuters");
        robot.clickOn("#outletDomainsField").write("reuters.com");
        robot.clickOn("#saveOutletButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> outlets = robot.lookup("#outletTable").queryAs(TableView.class);
        assertEquals(2, outlets.getItems().size(), "the demo's outlet and Reuters");

        robot.clickOn("Demo and backups");
        robot.clickOn("#removeDemoButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, app.stores().stories().count());
        assertEquals(java.util.List.of(new Outlet("Reuters", "Reuters", java.util.List.of("reuters.com"))),
                app.stores().outlets().all());
        assertTrue(robot.lookup("#removeDemoButton").queryAs(Button.class).isDisabled());
    }
}
