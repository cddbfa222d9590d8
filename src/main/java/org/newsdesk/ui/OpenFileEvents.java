package org.newsdesk.ui;

import java.awt.Desktop;
import java.awt.desktop.OpenFilesHandler;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * On macOS a double-clicked {@code .ndpkg} reaches a running (or starting) app as an open-file event, not as a
 * command-line argument; this hands each such file on. Elsewhere the file arrives as an argument and this does
 * nothing.
 */
public final class OpenFileEvents {
    private OpenFileEvents() {
    }

    /** Listens for open-file events where the platform sends them; {@code open} runs on an AWT thread. */
    public static boolean install(Consumer<Path> open) {
        try {
            if (!Desktop.isDesktopSupported()
                    || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                return false;
            }
            Desktop.getDesktop().setOpenFileHandler(handler(open));
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The handler: story packages only, one call each. */
    static OpenFilesHandler handler(Consumer<Path> open) {
        return event -> packagesAmong(event.getFiles()).forEach(open);
    }

    /** The story packages ({@code .ndpkg}) among files the desktop asked the app to open, in order. */
    static java.util.List<Path> packagesAmong(java.util.List<File> files) {
        return files.stream().filter(file -> file.getName().toLowerCase(Locale.ROOT).endsWith(".ndpkg"))
                .map(File::toPath).toList();
    }
}
