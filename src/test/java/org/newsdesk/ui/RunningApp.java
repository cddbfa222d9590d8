package org.newsdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.newsdesk.App;
import org.newsdesk.store.Database;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a newsroom file of its own (the sample newsroom's people: an editor and two writers), as
 * the tests of whole screens open it; {@link #close} puts everything away, including the text size and theme.
 */
final class RunningApp implements AutoCloseable {
    final Path file;
    final App app;
    final SampleDesk newsroom;
    final MachinePreferences preferences;
    final FxWorker worker = new FxWorker();
    final AtomicReference<MainWindow> window = new AtomicReference<>();

    RunningApp(Path folder) {
        file = folder.resolve("desk-" + UUID.randomUUID() + ".db");
        app = new App(Database.open(file), Clock.systemUTC());
        newsroom = SampleDesk.withPeople(app);
        preferences = new MachinePreferences(Preferences.userRoot().node("org/newsdesk/test/" + UUID.randomUUID()));
    }

    /** Shows the main window on {@code stage} as {@code person} and waits until its desk is in. */
    MainWindow showAs(FxRobot robot, Stage stage, String person) throws TimeoutException {
        preferences.rememberPerson(file, person);
        window.set(null);
        robot.interact(() -> NewsdeskApplication.show(stage, new Screens(app, worker), preferences, link -> { },
                window::set));
        waitUntil(() -> window.get() != null);
        return window.get();
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Override
    public void close() {
        if (window.get() != null) {
            window.get().stopWatching();
        }
        javafx.application.Platform.runLater(() -> {
            TextSize.set(1.0);
            Theme.LIGHT.apply();
        });
        WaitForAsyncUtils.waitForFxEvents();
        preferences.clear();
        worker.close();
        app.close();
    }
}
