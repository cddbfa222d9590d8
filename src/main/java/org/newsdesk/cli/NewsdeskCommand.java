package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.newsdesk.App;
import org.newsdesk.app.DataLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code newsdesk} command: with no command it starts the desktop app; each command runs headless. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Newsdesk, the newsroom editor for digest newsletters. With no command, opens the desktop app.",
        subcommands = {SearchCommand.class, StoryCommand.class, EditionCommand.class, UserCommand.class,
                AuditCommand.class, ClipCommand.class})
public final class NewsdeskCommand implements Callable<Integer>, AutoCloseable {
    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The database file (default: $NEWSDESK_DB, else the user data folder).")
    Path databasePath;

    @Option(names = "--as", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Who is acting (default: the operating-system user name).")
    String actor;

    @Option(names = "--exit-after-startup", hidden = true,
            description = "Start the desktop app, show the main window with its stories, and exit (for timing).")
    boolean exitAfterStartup;

    private final Consumer<NewsdeskCommand> desktop;
    private App app;

    /** {@code desktop} starts the window; the launcher passes it in so that this layer never imports the UI. */
    public NewsdeskCommand(Consumer<NewsdeskCommand> desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        desktop.accept(this);
        return 0;
    }

    /** The database this run uses: --db, else NEWSDESK_DB, else the default location. */
    public Path databasePath() {
        return DataLocation.resolve(databasePath);
    }

    public boolean exitAfterStartup() {
        return exitAfterStartup;
    }

    /** The person acting: --as, else the operating-system user name. */
    public String actor() {
        return actor != null && !actor.isBlank() ? actor : System.getProperty("user.name", "newsdesk");
    }

    /** The newsroom on the chosen database, opened on first use. */
    App app() {
        if (app == null) {
            app = App.open(databasePath());
        }
        return app;
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
            app = null;
        }
    }
}
