package org.newsdesk.cli;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code edition move --date D STORY-ID [--section S] [--position N]}: reorders a draft edition (editors). */
@Command(name = "move", description = "Move a story to another place or section in a draft edition (editors).")
final class EditionMoveCommand extends ActingCommand implements Callable<Integer> {
    @Mixin
    EditionDate date;

    @Parameters(index = "0", paramLabel = "STORY-ID", description = "The story to move.")
    String storyId;

    @Option(names = "--section", paramLabel = "NAME", description = "The section to move it to (default: its own).")
    String section;

    @Option(names = "--position", paramLabel = "N", defaultValue = "1",
            description = "Its place in the section, 1 first (default: ${DEFAULT-VALUE}).")
    int position;

    @Override
    public Integer call() {
        if (position < 1) {
            throw new CommandFailure("--position counts from 1.");
        }
        LocalDate day = date.value();
        UUID story = storyId(storyId);
        printEdition(app().editionService().move(actingAs(), day, story, section, position - 1));
        return 0;
    }
}
