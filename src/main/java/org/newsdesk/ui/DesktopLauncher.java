package org.newsdesk.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the desktop app on a database; the launcher's only door into the UI. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /**
     * {@code asked}: the person named with {@code --as} (null for the last person on this machine);
     * {@code storyPackage} (may be null) is offered for import once the window is up.
     */
    public static void launch(Path database, boolean exitAfterStartup, String asked, Path storyPackage) {
        NewsdeskApplication.configure(database, exitAfterStartup, asked);
        if (storyPackage != null) {
            NewsdeskApplication.openWhenShown(storyPackage);
        }
        Application.launch(NewsdeskApplication.class);
    }
}
