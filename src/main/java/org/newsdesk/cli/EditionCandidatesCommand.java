package org.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.newsdesk.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/**
 * {@code edition candidates --date DATE [--json]}: the approved stories that may join the edition of DATE (no other
 * edition holds them), the longest approved first, as the edition builder lists them.
 */
@Command(name = "candidates",
        description = "List the approved stories that may join the edition of a date, the longest approved first.")
final class EditionCandidatesCommand extends DatabaseCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    EditionDate date;

    @Option(names = "--json", description = "One JSON line per story: {\"id\", \"headline\", \"author\","
            + " \"section\", \"words\"}.")
    boolean json;

    @Override
    public Integer call() {
        for (Story story : app().editionService().candidates(date.value())) {
            if (json) {
                ObjectNode line = JSON.createObjectNode();
                line.put("id", story.id().toString());
                line.put("headline", story.headline());
                line.put("author", story.author());
                line.put("section", story.section());
                line.put("words", story.wordCount());
                out().println(line);
            } else {
                out().printf("%s  %-12s  %4d words  %s%n", story.id(), story.author(), story.wordCount(),
                        story.headline());
            }
        }
        out().flush();
        return 0;
    }
}
