package org.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.newsdesk.app.StoryService.QueuedStory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code story queue [--json]}: the review queue, the longest waiting first, as the editor's screen shows it. */
@Command(name = "queue",
        description = "List the stories waiting for review, the longest waiting first.")
final class StoryQueueCommand extends DatabaseCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--json", description = "One JSON line per story: {\"id\", \"headline\", \"author\","
            + " \"submittedAt\", \"words\"}.")
    boolean json;

    @Override
    public Integer call() {
        for (QueuedStory queued : app().storyService().reviewQueue()) {
            if (json) {
                ObjectNode line = JSON.createObjectNode();
                line.put("id", queued.story().id().toString());
                line.put("headline", queued.story().headline());
                line.put("author", queued.story().author());
                line.put("submittedAt", queued.submittedAt().toString());
                line.put("words", queued.story().wordCount());
                out().println(line);
            } else {
                out().printf("%s  %s  %-12s  %4d words  %s%n", queued.story().id(), queued.submittedAt(),
                        queued.story().author(), queued.story().wordCount(), queued.story().headline());
            }
        }
        out().flush();
        return 0;
    }
}
