package org.newsdesk.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;

/** The JavaFX application: opens the newsroom off the FX thread, finds who is at the desk, shows the main window. */
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
        MachinePreferences preferences = MachinePreferences.forThisUser();
        Theme.parse(preferences.text("theme", null)).apply();
        worker.run(() -> App.open(databasePath), opened -> {
            app = opened;
            show(stage, new Newsroom(app), worker, preferences, getHostServices()::showDocument, window -> {
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

    /**
     * Finds who is at the desk (asking a new newsroom for its first person), then shows the main window on
     * {@code stage} at its remembered size; {@code whenShown} runs once the story list (and last story) are in.
     */
    static void show(Stage stage, Newsroom newsroom, Worker worker, MachinePreferences preferences,
                     Consumer<String> openLink, Consumer<MainWindow> whenShown) {
        String systemUser = System.getProperty("user.name", "");
        worker.run(() -> PersonChoice.choose(newsroom, preferences.lastPerson(), systemUser), chosen -> {
            if (chosen.isPresent()) {
                showWindow(stage, newsroom, worker, preferences, openLink, chosen.get(), whenShown);
                return;
            }
            if (exitAfterStartup) {
                // A timing run on a new database must not wait for a person to answer; nothing is stored.
                showWindow(stage, newsroom, worker, preferences, openLink,
                        new User(systemUser.isBlank() ? "newsdesk" : systemUser, Role.WRITER), whenShown);
                return;
            }
            Optional<String> name = WelcomeDialog.ask(null, systemUser);
            if (name.isEmpty()) {
                Platform.exit();
                return;
            }
            worker.run(() -> newsroom.welcome(name.get()),
                    welcomed -> showWindow(stage, newsroom, worker, preferences, openLink, welcomed, whenShown),
                    error -> fail("Newsdesk could not add you to the newsroom", error));
        }, error -> fail("Newsdesk cannot read the newsroom's people", error));
    }

    private static void showWindow(Stage stage, Newsroom newsroom, Worker worker, MachinePreferences preferences,
                                   Consumer<String> openLink, User person, Consumer<MainWindow> whenShown) {
        if (!exitAfterStartup) {
            preferences.rememberPerson(person.name());
        }
        MainWindow window = new MainWindow(newsroom, worker, person, preferences, openLink);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(preferences.number("window.width", 1440), screen.getWidth());
        double height = Math.min(preferences.number("window.height", 900), screen.getHeight());
        stage.setScene(new Scene(window.root(), width, height));
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        double x = preferences.number("window.x", Double.NaN);
        double y = preferences.number("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && screen.contains(x + 40, y + 20)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(preferences.number("window.maximized", 0) > 0);
        Path file = newsroom.app().database().path();
        stage.setTitle("Newsdesk — " + person.name() + (file == null ? "" : " — " + file.getFileName()));
        stage.setOnCloseRequest(close -> {
            close.consume();
            if (!stage.isMaximized()) {
                preferences.rememberNumber("window.width", stage.getWidth());
                preferences.rememberNumber("window.height", stage.getHeight());
                preferences.rememberNumber("window.x", stage.getX());
                preferences.rememberNumber("window.y", stage.getY());
            }
            preferences.rememberNumber("window.maximized", stage.isMaximized() ? 1 : 0);
            window.closeThen(stage::hide);
        });
        stage.show();
        window.start(() -> whenShown.accept(window));
    }

    private static void fail(String header, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage());
        alert.setHeaderText(header);
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        worker.close();
        if (app != null) {
            app.close();
        }
    }
}
