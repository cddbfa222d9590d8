package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.newsdesk.App;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command that works on the newsroom shares: the open newsroom, the actor and the output. */
abstract class NewsroomCommand {
    @Spec
    CommandSpec spec;

    NewsdeskCommand root() {
        return (NewsdeskCommand) spec.root().userObject();
    }

    App app() {
        return root().app();
    }

    String actor() {
        return root().actor();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A story named by its id or by an unambiguous beginning of it (at least four characters). */
    UUID storyId(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        try {
            return UUID.fromString(wanted);
        } catch (IllegalArgumentException notWhole) {
            if (wanted.length() < 4 || !wanted.matches("[0-9a-f-]+")) {
                throw new CommandFailure("\"" + text + "\" is not a story id; give the id, or at least its first"
                        + " four characters.");
            }
            List<UUID> matches = app().stories().idsStartingWith(wanted, 2);
            if (matches.isEmpty()) {
                throw new CommandFailure("There is no story whose id begins " + text + ".");
            }
            if (matches.size() > 1) {
                throw new CommandFailure("More than one story has an id beginning " + text + "; give more of the id.");
            }
            return matches.get(0);
        }
    }
}
