package org.newsdesk.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light, dark, or whatever the system uses: the AtlantaFX Primer themes under Newsdesk's own stylesheet. */
public enum Theme {
    SYSTEM("Follow the system"), LIGHT("Light"), DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this choice ends up dark on this machine. */
    public boolean isDark() {
        return this == DARK || (this == SYSTEM && SystemAppearance.DARK_DETECTED);
    }

    /**
     * Makes this theme the application's user-agent stylesheet: AtlantaFX's Primer (2.0.1, the last release built
     * for Java 17; 2.1's classes need Java 21 and are left off the module path by {@code mvn javafx:run}).
     */
    public void apply() {
        atlantafx.base.theme.Theme primer = isDark() ? new PrimerDark() : new PrimerLight();
        Application.setUserAgentStylesheet(primer.getUserAgentStylesheet());
    }

    public static Theme parse(String name) {
        try {
            return name == null ? SYSTEM : valueOf(name);
        } catch (IllegalArgumentException e) {
            return SYSTEM;
        }
    }

    /** What the desktop says about dark mode, read once: GTK_THEME, GNOME's colour scheme, or macOS's style. */
    private static final class SystemAppearance {
        static final boolean DARK_DETECTED = detect();

        private static boolean detect() {
            String gtk = System.getenv("GTK_THEME");
            if (gtk != null) {
                return gtk.toLowerCase(Locale.ROOT).contains("dark");
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.contains("mac")) {
                return ask("defaults", "read", "-g", "AppleInterfaceStyle").contains("dark");
            }
            if (os.contains("linux") && System.getenv("DISPLAY") != null) {
                return ask("gsettings", "get", "org.gnome.desktop.interface", "color-scheme").contains("dark");
            }
            return false;
        }

        private static String ask(String... command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroy();
                    return "";
                }
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                        .toLowerCase(Locale.ROOT);
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
    }
}
