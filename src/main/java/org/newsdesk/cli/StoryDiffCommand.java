package org.newsdesk.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.app.RevisionDiff;
import org.newsdesk.app.StoryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code story diff ID REV1 REV2}: what changed between two revisions, word by word. */
@Command(name = "diff", description = "Compare two revisions of a story word by word: [-removed-] {+added+}.")
final class StoryDiffCommand extends ActingCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The story (its id, or the id's first characters).")
    String id;

    @Parameters(index = "1", paramLabel = "REV1", description = "The older revision's number (see story show).")
    long from;

    @Parameters(index = "2", paramLabel = "REV2", defaultValue = "current",
            description = "The newer revision's number, or current for the story as it is now (default).")
    String to;

    @Override
    public Integer call() {
        UUID storyId = storyId(id);
        StoryService stories = app().storyService();
        if (stories.revisions(storyId).stream().noneMatch(revision -> revision.id() == from)) {
            throw new CommandFailure("Revision " + from + " is not a revision of this story.");
        }
        RevisionDiff diff;
        if ("current".equalsIgnoreCase(to)) {
            diff = stories.diffAgainstCurrent(from, storyId);
        } else {
            long toRevision;
            try {
                toRevision = Long.parseLong(to.strip());
            } catch (NumberFormatException e) {
                throw new CommandFailure("\"" + to + "\" is not a revision number (or current).");
            }
            diff = stories.diff(from, toRevision);
        }
        out().println(diff.render());
        out().println();
        out().println(diff.hasChanges()
                ? diff.wordsAdded() + " words added, " + diff.wordsRemoved() + " removed."
                : "No change.");
        return 0;
    }
}
