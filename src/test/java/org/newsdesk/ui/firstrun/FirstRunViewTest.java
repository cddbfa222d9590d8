package org.newsdesk.ui.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.app.BackupService;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.store.Database;
import org.newsdesk.ui.Worker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class FirstRunViewTest {
    @TempDir
    static Path folder;

    private App app;
    private FirstRunViewModel viewModel;

    @Start
    void start(Stage stage) {
        app = new App(Database.open(folder.resolve("first-run-" + System.nanoTime() + ".db")), Clock.systemUTC());
        viewModel = new FirstRunViewModel(app.firstRun(), Worker.inline(), "");
        stage.setScene(new Scene(new FirstRunView(viewModel).root()));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aNewcomerTypesTheirNameAndStartsWithTheDemo(FxRobot robot) {
        assertTrue(robot.lookup("#startButton").queryAs(Button.class).isDisabled(), "no name, no start");

        robot.clickOn("#nameField").write("Ann");
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new User("Ann", Role.EDITOR), viewModel.welcomedProperty().get());
        assertEquals(1, app.stores().stories().count(), "the demo story");
        assertEquals("Welcome, Ann.", robot.lookup("#messageLabel").queryLabeled().getText());
    }

    @Test
    void theDialogsSayWhatHappenedAndWhatIsOffered(FxRobot robot) {
        AtomicReference<DialogPane> damaged = new AtomicReference<>();
        AtomicReference<DialogPane> damagedWithoutBackup = new AtomicReference<>();
        AtomicReference<DialogPane> second = new AtomicReference<>();
        BackupService.Health health = new BackupService.Health(Path.of("/news/newsdesk.db"),
                BackupService.Condition.DAMAGED, "/news/newsdesk.db is damaged and cannot be read.");
        BackupService.Backup backup = new BackupService.Backup(Path.of("/news/backups/newsdesk-20260302-081530.db"),
                java.time.Instant.parse("2026-03-02T08:15:30Z"), 4096);
        robot.interact(() -> {
            Stage starting = new Stage();     // the app's window before it has a scene, as when the dialogs appear
            damaged.set(DamagedDatabaseDialog.build(starting, health, Optional.of(backup)).getDialogPane());
            damagedWithoutBackup.set(DamagedDatabaseDialog.build(null, health, Optional.empty()).getDialogPane());
            second.set(SecondInstanceDialog.build(starting, Path.of("/news/newsdesk.db"), true).getDialogPane());
        });

        assertTrue(damaged.get().getContentText().startsWith("/news/newsdesk.db is damaged and cannot be read."));
        assertTrue(damaged.get().getContentText().contains("never deleted"), damaged.get().getContentText());
        assertEquals("Restore the backup", damaged.get().getButtonTypes().get(0).getText());
        assertEquals(1, damagedWithoutBackup.get().getButtonTypes().size(), "only Quit without a backup");
        assertTrue(second.get().getContentText().contains("brought to the front"), second.get().getContentText());
        assertEquals("Open read-only", second.get().getButtonTypes().get(0).getText());
    }
}
