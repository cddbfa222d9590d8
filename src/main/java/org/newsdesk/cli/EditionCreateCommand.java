package org.newsdesk.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.newsdesk.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code edition create --date D [--title T]}: a new, empty draft edition (editors). */
@Command(name = "create", description = "Create an empty draft edition for a date (editors).")
final class EditionCreateCommand extends ActingCommand implements Callable<Integer> {
    @Mixin
    EditionDate date;

    @Option(names = "--title", paramLabel = "TEXT", description = "The edition's title.")
    String title;

    @Override
    public Integer call() {
        LocalDate day = date.value();
        Edition edition = app().editionService().create(actingAs(), day, title);
        out().println("Created the edition of " + edition.date() + ".");
        return 0;
    }
}
