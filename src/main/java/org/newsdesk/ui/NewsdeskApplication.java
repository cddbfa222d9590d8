package org.newsdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.ui.firstrun.FirstRunView;
import org.newsdesk.ui.firstrun.Startup;
import org.newsdesk.ui.settings.SettingsView;

/**
 * The JavaFX application: opens the newsroom safely (single-writer lock, read-only or a backup when needed), finds
 * who is at the desk (greeting a new newsroom's first person), and shows the main window.
 */
public final class NewsdeskApplication extends Application {
    private static Path databasePath;
    private static boolean exitAfterStartup;
    private static String askedPerson;

    private final FxWorker worker = new FxWorker();
    private App app;
    private Startup startup;
    private MainWindow shown;

    /** The window's icon (the installers' icon, rendered from packaging/newsdesk.svg). */
    static final String ICON = "/org/newsdesk/ui/newsdesk.png";

    /** Story packages opened from the desktop, waiting for the window; asked about one by one. */
    private static final java.util.Queue<Path> packagesToOpen = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private static volatile Runnable packageOpener;

    /** Offers {@code file} (a story package) for import once the window is up, or now if it is. */
    static void openWhenShown(Path file) {
        packagesToOpen.add(file);
        Runnable opener = packageOpener;
        if (opener != null) {
            Platform.runLater(opener);
        }
    }

    static void configure(Path database, boolean exitAfterShowing) {
        configure(database, exitAfterShowing, null);
    }

    /** {@code asked}: the person named with {@code --as}, or null. */
    static void configure(Path database, boolean exitAfterShowing, String asked) {
        databasePath = database;
        exitAfterStartup = exitAfterShowing;
        askedPerson = asked;
    }

