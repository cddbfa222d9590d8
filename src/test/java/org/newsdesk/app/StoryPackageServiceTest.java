package org.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.App;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.Database;

class StoryPackageServiceTest {
    static final UUID STORY = UUID.fromString("0b7e8f2d-5c4a-4e3b-8d6f-1a2b3c4d5e6f");

    private final App app = new App(Database.inMemory(), Clock.systemUTC());

    @AfterEach
    void close() {
        app.close();
    }

    static String samplePackage() throws IOException {
        try (InputStream in = StoryPackageServiceTest.class.getResourceAsStream("/org/newsdesk/app/package.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void importingBringsStoriesClipsOutletsAndAuthors() throws IOException {
        StoryPackageService.ImportResult result = app.packages().importPackage(samplePackage(), "Ed");

        assertEquals(2, result.storiesAdded());
        assertEquals(1, result.clipsAdded());
        assertEquals(1, result.outletsAdded());
        assertEquals("the Wall Street Journal", app.stores().outlets().find("The Wall Street Journal").orElseThrow()
                .attribution());
        assertEquals(org.newsdesk.model.Role.WRITER, app.stores().users().find("Ann").orElseThrow().role(),
                "unknown authors join as writers");
        assertEquals(org.newsdesk.model.Role.EDITOR, app.stores().users().find("Ed").orElseThrow().role(),
                "whoever imports into a new newsroom is its first editor");
        assertEquals(List.of("fentanyl", "China"), app.stores().stories().find(STORY).orElseThrow().tags());
    }

    @Test
    void anApprovedStoryArrivesAsSubmitted() throws IOException {
        app.packages().importPackage(samplePackage(), "Ed");

        assertEquals(StoryStatus.SUBMITTED, app.stores().stories().find(STORY).orElseThrow().status());
    }

    @Test
    void importingTheSamePackageTwiceChangesNothing() throws IOException {
        app.packages().importPackage(samplePackage(), "Ed");
        long version = app.stores().stories().find(STORY).orElseThrow().version();

        StoryPackageService.ImportResult again = app.packages().importPackage(samplePackage(), "Ed");

        assertEquals(0, again.storiesAdded());
        assertEquals(2, again.storiesUnchanged());
        assertEquals(0, again.clipsAdded());
        assertEquals(2, app.stores().stories().count());
        assertEquals(version, app.stores().stories().find(STORY).orElseThrow().version());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "status": "APPROVED"                           | "status": "DONE"                         | stories[0].status
            "id": "0b7e8f2d-5c4a-4e3b-8d6f-1a2b3c4d5e6f"   | "id": "not-a-uuid"                        | stories[0].id
            "author": "Ann"                                | "author": 7                               | stories[1].author
            "publishedTime": "2024-05-10T09:00:00Z"        | "publishedTime": "last Tuesday"           | clips[0].publishedTime
            "clipIds": []                                  | "clipIds": ["11111111-2222-3333-4444-555555555555"] | stories[1].clipIds
            "format": "newsdesk-story-package/1"           | "format": "something-else"                | format
            """)
    void aBadPackageImportsNothingAndNamesTheField(String good, String bad, String field) throws IOException {
        String broken = samplePackage().replace(good, bad);
        assertTrue(!broken.equals(samplePackage()), "the fixture must contain " + good);

        StoryPackageException refused = assertThrows(StoryPackageException.class,
                () -> app.packages().importPackage(broken, "Ed"));

        assertTrue(refused.getMessage().startsWith(field), refused.getMessage());
        assertEquals(0, app.stores().stories().count());
        assertTrue(app.stores().clips().ids().isEmpty());
        assertTrue(app.stores().outlets().all().isEmpty());
    }

    @Test
    void malformedJsonImportsNothing() throws IOException {
        String truncated = samplePackage().substring(0, 900);

        StoryPackageException refused = assertThrows(StoryPackageException.class,
                () -> app.packages().importPackage(truncated, "Ed"));

        assertTrue(refused.getMessage().contains("not valid JSON"), refused.getMessage());
        assertEquals(0, app.stores().stories().count());
    }

    @Test
    void exportRoundTripsTheSameStoriesWithTheSameIds() throws IOException {
        app.packages().importPackage(samplePackage(), "Ed");

        JsonNode exported = new ObjectMapper().readTree(app.packages().exportPackage(List.of()));

        assertEquals(StoryPackageService.FORMAT, exported.get("format").asText());
        assertEquals(2, exported.get("stories").size());
        assertEquals(1, exported.get("clips").size());
        assertEquals("6f1c2a57-3b8e-4c1d-9a51-0c1f3e7b9d21", exported.get("clips").get(0).get("id").asText());
        try (App other = new App(Database.inMemory(), Clock.systemUTC())) {
            other.packages().importPackage(app.packages().exportPackage(List.of()), "Ed");
            assertEquals(app.stores().stories().find(STORY).orElseThrow().body(),
                    other.stores().stories().find(STORY).orElseThrow().body());
        }
    }
}
