package org.newsdesk.store;

import org.newsdesk.model.SearchHit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;

class SearchIndexTest {
    private final Database database = Database.inMemory();
    private final StoryStore stories = new StoryStore(database, Clock.systemUTC());
    private final ClipStore clips = new ClipStore(database);
    private final SearchIndex index = new SearchIndex(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void findsWordsInStoriesAndInClipsWithHighlightedSnippets() {
        Clip clip = clips.insert(new Clip(UUID.randomUUID(), "https://example.org/a", null, "Forensics institute",
                null, null, null, null, null, "Precursors are shipped to cartels in Mexico.", Instant.now()), null);
        Story story = stories.insert(Story.draft("Ted", "Fentanyl talks stall", "Blinken proposed a working group.",
                List.of(clip.id()), Instant.now()));

        List<SearchHit> clipHits = index.search("cartels", 10);
        List<SearchHit> storyHits = index.search("blinken", 10);

        assertEquals(List.of(clip.id()), clipHits.stream().map(SearchHit::id).toList());
        assertEquals(SearchHit.Kind.CLIP, clipHits.get(0).kind());
        assertTrue(clipHits.get(0).snippet("[", "]").contains("[cartels]"), clipHits.get(0).snippet());
        assertEquals(List.of(story.id()), storyHits.stream().map(SearchHit::id).toList());
    }

    @Test
    void theIndexFollowsEditsAndDeletes() {
        Story story = stories.insert(Story.draft("Ted", "Headline", "The old word is zanzibar.", List.of(),
                Instant.now()));
        stories.update(story.withText("Headline", "The new word is timbuktu."), "Ted");

        assertTrue(index.search("zanzibar", 10).isEmpty());
        assertEquals(1, index.search("timbuktu", 10).size());

        stories.delete(story.id());
        assertTrue(index.search("timbuktu", 10).isEmpty());
    }

    @Test
    void phrasesAndPrefixesWork() {
        stories.insert(Story.draft("Ted", "Budget", "The city council approved the budget.", List.of(),
                Instant.now()));
        stories.insert(Story.draft("Ted", "Council", "The budget approved the council.", List.of(), Instant.now()));

        assertEquals(1, index.search("\"council approved\"", 10).size());
        assertEquals(2, index.search("approv*", 10).size());
    }

    @Test
    void aPhraseWithACommonWordFindsOnlyThatPhraseNewestFirst() {
        Story older = stories.insert(Story.draft("Ted", "Jury", "Jurors reached the verdict on Monday.", List.of(),
                Instant.parse("2024-01-01T00:00:00Z")));
        stories.insert(Story.draft("Ted", "Appeal", "A verdict and the appeal.", List.of(),
                Instant.parse("2024-01-02T00:00:00Z")));
        Story newer = stories.insert(Story.draft("Ted", "Retrial", "After the verdict, a retrial.", List.of(),
                Instant.parse("2024-01-03T00:00:00Z")));

        List<SearchHit> hits = index.search("\"the verdict\"", 10);

        assertEquals(List.of(newer.id(), older.id()), hits.stream().map(SearchHit::id).toList());
        assertTrue(hits.get(0).snippet("[", "]").contains("[the verdict]"), hits.get(0).snippet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "AND", "OR NOT", "a:b", "(((", "*", "NEAR(x y)", "'; DROP TABLE stories; --", ""})
    void anyTypedQueryIsSafe(String query) {
        stories.insert(Story.draft("Ted", "Headline", "Body about tables and stories.", List.of(), Instant.now()));

        index.search(query, 10);

        assertEquals(1, stories.count());
    }
}
