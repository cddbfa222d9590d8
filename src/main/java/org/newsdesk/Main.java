package org.newsdesk;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.newsdesk.DataLocation;
import org.newsdesk.cli.CommandLineRunner;
import org.newsdesk.ui.DesktopLauncher;

/**
 * Starts Newsdesk: with no command, the desktop app; with a command, the headless command line. This class does
 * not extend {@code Application}, so JavaFX can start from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<DesktopStart> desktop = DesktopStart.parse(args);
        if (desktop.isPresent()) {
            // The window's own options need no command parser: building picocli's model of every command costs
            // half a second that a person waiting for the window would notice.
            DesktopLauncher.launch(DataLocation.resolve(desktop.get().database()), desktop.get().exitAfterStartup(),
                    desktop.get().asked(), null);
            System.exit(0);
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = CommandLineRunner.run(args,
                root -> DesktopLauncher.launch(root.databasePath(), root.exitAfterStartup(), root.askedPerson(),
                        root.storyPackage()), out, err);
        System.exit(status);
    }

    /**
     * A start of the desktop app with nothing but the window's options:
     * {@code [--db PATH] [--as NAME] [--exit-after-startup]}.
     */
    record DesktopStart(Path database, boolean exitAfterStartup, String asked) {
        DesktopStart(Path database, boolean exitAfterStartup) {
            this(database, exitAfterStartup, null);
        }

        static Optional<DesktopStart> parse(String[] args) {
            Path database = null;
            boolean exitAfterStartup = false;
            String asked = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--exit-after-startup")) {
                    exitAfterStartup = true;
                } else if (arg.equals("--db") && i + 1 < args.length && database == null) {
                    database = Path.of(args[++i]);
                } else if (arg.startsWith("--db=") && arg.length() > 5 && database == null) {
                    database = Path.of(arg.substring(5));
                } else if (arg.equals("--as") && i + 1 < args.length && asked == null) {
                    asked = args[++i];
                } else if (arg.startsWith("--as=") && arg.length() > 5 && asked == null) {
                    asked = arg.substring(5);
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new DesktopStart(database, exitAfterStartup, asked));
        }
    }
}
