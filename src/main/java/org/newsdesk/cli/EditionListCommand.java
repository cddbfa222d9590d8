package org.newsdesk.cli;

import java.util.concurrent.Callable;
import org.newsdesk.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edition list}: the editions, newest first. */
@Command(name = "list", description = "List editions, newest first.")
final class EditionListCommand extends DatabaseCommand implements Callable<Integer> {
    @Option(names = "--limit", defaultValue = "30", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON line per edition: date, title, intro, status, sections with story ids, version.")
    boolean json;

    @Override
    public Integer call() {
        for (Edition edition : app().editionService().recent(limit)) {
            if (json) {
                out().println(JsonOut.line(edition));
                continue;
            }
            out().printf("%s  %-9s  %2d stories  %s%n", edition.date(), edition.status().name().toLowerCase(),
                    edition.storyIds().size(), edition.title());
        }
        return 0;
    }
}
