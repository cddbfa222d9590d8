package org.newsdesk.cli;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.app.StoryService;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Story;
import org.newsdesk.model.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code story show ID}: one story with its details, text, comments and revisions. */
@Command(name = "show", description = "Show a story: details, text, comments and revisions.")
final class StoryShowCommand extends ActingCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The story (its id, or the id's first characters).")
    String id;

    @Option(names = "--json", description = "One JSON object: the story's fields, its comments and its revisions.")
    boolean json;

    @Override
    public Integer call() {
        UUID storyId = storyId(id);
        StoryService stories = app().storyService();
        Story story = stories.find(storyId).orElseThrow(() -> new CommandFailure("There is no story " + id + "."));
        if (json) {
            java.util.Map<String, Object> extra = new java.util.LinkedHashMap<>();
            extra.put("words", story.wordCount());
            extra.put("comments", stories.comments(storyId));
            extra.put("revisions", stories.revisions(storyId));
            out().println(JsonOut.line(JsonOut.with(story, extra)));
            return 0;
        }
        out().println(story.headline().isEmpty() ? "(no headline)" : story.headline());
        out().println("id:       " + story.id());
        out().printf("status:   %s    author: %s    version: %d    words: %d%n", story.status().label(),
                story.author(), story.version(), story.wordCount());
        if (story.outlet() != null && !story.outlet().isBlank()) {
            out().println("outlet:   " + story.outlet()
                    + (story.attribution() == null || story.attribution().isBlank() ? "" : " (" + story.attribution() + ")"));
        }
        if (story.section() != null && !story.section().isBlank()) {
            out().println("section:  " + story.section());
        }
        if (!story.tags().isEmpty()) {
            out().println("tags:     " + String.join(", ", story.tags()));
        }
        out().println("updated:  " + story.updatedAt() + (story.updatedBy() == null ? "" : " by " + story.updatedBy()));
        out().println();
        out().println(story.body());
        List<Comment> comments = stories.comments(storyId);
        out().println();
        out().println("Comments (" + comments.size() + ")");
        for (Comment comment : comments) {
            out().printf("  %s  %s: %s%n", comment.createdAt(), comment.author(), comment.body());
        }
        List<Revision> revisions = stories.revisions(storyId);
        out().println();
        out().println("Revisions (" + revisions.size() + "; compare two with story diff ID REV1 REV2)");
        for (Revision revision : revisions) {
            out().printf("  %5d  %s  %-12s  %-10s  %d words%n", revision.id(), revision.createdAt(),
                    revision.author(), revision.reason(), Words.count(revision.body()));
        }
        return 0;
    }
}
