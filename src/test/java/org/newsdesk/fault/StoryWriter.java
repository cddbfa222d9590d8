package org.newsdesk.fault;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.newsdesk.App;
import org.newsdesk.app.SaveConflictException;
import org.newsdesk.app.StoryService;
import org.newsdesk.model.Story;

/**
 * The child process of the two-writers test: once told {@code go}, it adds {@code count} lines to one story, each a
 * read-edit-save from the copy it just read, and prints {@code landed LINE} or {@code conflict LINE} for each.
 */
public final class StoryWriter {
    private StoryWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        UUID storyId = UUID.fromString(args[1]);
        String name = args[2];
        int count = Integer.parseInt(args[3]);
        try (App app = App.open(file)) {
            StoryService stories = app.storyService();
            System.out.println("ready");
            System.out.flush();
            BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!"go".equals(input.readLine())) {
                return;
            }
            for (int i = 1; i <= count; i++) {
                String line = name + "-" + i;
                Story read = stories.find(storyId).orElseThrow();
                try {
                    stories.save(name, read.withText(read.headline(), read.body() + "\n" + line));
                    System.out.println("landed " + line);
                } catch (SaveConflictException conflict) {
                    System.out.println("conflict " + line);
                }
            }
            System.out.println("done");
            System.out.flush();
        }
    }
}
