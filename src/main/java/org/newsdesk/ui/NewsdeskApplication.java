package org.newsdesk.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.newsdesk.App;
import org.newsdesk.ui.firstrun.FirstRunView;
import org.newsdesk.ui.firstrun.Startup;
import org.newsdesk.ui.settings.SettingsView;

/** The JavaFX application: opens the newsroom off the FX thread, then shows the main window. */
public final class NewsdeskApplication extends Application {
    private static Path databasePath;
    private static boolean exitAfterStartup;

    private final FxWorker worker = new FxWorker();
    private App app;
    private Startup startup;
    private String actor = System.getProperty("user.name", "");

    static void configure(Path database, boolean exitAfterShowing) {
        databasePath = database;
        exitAfterStartup = exitAfterShowing;
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Newsdesk");
        // Startup takes the single-writer lock, offers read-only or a backup when it must, and checks and backs up
        // the file on a thread of its own once the window is up.
        startup = Startup.begin(stage, databasePath, worker, opened -> {
            app = opened;
            MainWindow window = new MainWindow(app, worker);
            Scene scene = new Scene(window.root(), 1200, 780);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                    () -> SettingsView.open(stage, app, worker, actor));
            stage.setScene(scene);
            stage.setTitle("Newsdesk — " + databasePath.getFileName()
                    + (app.database().isReadOnly() ? " (read-only)" : ""));
            stage.show();
            window.load(() -> {
                if (exitAfterStartup) {
                    Platform.exit();
                    return;
                }
                FirstRunView.showIfNeeded(stage, app, worker, welcomed -> {
                    actor = welcomed.name();
                    window.load(() -> { });
                });
            });
        }, notice -> { });
    }

    @Override
    public void stop() {
        worker.close();
        if (app != null) {
            app.close();
        }
        if (startup != null) {
            startup.close();
        }
    }
}
