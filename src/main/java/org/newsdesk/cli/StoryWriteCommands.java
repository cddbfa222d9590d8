package org.newsdesk.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Story;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code story new}, {@code story edit} and {@code story comment}: writing a story from the command line. */
final class StoryWriteCommands {
    private StoryWriteCommands() {
    }

    /** The body, given inline or read from a UTF-8 file. */
    static final class BodySource {
        @Option(names = "--body", paramLabel = "TEXT", description = "The body (Markdown).")
        String text;

        @Option(names = "--body-file", paramLabel = "FILE", description = "Read the body (Markdown) from a file.")
        Path file;

        String read() throws IOException {
            if (text != null) {
                return text;
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new CommandFailure("There is no file " + file + ".");
            } catch (MalformedInputException e) {
                throw new CommandFailure(file + " is not UTF-8 text.");
            }
        }
    }

    /** Starts a draft story and prints its id. */
    @Command(name = "new", description = "Start a draft story; prints its id.")
    static final class New extends ActingCommand implements Callable<Integer> {
        @Option(names = "--headline", required = true, paramLabel = "TEXT", description = "The headline.")
        String headline;

        @ArgGroup(exclusive = true)
        BodySource body;

        @Override
        public Integer call() throws IOException {
            String text = body == null ? "" : body.read();
            Story story = app().storyService().create(actingAs(), headline, text, List.of());
            out().println(story.id());
            return 0;
        }
    }

    /** Saves a new headline or body over the version it was written from. */
    @Command(name = "edit", description = "Change a story's headline or body, as a save from the version you read.")
    static final class Edit extends ActingCommand implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The story (its id, or the id's first characters).")
        String id;

        @Option(names = "--headline", paramLabel = "TEXT", description = "The new headline.")
        String headline;

        @ArgGroup(exclusive = true)
        BodySource body;

        @Option(names = "--version", paramLabel = "N",
                description = "The version your text was written from (see story show); default: the stored one."
                        + " If someone saved since, nothing is overwritten and your text is kept as a revision.")
        Long version;

        @Override
        public Integer call() throws IOException {
            UUID storyId = storyId(id);
            String actor = actingAs();
            Story stored = app().storyService().find(storyId)
                    .orElseThrow(() -> new CommandFailure("There is no story " + id + "."));
            Story edited = stored.withText(headline == null ? stored.headline() : headline,
                    body == null ? stored.body() : body.read());
            if (version != null) {
                edited = new Story(edited.id(), edited.headline(), edited.body(), edited.clipIds(), edited.outlet(),
                        edited.attribution(), edited.section(), edited.tags(), edited.author(), edited.status(),
                        version, edited.createdAt(), edited.updatedAt(), edited.updatedBy());
            }
            Story saved = app().storyService().save(actor, edited);
            out().printf("%s saved as version %d (%d words).%n", saved.id(), saved.version(), saved.wordCount());
            return 0;
        }
    }

    /** Adds a note to a story. */
    @Command(name = "comment", description = "Add a comment to a story.")
    static final class AddComment extends ActingCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The story (its id, or the id's first characters).")
        String id;

        @Parameters(index = "1", paramLabel = "TEXT", description = "The comment.")
        String text;

        @Override
        public Integer call() {
            UUID storyId = storyId(id);
            Comment comment = app().storyService().comment(actingAs(), storyId, text);
            out().println("Comment " + comment.id() + " added.");
            return 0;
        }
    }
}
