package org.newsdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One headless run of the command line on a test's database: its exit status and what it printed. */
record CommandRun(int status, String out, String err) {

    static CommandRun on(Path database, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--db");
        all.add(database.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLineRunner.run(all.toArray(String[]::new), root -> {
            throw new AssertionError("a command never starts the desktop app");
        }, new PrintWriter(out), new PrintWriter(err));
        return new CommandRun(status, out.toString(), err.toString());
    }
}
