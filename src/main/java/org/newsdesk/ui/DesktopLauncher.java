package org.newsdesk.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the desktop app on a database; the launcher's only door into the UI. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(Path database, boolean exitAfterStartup) {
        NewsdeskApplication.configure(database, exitAfterStartup);
        Application.launch(NewsdeskApplication.class);
    }
}
