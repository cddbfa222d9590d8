package org.newsdesk;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = CommandLineRunner.run(args,
                root -> DesktopLauncher.launch(root.databasePath(), root.exitAfterStartup()), out, err);
        System.exit(status);
    }
}
