package org.newsdesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.newsdesk.App;
import org.newsdesk.app.BackupService;
import org.newsdesk.DataLocation;
import org.newsdesk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code newsdesk} command: with no command it starts the desktop app; each command runs headless. */
@Command(name = "newsdesk",
        versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "Newsdesk, the newsroom editor for digest newsletters. With no command, opens the desktop app.",
        subcommands = {SearchCommand.class, StoryCommand.class, EditionCommand.class, UserCommand.class,
                AuditCommand.class, ClipCommand.class, SettingsCommand.class, BackupCommand.class,
                RestoreCommand.class, BenchCommand.class, FeedCommand.class, WatchCommand.class,
                HelpCommand.class, CompletionCommand.class, TeamCommand.class, TeamCommand.Sync.class,
                DictionaryCommand.class})
public final class NewsdeskCommand implements Callable<Integer>, AutoCloseable {
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
            description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean version;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The database file (default: $NEWSDESK_DB, else the user data folder).")
    Path databasePath;

    @Option(names = "--as", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Who is acting (default: the operating-system user name).")
    String actor;

    @Option(names = "--exit-after-startup", hidden = true,
            description = "Start the desktop app, show the main window with its stories, and exit (for timing).")
    boolean exitAfterStartup;

    /** A story package the desktop was asked to open (a double-click on a {@code .ndpkg} file). */
    @Parameters(arity = "0..1", hidden = true, paramLabel = "FILE.ndpkg")
    Path storyPackage;

    @Spec
    CommandSpec spec;

    private final Consumer<NewsdeskCommand> desktop;
    private App app;

    /** {@code desktop} starts the window; the launcher passes it in so that this layer never imports the UI. */
    public NewsdeskCommand(Consumer<NewsdeskCommand> desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        if (storyPackage != null) {
            String name = storyPackage.getFileName() == null ? "" : storyPackage.getFileName().toString();
            if (!name.toLowerCase(Locale.ROOT).endsWith(".ndpkg")) {
                throw new ParameterException(spec.commandLine(), "Unknown command: " + storyPackage);
            }
        }
        desktop.accept(this);
        return 0;
    }

    /**
     * The story package the desktop was opened with (a double-click on a {@code .ndpkg} file), or null. The window
     * asks before importing it and shows any error in a dialog.
     */
    public Path storyPackage() {
        return storyPackage == null ? null : storyPackage.toAbsolutePath();
    }

    /** The database this run uses: --db, else NEWSDESK_DB, else the default location. */
    public Path databasePath() {
        return DataLocation.resolve(databasePath);
    }

    public boolean exitAfterStartup() {
        return exitAfterStartup;
    }

    /** The person named with --as, or null when none was named (the desktop then opens as the last person). */
    public String askedPerson() {
        return actor != null && !actor.isBlank() ? actor.strip() : null;
    }

    /** The person acting: --as, else the operating-system user name. */
    public String actor() {
        return actor != null && !actor.isBlank() ? actor : System.getProperty("user.name", "newsdesk");
    }

    /** The newsroom on the chosen database, opened on first use. */
    App app() {
        if (app == null) {
            try {
                app = App.open(databasePath());
            } catch (StoreException e) {
                // a damaged file that has backups: say which one can replace it (a stray non-database file has none)
                BackupService backups = BackupService.forFile(databasePath(), Clock.systemUTC());
                BackupService.Health health = BackupService.inspect(databasePath());
                if (health.condition() == BackupService.Condition.DAMAGED && !backups.backups().isEmpty()) {
                    throw new CommandFailure(health.sentence() + " " + RestoreCommand.offer(backups));
                }
                throw e;
            }
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
