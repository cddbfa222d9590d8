package org.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.model.Words;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoryStore;

class BenchmarkTest {
    @TempDir
    Path folder;

    private final SyntheticArchive newsroom = new SyntheticArchive(1, Instant.parse("2024-01-01T00:00:00Z"));

    @Test
    @Timeout(value = 120)
    void aSmallRunMeasuresEveryFigureAndKeepsItsDatabase() throws Exception {
        List<String> progress = new ArrayList<>();
        Path file = folder.resolve("bench.db");

        BenchmarkReport report = new Benchmark(file, 300, progress::add).run();

        for (String key : List.of("insertRate", "coldOpenMs", "searchP50Ms", "searchP95Ms", "searchP95CpuMs",
                "storyLoadP95Ms", "peakHeapMb", "peakLiveHeapMb")) {
            assertTrue(report.measurement(key).value() > 0, key);
        }
        assertEquals(300, report.stories());
        assertTrue(report.databaseBytes() > 300 * 5_000L, "300 clips of 800 words: " + report.databaseBytes());
        assertTrue(report.table().contains("full-text search p95"), report.table());
        JsonNode json = new ObjectMapper().readTree(report.json());
        assertEquals(300, json.path("stories").asInt());
        assertEquals(30.0, json.path("measurements").path("searchP95Ms").path("target").asDouble());
        assertTrue(progress.stream().anyMatch(line -> line.startsWith("Searching")), progress.toString());
        try (Database database = Database.open(file)) {
            assertEquals(300, new StoryStore(database, java.time.Clock.systemUTC()).count());
        }
    }

    @Test
    void theBenchmarkRefusesToBuildOverAnExistingFile() throws Exception {
        Path file = Files.createFile(folder.resolve("existing.db"));

        assertThrows(IllegalArgumentException.class, () -> new Benchmark(file, 10, line -> { }).run());
    }

    @Test
    void storiesAndClipsHaveRealisticLengthsAndAttribution() {
        for (int n = 0; n < 20; n++) {
            Clip clip = newsroom.clip(n);
            Story story = newsroom.story(n, clip);
            assertTrue(Words.count(clip.text()) >= 790 && Words.count(clip.text()) <= 860, clip.text());
            assertTrue(story.wordCount() >= 190 && story.wordCount() <= 260, story.body());
            assertTrue(story.body().endsWith(story.attribution() + "."), story.body());
            assertEquals(List.of(clip.id()), story.clipIds());
            assertEquals(newsroom.storyId(n), story.id());
        }
    }

    @Test
    void theSameSeedWritesTheSameNewsroom() {
        SyntheticArchive again = new SyntheticArchive(1, Instant.parse("2024-01-01T00:00:00Z"));

        assertEquals(newsroom.clip(42), again.clip(42));
        assertEquals(newsroom.story(42, newsroom.clip(42)), again.story(42, again.clip(42)));
        assertEquals(newsroom.queries(60), again.queries(60));
    }

    @Test
    void theVocabularyIsLargeAndZipfLike() {
        assertTrue(newsroom.vocabularySize() > 2_000, "vocabulary " + newsroom.vocabularySize());
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < 50; n++) {
            text.append(newsroom.clip(n).text()).append(' ');
        }
        String[] words = text.toString().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+");
        long the = java.util.Arrays.stream(words).filter("the"::equals).count();
        Set<String> distinct = new HashSet<>(List.of(words));
        assertTrue(the > words.length / 30, "the most common word is common: " + the + " of " + words.length);
        assertTrue(distinct.size() > 1_500, "many distinct words: " + distinct.size());
    }

    @Test
    void queriesMixWordsPhrasesAndPrefixes() {
        List<String> queries = newsroom.queries(60);

        assertTrue(queries.size() >= 60);
        assertTrue(queries.stream().filter(q -> q.startsWith("\"")).count() >= 10, queries.toString());
        assertTrue(queries.stream().filter(q -> q.endsWith("*")).count() >= 10, queries.toString());
        assertTrue(queries.stream().filter(q -> q.matches("[\\p{L}]+")).count() >= 20, queries.toString());
    }

    @Test
    void aNewsPageIsAboutTheSizeAskedForAndHoldsTheArticle() {
        String page = newsroom.newsPage(3, 200_000);

        assertTrue(page.length() >= 190_000 && page.length() <= 215_000, "length " + page.length());
        assertTrue(page.contains("<article>") && page.contains(newsroom.clip(3).title()));
    }

    @Test
    void percentilesUseTheNearestRank() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i;
        }

        assertEquals(50, Benchmark.percentile(values, 50));
        assertEquals(95, Benchmark.percentile(values, 95));
        assertEquals(100, Benchmark.percentile(values, 100));
    }
}
