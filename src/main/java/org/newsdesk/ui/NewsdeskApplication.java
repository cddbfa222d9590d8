package org.newsdesk.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.newsdesk.App;

/** The JavaFX application: opens the newsroom off the FX thread, then shows the main window. */
public final class NewsdeskApplication extends Application {
    private static Path databasePath;
    private static boolean exitAfterStartup;

    private final FxWorker worker = new FxWorker();
    private App app;

    static void configure(Path database, boolean exitAfterShowing) {
        databasePath = database;
        exitAfterStartup = exitAfterShowing;
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Newsdesk");
        worker.run(() -> App.open(databasePath), opened -> {
            app = opened;
            MainWindow window = new MainWindow(app, worker);
            stage.setScene(new Scene(window.root(), 1200, 780));
            stage.setTitle("Newsdesk — " + databasePath.getFileName());
            stage.show();
            window.load(() -> {
                if (exitAfterStartup) {
                    Platform.exit();
                }
            });
        }, error -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage());
            alert.setHeaderText("Newsdesk cannot open its database");
            alert.showAndWait();
            Platform.exit();
        });
    }

    @Override
    public void stop() {
        worker.close();
        if (app != null) {
            app.close();
        }
    }
}
