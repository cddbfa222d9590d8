package org.newsdesk.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.app.StoryService;
import org.newsdesk.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code story submit|withdraw|approve|return|spike|restore ID [--comment TEXT]}: moves a story through review. */
final class StoryActionCommands {
    private StoryActionCommands() {
    }

    /** What every status change shares: the story, an optional comment, and the line that reports the move. */
    abstract static class StatusChange extends ActingCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The story (its id, or the id's first characters).")
        String id;

        @Option(names = "--comment", paramLabel = "TEXT", description = "A comment to add to the story.")
        String comment;

        abstract Story change(StoryService stories, String actor, UUID storyId);

        /** Whether {@link #change} itself files the comment (a return always carries one). */
        boolean takesComment() {
            return false;
        }

        @Override
        public Integer call() {
            UUID storyId = storyId(id);
            String actor = actingAs();
            StoryService stories = app().storyService();
            Story story = change(stories, actor, storyId);
            if (comment != null && !takesComment()) {
                stories.comment(actor, storyId, comment);
            }
            out().printf("%s is now %s: %s%n", story.id(), story.status().label(), story.headline());
            return 0;
        }
    }

    /** The author sends a draft or returned story for review. */
    @Command(name = "submit", description = "Submit a draft or returned story for review (its author).")
    static final class Submit extends StatusChange {
        @Override
        Story change(StoryService stories, String actor, UUID storyId) {
            return stories.submit(actor, storyId);
        }
    }

    /** The author takes a submitted story back to draft. */
    @Command(name = "withdraw", description = "Take a submitted story back to draft (its author).")
    static final class Withdraw extends StatusChange {
        @Override
        Story change(StoryService stories, String actor, UUID storyId) {
            return stories.withdraw(actor, storyId);
        }
    }

    /** An editor approves a submitted story. */
    @Command(name = "approve", description = "Approve a submitted story (editors).")
    static final class Approve extends StatusChange {
        @Override
        Story change(StoryService stories, String actor, UUID storyId) {
            return stories.approve(actor, storyId);
        }
    }

    /** An editor sends a submitted story back to its writer, with the comment that says why. */
    @Command(name = "return", description = "Return a submitted story to its writer with a comment (editors).")
    static final class Return extends StatusChange {
        @Override
        Story change(StoryService stories, String actor, UUID storyId) {
            return stories.returnToWriter(actor, storyId, comment);
        }

        @Override
        boolean takesComment() {
            return true;
        }
    }

    /** An editor spikes a story that is not published. */
    @Command(name = "spike", description = "Spike a story that is not published (editors).")
    static final class Spike extends StatusChange {
        @Override
        Story change(StoryService stories, String actor, UUID storyId) {
            return stories.spike(actor, storyId);
        }
    }

    /** An editor brings a spiked story back as a draft. */
    @Command(name = "restore", description = "Bring a spiked story back as a draft (editors).")
    static final class Restore extends StatusChange {
        @Override
        Story change(StoryService stories, String actor, UUID storyId) {
            return stories.restore(actor, storyId);
        }
    }
}
