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

    /**
     * Listens for open-file events on macOS, the one platform that sends them; {@code open} runs on an AWT thread.
     * Elsewhere AWT is not touched at all: on Linux it would load GTK 2, and JavaFX then cannot load GTK 3 and
     * the window never opens. Call it once JavaFX is running (AppKit keeps an event that came earlier until a
     * handler is set).
     */
    public static boolean install(Consumer<Path> open) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return false;
        }
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
