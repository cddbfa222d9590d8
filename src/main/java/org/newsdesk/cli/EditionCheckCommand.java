package org.newsdesk.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code edition check --date DATE [--json]}: the pre-flight, every integrity check over every story of an edition, in
 * reading order. Findings are not errors: the exit status is 0 whenever the check could run.
 */
@Command(name = "check", description = "Run every integrity check over an edition's stories (the pre-flight)."
        + " Exits 0 even when there are findings.")
final class EditionCheckCommand extends DatabaseCommand implements Callable<Integer> {
    @Mixin
    EditionDate date;

    @Option(names = "--json", description = "One JSON line per story: {\"id\", \"findings\": [...]}.")
    boolean json;

    @Override
    public Integer call() {
        StoryCheckCommand.print(out(), app(), app().integrity().checkEdition(date.value()), json);
        java.util.List<org.newsdesk.integrity.Finding> intro = app().integrity().checkIntro(date.value());
        if (!intro.isEmpty()) {
            StoryCheckCommand.printIntro(out(), intro, json);
        }
        return 0;
    }
}
