package org.newsdesk.sync;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.newsdesk.App;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Edition;
import org.newsdesk.model.Story;

/**
 * One desk in its own process for {@link ManyDesksTest}: edits the shared stories and edition at random, syncing now
 * and then, and prints {@code SAVED story token} only after a save has committed to its local file.
 * Arguments: DB PASSWORD-FILE PERSON SEED ROUNDS DRAFT-IDS EDITION-IDS EDITION-DATE.
 */
public final class TeamDesk {
    private TeamDesk() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Credentials credentials = new Credentials(Map.of(), Path.of(args[1]), null);
        String person = args[2];
        long seed = Long.parseLong(args[3]);
        int rounds = Integer.parseInt(args[4]);
        List<UUID> drafts = Arrays.stream(args[5].split(",")).map(UUID::fromString).toList();
        List<UUID> forEdition = Arrays.stream(args[6].split(",")).map(UUID::fromString).toList();
        LocalDate date = LocalDate.parse(args[7]);
        Random random = new Random(seed);
        try (App app = App.open(db)) {
            boolean editor = app.people().require(person).isEditor();
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < 3; k++) {
                    UUID id = drafts.get(random.nextInt(drafts.size()));
                    String token = "[" + person + "-" + seed + "-" + round + "-" + k + "]";
                    try {
                        Story story = app.stores().stories().find(id).orElseThrow();
                        app.storyService().save(person, story.withText(story.headline(), story.body() + " " + token));
                        say("SAVED " + id + " " + token);
                    } catch (RuntimeException refused) {
                        say("NOTSAVED " + id + " " + refused.getMessage());
                    }
                }
                if (random.nextInt(3) == 0) {
                    UUID id = drafts.get(random.nextInt(drafts.size()));
                    String token = "{" + person + "-" + seed + "-" + round + "}";
                    Comment comment = app.storyService().comment(person, id, "Note " + token);
                    say("COMMENTED " + comment.storyId() + " " + token);
                }
                if (editor && random.nextBoolean()) {
                    UUID id = forEdition.get(random.nextInt(forEdition.size()));
                    try {
                        Edition edition = app.editionService().find(date).orElseThrow();
                        if (edition.storyIds().contains(id)) {
                            app.editionService().remove(person, date, id);
                        } else {
                            app.editionService().add(person, date, List.of(id), random.nextBoolean() ? "Top" : "Courts");
                        }
                    } catch (RuntimeException refused) {
                        say("NOTSAVED edition " + refused.getMessage());
                    }
                }
                if (random.nextBoolean()) {
                    sync(app, credentials);
                }
                Thread.sleep(random.nextInt(40));
            }
            say("ROUNDS-DONE");
            for (int attempt = 0; attempt < 50; attempt++) {
                if (sync(app, credentials) && app.team().status().waiting() == 0) {
                    say("DONE");
                    return;
                }
                Thread.sleep(200);
            }
            say("GAVE-UP");
        }
    }

    private static boolean sync(App app, Credentials credentials) {
        try (TeamServer server = app.team().connect(credentials)) {
            app.team().sync(server);
            return true;
        } catch (RuntimeException offline) {
            say("OFFLINE " + offline.getMessage());
            return false;
        }
    }

    private static void say(String line) {
        System.out.println(line.replace('\n', ' '));
        System.out.flush();
    }
}
