package org.newsdesk.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the desktop app on a database; the launcher's only door into the UI. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(Path database, boolean exitAfterStartup) {
        launch(database, exitAfterStartup, null);
    }

    /** As above, opening as {@code asked} ({@code --as NAME}; null for the last person on this machine). */
    public static void launch(Path database, boolean exitAfterStartup, String asked) {
        NewsdeskApplication.configure(database, exitAfterStartup, asked);
        Application.launch(NewsdeskApplication.class);
    }
}
