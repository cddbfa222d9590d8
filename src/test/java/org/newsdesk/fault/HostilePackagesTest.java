package org.newsdesk.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.app.StoryPackageException;
import org.newsdesk.app.StoryPackageService;
import org.newsdesk.model.Story;
import org.newsdesk.store.AuditStore;
import org.newsdesk.store.ClipStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.RevisionStore;
import org.newsdesk.store.StoryStore;
import org.newsdesk.store.UserStore;

/** Malformed, enormous and hostile story packages are refused in one sentence, quickly, and import nothing. */
class HostilePackagesTest {
    private static final String STORY_ID = "0b7e4c2a-5d1f-4c2e-9a7b-3e8f6d1c2b4a";
    private static final String CLIP_ID = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    private Database database;
    private StoryStore stories;
    private ClipStore clips;
    private StoryPackageService packages;

    @BeforeEach
    void openNewsroom() {
        database = Database.inMemory();
        Clock clock = Clock.systemUTC();
        stories = new StoryStore(database, clock);
        clips = new ClipStore(database);
        packages = new StoryPackageService(database, stories, clips, new OutletStore(database),
                new UserStore(database, clock), new RevisionStore(database, clock), new AuditStore(database, clock),
                clock);
        stories.insert(Story.draft("ted", "Already here", "A summary.", List.of(), Instant.now()));
    }

    @AfterEach
    void closeNewsroom() {
        database.close();
    }

    static Stream<Arguments> badPackages() {
        String good = story("\"headline\": \"Fine\", \"author\": \"ann\"");
        String nested = "[".repeat(200_000) + "]".repeat(200_000);
        return Stream.of(
                Arguments.of("empty", "", "JSON"),
                Arguments.of("not JSON", "<html><body>a saved page</body></html>", "JSON"),
                Arguments.of("truncated", good.substring(0, good.length() / 2), "JSON"),
                Arguments.of("a list, not an object", "[1, 2, 3]", "object"),
                Arguments.of("no format", "{\"stories\": []}", "format"),
                Arguments.of("another format", "{\"format\": \"newsdesk-story-package/9\"}", "format"),
                Arguments.of("stories not a list", pack("\"stories\": {\"id\": 1}"), "stories"),
                Arguments.of("story not an object", pack("\"stories\": [\"x\"]"), "stories[0]"),
                Arguments.of("missing id", pack("\"stories\": [{\"author\": \"ann\"}]"), "stories[0].id"),
                Arguments.of("id not a UUID", pack("\"stories\": [{\"id\": \"../../etc/passwd\", \"author\": \"a\"}]"),
                        "stories[0].id"),
                Arguments.of("id a number", pack("\"stories\": [{\"id\": 12, \"author\": \"a\"}]"), "stories[0].id"),
                Arguments.of("missing author", story("\"headline\": \"No one wrote this\""), "author"),
                Arguments.of("blank author", story("\"author\": \"   \""), "author"),
                Arguments.of("headline an object", story("\"author\": \"a\", \"headline\": {\"$ne\": 1}"), "headline"),
                Arguments.of("unknown status", story("\"author\": \"a\", \"status\": \"DROP TABLE stories\""),
                        "status"),
                Arguments.of("bad time", story("\"author\": \"a\", \"updatedAt\": \"yesterday\""), "updatedAt"),
                Arguments.of("clip that exists nowhere", story("\"author\": \"a\", \"clipIds\": [\"" + CLIP_ID
                        + "\"]"), "clipIds"),
                Arguments.of("clipIds not a list", story("\"author\": \"a\", \"clipIds\": \"" + CLIP_ID + "\""),
                        "clipIds"),
                Arguments.of("tags with a number", story("\"author\": \"a\", \"tags\": [\"ok\", 7]"), "tags"),
                Arguments.of("outlet without a name", pack("\"outlets\": [{\"attribution\": \"x\"}]"), "name"),
                Arguments.of("clip without a url", pack("\"clips\": [{\"id\": \"" + CLIP_ID + "\"}]"), "url"),
                Arguments.of("the same story twice", pack("\"stories\": [{\"id\": \"" + STORY_ID
                        + "\", \"author\": \"a\"}, {\"id\": \"" + STORY_ID + "\", \"author\": \"a\"}]"), "twice"),
                Arguments.of("a good story then a bad one", pack("\"stories\": [{\"id\": \"" + STORY_ID
                        + "\", \"author\": \"a\"}, {\"id\": \"nope\", \"author\": \"a\"}]"), "stories[1].id"),
                Arguments.of("nested two hundred thousand deep", nested, ""),
                Arguments.of("lone surrogate and NUL", "{\"format\": \"\\ud800\\u0000\"}", "format"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPackages")
    void aBadPackageIsRefusedInOneSentenceAndImportsNothing(String name, String json, String named) {
        int before = stories.count();
        StoryPackageException refused = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(StoryPackageException.class, () -> packages.importPackage(json, "editor")));
        String message = refused.getMessage();
        assertTrue(message != null && !message.isBlank() && message.length() < 400, () -> name + ": " + message);
        assertFalse(message.contains("\n"), () -> name + ": " + message);
        assertTrue(message.contains(named), () -> name + ": the message should name " + named + ": " + message);
        assertEquals(before, stories.count(), "a refused package imports nothing");
        assertTrue(clips.ids().isEmpty(), "a refused package imports no clip");
    }

    @Test
    void anEnormousButWellFormedPackageImportsWithinBoundedTime() {
        String body = "Prosecutors dropped the charges on Friday, the Marshall Project reports. ".repeat(70_000);
        String json = story("\"author\": \"ann\", \"headline\": \"" + "Long ".repeat(10_000) + "\", \"body\": \""
                + body + "\", \"status\": \"PUBLISHED\"");

        StoryPackageService.ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> packages.importPackage(json, "editor"));

        assertEquals(1, result.storiesAdded());
        Story imported = stories.find(java.util.UUID.fromString(STORY_ID)).orElseThrow();
        assertEquals(body.length(), imported.body().length());
        assertEquals(org.newsdesk.model.StoryStatus.SUBMITTED, imported.status(), "a package never publishes");
    }

    @Test
    void markupAndSqlInAPackageAreKeptAsPlainText() {
        String hostile = "<script>alert(1)</script>'); DROP TABLE stories; --";
        packages.importPackage(story("\"author\": \"ann\", \"headline\": \"" + hostile.replace("\"", "\\\"")
                + "\""), "editor");

        assertEquals(hostile, stories.find(java.util.UUID.fromString(STORY_ID)).orElseThrow().headline());
        assertEquals(2, stories.count());
    }

    private static String pack(String fields) {
        return "{\"format\": \"" + StoryPackageService.FORMAT + "\", " + fields + "}";
    }

    private static String story(String fields) {
        return pack("\"stories\": [{\"id\": \"" + STORY_ID + "\", " + fields + "}]");
    }
}
