package org.newsdesk;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the newsroom's database lives when no {@code --db} is given: NEWSDESK_DB, else the OS's user data folder. */
public final class DataLocation {
    public static final String ENVIRONMENT_VARIABLE = "NEWSDESK_DB";
    public static final String FILE_NAME = "newsdesk.db";

    private DataLocation() {
    }

    /** The database to open: {@code explicit} when given, else NEWSDESK_DB, else the default for this OS. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path explicit, Map<String, String> environment, String osName, String home) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return defaultFolder(environment, osName, home).resolve(FILE_NAME);
    }

    static Path defaultFolder(Map<String, String> environment, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return appData != null ? Path.of(appData, "Newsdesk") : Path.of(home, "AppData", "Roaming", "Newsdesk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Newsdesk");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "newsdesk") : Path.of(home, ".local", "share", "newsdesk");
    }
}
