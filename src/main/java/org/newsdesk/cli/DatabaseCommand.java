package org.newsdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.newsdesk.App;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command that works on the newsroom shares: the open newsroom, the actor and the output. */
abstract class DatabaseCommand {
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
            List<UUID> matches = app().storyService().idsStartingWith(wanted, 2);
            if (matches.isEmpty()) {
                throw new CommandFailure("There is no story whose id begins " + text + ".");
            }
            if (matches.size() > 1) {
                throw new CommandFailure("More than one story has an id beginning " + text + "; give more of the id.");
            }
            return matches.get(0);
        }
    }

    /**
     * Writes {@code text} to {@code file}, or to standard output when {@code file} is null. A file is written whole
     * or not at all: to a temporary file beside it first, then moved into place.
     */
    void writeOut(String text, Path file) throws IOException {
        if (file == null) {
            out().print(text);
            out().flush();
            return;
        }
        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".newsdesk-", ".part");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        err().println("Wrote " + absolute);
    }
}
