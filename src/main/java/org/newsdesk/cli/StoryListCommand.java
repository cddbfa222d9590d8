package org.newsdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code story list [--status S]}: one line per story, newest change first. */
@Command(name = "list", description = "List stories, newest change first.")
final class StoryListCommand extends DatabaseCommand implements Callable<Integer> {
    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only stories in these statuses: ${COMPLETION-CANDIDATES}.")
    List<StoryStatus> statuses;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many (default: all).")
    int limit;

    @Option(names = "--json", description = "One JSON line per story, with every field of the story.")
    boolean json;

    @Override
    public Integer call() {
        for (Story story : app().storyService().list(statuses == null ? List.of() : statuses, null, limit)) {
            if (json) {
                out().println(JsonOut.line(JsonOut.with(story, java.util.Map.of("words", story.wordCount()))));
                continue;
            }
            out().printf("%s  %-9s  %-12s  %4d words  %s%n", story.id(), story.status().name(), story.author(),
                    story.wordCount(), story.headline());
        }
        return 0;
    }
}
