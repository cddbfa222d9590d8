package org.newsdesk.fault;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;
import org.newsdesk.store.RevisionStore;
import org.newsdesk.store.StoryStore;

/**
 * The child process of the kill test: autosaves one story over and over, as the editor does while someone types,
 * and prints {@code saved N} after each save has committed; it runs until it is killed.
 */
public final class AutosaveLoop {
    private AutosaveLoop() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        UUID storyId = UUID.fromString(args[1]);
        String typing = "The council voted late on Tuesday to expand the program, the Tampa Bay Times reports. ";
        try (Database database = Database.open(file)) {
            StoryStore stories = new StoryStore(database, Clock.systemUTC());
            RevisionStore revisions = new RevisionStore(database, Clock.systemUTC());
            System.out.println("ready");
            System.out.flush();
            while (true) {
                Story current = stories.find(storyId).orElseThrow();
                long next = KillDuringWritesTest.saveNumber(current.body()) + 1;
                // A body of a few kilobytes that changes every time, so every save rewrites pages and the index.
                String body = "save " + next + "\n\n" + typing.repeat(20 + (int) (next % 17));
                Story saved = database.write(connection -> {
                    if (next % 5 == 0) {
                        revisions.add(storyId, current.headline(), current.body(), "writer", "typing");
                    }
                    return stories.update(current.withText("Headline " + next, body), "writer");
                });
                System.out.println("saved " + KillDuringWritesTest.saveNumber(saved.body()));
                System.out.flush();
            }
        }
    }
}