    @Override
    public void start(Stage stage) {
        if (exitAfterStartup) {
            // A start-up check must end: an error while the window is built leaves JavaFX running with no window.
            Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
                System.err.println("Newsdesk could not show its main window: " + error);
                error.printStackTrace();
                Runtime.getRuntime().halt(1);
            });
        }
        MachinePreferences preferences = MachinePreferences.forThisUser();
        Theme.parse(preferences.text("theme", null)).apply();
        stage.setTitle("Newsdesk");
        stage.getIcons().add(new Image(NewsdeskApplication.class.getResource(ICON).toExternalForm()));
        // macOS hands a double-clicked .ndpkg over as an event, before or after the window is up
        OpenFileEvents.install(NewsdeskApplication::openWhenShown);
        // Startup takes the single-writer lock, offers read-only or a backup when it must, and checks and backs up
        // the file on a thread of its own once the window is up; it opens the newsroom again after a restore.
        startup = Startup.begin(stage, databasePath, worker, opened -> {
            app = opened;
            Screens screens = new Screens(app, worker);
            show(stage, screens, preferences, getHostServices()::showDocument, window -> {
                shown = window;
                if (!exitAfterStartup) {
                    packageOpener = () -> {
                        for (Path next = packagesToOpen.poll(); next != null; next = packagesToOpen.poll()) {
                            PackageOpeningDialogs.open(stage, screens.packageOpening(window.person()), next,
                                    window::refreshDesk);
                        }
                    };
                    Platform.runLater(packageOpener);
                }
                if (exitAfterStartup) {
                    // Said on standard output so that a start-up check (.ci/run) can tell a shown window from a
                    // start that ended early.
                    System.out.println("Newsdesk showed its main window.");
                    Platform.exit();
                } else {
                    startup.windowShown();
                }
            });
        }, notice -> {
            if (shown != null) {
                shown.status(notice);
            }
        });
    }

    /**
     * Finds who is at the desk (greeting a new newsroom's first person), then shows the main window on
     * {@code stage} at its remembered size; {@code whenShown} runs once the story list (and last story) are in.
     */
    static void show(Stage stage, Screens screens, MachinePreferences preferences, Consumer<String> openLink,
                     Consumer<MainWindow> whenShown) {
        show(stage, screens, preferences, openLink, Optional.ofNullable(askedPerson), whenShown);
    }

    /** As above, for {@code asked} ({@code --as NAME}) when the newsroom has that person. */
    static void show(Stage stage, Screens screens, MachinePreferences preferences, Consumer<String> openLink,
                     Optional<String> asked, Consumer<MainWindow> whenShown) {
        Worker worker = screens.worker();
        String systemUser = System.getProperty("user.name", "");
        Optional<String> lastHere = preferences.lastPerson(screens.file().path());
        worker.run(() -> {
            // A team desk is its team login's person unless --as names another; a lone newsroom remembers who sat
            // here last.
            Optional<String> named = asked.isPresent() ? asked : screens.teamPerson();
            return new Choice(PersonChoice.choose(screens.people(), named, lastHere, systemUser),
                    PersonChoice.mustAsk(screens.people(), named, lastHere), screens.people().all());
        }, choice -> {
            if (choice.person().isPresent() && choice.ask() && !exitAfterStartup) {
                // A shared computer that never opened this newsroom: ask who is at the desk, once.
                askWho(stage, choice.people(), choice.person().get()).ifPresentOrElse(
                        chosen -> showWindow(stage, screens, preferences, openLink, chosen, whenShown),
                        Platform::exit);
            } else if (choice.person().isPresent()) {
                showWindow(stage, screens, preferences, openLink, choice.person().get(), whenShown);
            } else if (exitAfterStartup || screens.file().isReadOnly()) {
                // Nobody to greet: a timing run must not wait for an answer, and a read-only file cannot store
                // one. The window shows as a guest writer; nothing is stored.
                showWindow(stage, screens, preferences, openLink,
                        new User(systemUser.isBlank() ? "newsdesk" : systemUser, Role.WRITER), whenShown);
            } else {
                FirstRunView.showIfNeeded(stage, screens.firstRunService(), screens.file(), worker, welcomed ->
                        showWindow(stage, screens, preferences, openLink, welcomed, whenShown));
            }
        }, error -> fail("Newsdesk cannot read the newsroom's people", error));
    }

    /** Who is at the desk, found off the FX thread: the likely person, whether to ask, and everyone. */
    private record Choice(Optional<User> person, boolean ask, List<User> people) {
    }

    /** Asks who is at the desk, {@code likely} chosen already; empty when the person cancels. */
    private static Optional<User> askWho(Stage owner, List<User> people, User likely) {
        ChoiceDialog<User> dialog = new ChoiceDialog<>(likely, people);
        dialog.setTitle("Who is at the desk?");
        dialog.setHeaderText("This computer has not opened this newsroom before. Who is at the desk?");
        dialog.setContentText("I am");
        dialog.getDialogPane().setId("whoDialog");
        if (owner.isShowing()) {
            dialog.initOwner(owner);
        }
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<User> box =
                (javafx.scene.control.ComboBox<User>) dialog.getDialogPane().lookup(".combo-box");
        if (box != null) {
            box.setId("whoBox");
            box.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(User user) {
                    return user == null ? "" : user.name() + " \u00B7 " + user.role().label();
                }

                @Override
                public User fromString(String text) {
                    return people.stream().filter(user -> toString(user).equals(text)).findFirst().orElse(null);
                }
            });
        }
        return dialog.showAndWait();
    }

    private static void showWindow(Stage stage, Screens screens, MachinePreferences preferences,
                                   Consumer<String> openLink, User person, Consumer<MainWindow> whenShown) {
        boolean guest = screens.people().find(person.name()).isEmpty();
        if (!guest) {
            preferences.rememberPerson(screens.file().path(), person.name());
        }
        MainWindow window = new MainWindow(screens, person, preferences, openLink);
        // The name at the top right (and Newsroom > Switch person) hands the desk to someone else: the open story
        // is saved, then the window opens again as them.
        window.onSwitchPerson(next -> window.closeThen(() ->
                showWindow(stage, screens, preferences, openLink, next, whenShown)));
        MenuItem settings = new MenuItem("_Settings…", new FontIcon(Feather.SETTINGS));
        settings.setAccelerator(KeyCombination.keyCombination(Shortcuts.SETTINGS));
        settings.setOnAction(click -> SettingsView.open(stage, screens.settings(person.name()),
                screens.teamSettings(person.name()), screens.feeds(person.name()),
                screens.writingSettings(person.name()), screens.file().isReadOnly()));
        window.menu("Newsroom").getItems().add(settings);
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
        Path file = screens.file().path();
        stage.setTitle("Newsdesk — " + person.name() + (file == null ? "" : " — " + file.getFileName())
                + (screens.file().isReadOnly() ? " (read-only)" : ""));
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
        if (startup != null) {
            startup.close();
        }
    }
}
