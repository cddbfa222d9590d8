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
import org.junit.jupiter.api.Timeout;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;

/** How search ranks when a word is everywhere, and that prefixes and snippets work through the prefix index. */
class SearchIndexRankingTest {
    private final Database database = Database.inMemory();
    private final StoryStore stories = new StoryStore(database, Clock.systemUTC());
    private final ClipStore clips = new ClipStore(database);
    private final SearchIndex index = new SearchIndex(database);

    @AfterEach
    void close() {
        database.close();
    }

    private Clip clip(String title, String text) {
        return clips.insert(new Clip(UUID.randomUUID(), "https://example.org/" + UUID.randomUUID(), null, title,
                null, null, null, null, null, text, Instant.now()), null);
    }

    @Test
    void aTitleMatchOutranksABodyMatch() {
        Clip inBody = clip("Council news", "The parole board met on Monday and the parole board adjourned.");
        Clip inTitle = clip("Parole board adjourns", "The board met on Monday.");

        List<SearchHit> hits = index.search("parole", 10);

        assertEquals(List.of(inTitle.id(), inBody.id()), hits.stream().map(SearchHit::id).toList());
    }

    @Test
    @Timeout(value = 60)
    void aWordInMoreClipsThanAreRankedStillAnswersWithTheBestOfTheNewest() {
        database.write(connection -> {
            for (int i = 0; i < SearchIndex.RANKED_MATCHES + 100; i++) {
                clip("Report " + i, i < 100 ? "Sheriff sheriff sheriff sheriff, said the sheriff." : "The sheriff spoke.");
            }
            return null;
        });
        Clip newestBest = clip("Sheriff", "The sheriff and the sheriff's deputy, sheriff sheriff.");

        List<SearchHit> hits = index.search("sheriff", 20);

        assertEquals(20, hits.size());
        assertEquals(newestBest.id(), hits.get(0).id());
        assertTrue(hits.stream().allMatch(hit -> hit.snippet("[", "]").contains("[sheriff]")
                || hit.snippet("[", "]").contains("[Sheriff]")), hits.toString());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() <= hits.get(i).score(), "hits come best first");
        }
    }

    @Test
    void prefixesOfThreeFourAndMoreLettersFindEveryForm() {
        Story prosecutor = stories.insert(Story.draft("Ted", "Prosecutor resigns", "The prosecutor left.", List.of(),
                Instant.now()));
        Story prosecution = stories.insert(Story.draft("Ted", "Case dropped", "The prosecution rested.", List.of(),
                Instant.now()));
        stories.insert(Story.draft("Ted", "Unrelated", "A proper budget.", List.of(), Instant.now()));

        for (String query : List.of("prosecut*", "pros*", "prosecuti*")) {
            List<UUID> found = index.search(query, 10).stream().map(SearchHit::id).sorted().toList();
            List<UUID> expected = query.equals("prosecuti*") ? List.of(prosecution.id())
                    : java.util.stream.Stream.of(prosecutor.id(), prosecution.id()).sorted().toList();
            assertEquals(expected, found, query);
        }
        assertEquals(3, index.search("pro*", 10).size());
        String snippet = index.search("pro*", 10).get(0).snippet("[", "]");
        assertTrue(snippet.toLowerCase(java.util.Locale.ROOT).contains("[pro"), snippet);
    }
}
