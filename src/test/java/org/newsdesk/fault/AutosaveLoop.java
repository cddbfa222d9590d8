package org.newsdesk.fault;

import java.nio.file.Path;
import java.util.UUID;
import org.newsdesk.App;
import org.newsdesk.app.StoryService;
import org.newsdesk.model.Story;

/**
 * The child process of the kill test: autosaves one story through {@link StoryService#save} over and over, as the
 * editor does while someone types, and prints {@code saved N} after each save has returned; it runs until killed.
 */
public final class AutosaveLoop {
    private AutosaveLoop() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        UUID storyId = UUID.fromString(args[1]);
        String typing = "The council voted late on Tuesday to expand the program, the Tampa Bay Times reports. ";
        try (App app = App.open(file)) {
            StoryService stories = app.storyService();
            System.out.println("ready");
            System.out.flush();
            while (true) {
                Story current = stories.find(storyId).orElseThrow();
                long next = KillDuringWritesTest.saveNumber(current.body()) + 1;
                // A body of a few kilobytes that changes every time, so every save rewrites pages and the index.
                String body = "save " + next + "\n\n" + typing.repeat(20 + (int) (next % 17));
                Story saved = stories.save("writer", current.withText("Headline " + next, body));
                System.out.println("saved " + KillDuringWritesTest.saveNumber(saved.body()));
                System.out.flush();
            }
        }
    }
}
