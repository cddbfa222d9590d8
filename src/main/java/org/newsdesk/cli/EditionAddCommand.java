package org.newsdesk.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code edition add --date D STORY-ID… [--section S]}: puts stories at the end of a section (editors). */
@Command(name = "add", description = "Add stories to a draft edition, at the end of their section (editors).")
final class EditionAddCommand extends ActingCommand implements Callable<Integer> {
    @Mixin
    EditionDate date;

    @Parameters(arity = "1..*", paramLabel = "STORY-ID", description = "The stories, in order.")
    List<String> storyIds;

    @Option(names = "--section", paramLabel = "NAME", description = "The section (default: each story's own).")
    String section;

    @Override
    public Integer call() {
        LocalDate day = date.value();
        List<UUID> ids = storyIds.stream().map(this::storyId).toList();
        printEdition(app().editionService().add(actingAs(), day, ids, section));
        return 0;
    }
}
