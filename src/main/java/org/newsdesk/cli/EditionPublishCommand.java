package org.newsdesk.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.newsdesk.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code edition publish --date D}: every story must be approved; all become published and the edition is frozen. */
@Command(name = "publish", description = "Publish an edition whose stories are all approved; it is then frozen (editors).")
final class EditionPublishCommand extends ActingCommand implements Callable<Integer> {
    @Mixin
    EditionDate date;

    @Override
    public Integer call() {
        LocalDate day = date.value();
        Edition edition = app().editionService().publish(actingAs(), day);
        printEdition(edition);
        out().println("Published at " + edition.publishedAt() + ".");
        return 0;
    }
}
