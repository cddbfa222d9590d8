package org.newsdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;

class StoryStoreTest {
    private final Database database = Database.inMemory();
    private final StoryStore stories = new StoryStore(database, Clock.systemUTC());
    private final ClipStore clips = new ClipStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aStoryComesBackAsSavedWithItsClipsAndTags() {
        Clip clip = clips.insert(new Clip(UUID.randomUUID(), "https://www.wsj.com/a?utm_source=x", null, "Fentanyl",
                null, "The Wall Street Journal", null, null, "en", "text", Instant.now()), "<html></html>");
        Story draft = Story.draft("Ted", "U.S. seeks China's help", "Body.", List.of(clip.id()), Instant.now())
                .withDetails("The Wall Street Journal", "the Wall Street Journal reports", "Drugs",
                        List.of("fentanyl", "China"));

        Story saved = stories.insert(draft);

        Story found = stories.find(draft.id()).orElseThrow();
        assertEquals(1, saved.version());
        assertEquals(List.of(clip.id()), found.clipIds());
        assertEquals(List.of("fentanyl", "China"), found.tags());
        assertEquals("Drugs", found.section());
        assertEquals(List.of(found.id()), stories.findByClip(clip.id()).stream().map(Story::id).toList());
        assertEquals(List.of(clip.id()), clips.findBySource("http://wsj.com/a#top").stream().map(Clip::id).toList());
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedAndOverwritesNothing() {
        Story original = stories.insert(Story.draft("Ted", "Headline", "First text.", List.of(), Instant.now()));
        Story editorCopy = original.withText("Headline", "The editor's text.");
        Story writerCopy = original.withText("Headline", "The writer's text.");

        Story editorSaved = stories.update(editorCopy, "Ed");
        StaleVersionException conflict = assertThrows(StaleVersionException.class,
                () -> stories.update(writerCopy, "Ted"));

        assertEquals(2, editorSaved.version());
        assertEquals("The editor's text.", stories.find(original.id()).orElseThrow().body());
        assertEquals("Ed", conflict.savedBy());
        assertEquals(2, conflict.currentVersion());
        assertTrue(conflict.getMessage().contains("Ed"), conflict.getMessage());
    }

    @Test
    void listingFiltersByStatusAndAuthorNewestFirst() {
        Story first = stories.insert(Story.draft("Ted", "One", "", List.of(), Instant.parse("2024-01-01T00:00:00Z")));
        stories.insert(Story.draft("Ann", "Two", "", List.of(), Instant.parse("2024-01-02T00:00:00Z")));
        stories.update(first.withStatus(StoryStatus.SUBMITTED), "Ted");

        assertEquals(List.of("One"), stories.list(List.of(StoryStatus.SUBMITTED), null, 10).stream()
                .map(Story::headline).toList());
        assertEquals(List.of("Two"), stories.list(List.of(), "Ann", 10).stream().map(Story::headline).toList());
        assertEquals("One", stories.list(List.of(), null, 10).get(0).headline(), "the latest change comes first");
        assertEquals(1, stories.count(List.of(StoryStatus.SUBMITTED), null));
        assertEquals(1, stories.count(List.of(StoryStatus.DRAFT), "Ann"));
        assertEquals(2, stories.count(List.of(), null));
    }
}
