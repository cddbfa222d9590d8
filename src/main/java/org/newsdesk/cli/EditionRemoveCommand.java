package org.newsdesk.cli;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code edition remove --date D STORY-ID}: takes a story out of a draft edition (editors). */
@Command(name = "remove", description = "Take a story out of a draft edition (editors).")
final class EditionRemoveCommand extends ActingCommand implements Callable<Integer> {
    @Mixin
    EditionDate date;

    @Parameters(index = "0", paramLabel = "STORY-ID", description = "The story to take out.")
    String storyId;

    @Override
    public Integer call() {
        LocalDate day = date.value();
        UUID story = storyId(storyId);
        printEdition(app().editionService().remove(actingAs(), day, story));
        return 0;
    }
}
