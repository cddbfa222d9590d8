package org.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.Database;
import org.newsdesk.testing.MovableClock;

/** A story package applies the newsroom's rules to whoever imports it, and cannot re-attribute an outlet's domain. */
class StoryPackageRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final App app = new App(Database.inMemory(), new MovableClock(Instant.parse("2024-05-10T08:00:00Z")));

    @BeforeEach
    void newsroom() {
        app.people().welcome("Eve");
        app.people().add("Eve", "Ted", Role.WRITER);
        app.people().add("Eve", "Ann", Role.WRITER);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aWritersPackageCannotSpikeAColleaguesDraft() throws IOException {
        Story teds = app.storyService().create("Ted", "Ted's story", "Ted's words.", List.of());

        StoryPackageException refused = assertThrows(StoryPackageException.class, () -> app.packages()
                .importPackage(changed(teds, "SPIKED", "Ann's words."), "Ann"));

        assertEquals("Only editors spike stories. Nothing was imported.", refused.getMessage());
        Story stored = app.stores().stories().find(teds.id()).orElseThrow();
        assertEquals(StoryStatus.DRAFT, stored.status());
        assertEquals("Ted's words.", stored.body());
    }

    @Test
    void anEditorCannotRewriteAWritersDraftButTakesInTheirSubmission() throws IOException {
        Story teds = app.storyService().create("Ted", "Ted's story", "Ted's words.", List.of());

        StoryPackageException refused = assertThrows(StoryPackageException.class, () -> app.packages()
                .importPackage(changed(teds, "DRAFT", "Eve's words."), "Eve"));
        app.packages().importPackage(changed(teds, "SUBMITTED", "Ted's better words."), "Eve");

        assertEquals("Nobody but Ted changes Ted's draft story \"Ted's story\". Nothing was imported.",
                refused.getMessage());
        Story stored = app.stores().stories().find(teds.id()).orElseThrow();
        assertEquals(StoryStatus.SUBMITTED, stored.status());
        assertEquals("Ted's better words.", stored.body());
    }

    @Test
    void aWriterCannotApproveOrReturnTheirOwnSubmittedStoryByPackage() throws IOException {
        Story teds = app.storyService().create("Ted", "Ted's story", "Ted's words.", List.of());
        app.storyService().submit("Ted", teds.id());
        Story submitted = app.stores().stories().find(teds.id()).orElseThrow();

        StoryPackageException refused = assertThrows(StoryPackageException.class, () -> app.packages()
                .importPackage(changed(submitted, "RETURNED", "Ted's words."), "Ted"));

        assertEquals("Only editors return stories. Nothing was imported.", refused.getMessage());
        assertEquals(StoryStatus.SUBMITTED, app.stores().stories().find(teds.id()).orElseThrow().status());
    }

    @Test
    void aPackagesOutletNeverTakesADomainAnotherOutletOwns() throws IOException {
        app.stores().outlets().save(new Outlet("The Wall Street Journal", "the Wall Street Journal", List.of("wsj.com")));
        ObjectNode pack = JSON.createObjectNode();
        pack.put("format", StoryPackageService.FORMAT);
        ObjectNode fake = pack.putArray("outlets").addObject();
        fake.put("name", "Daily Fake");
        fake.put("attribution", "Daily Fake");
        fake.putArray("domains").add("wsj.com").add("dailyfake.example");

        app.packages().importPackage(JSON.writeValueAsString(pack), "Eve");

        assertEquals("The Wall Street Journal", app.stores().outlets().findByDomain("www.wsj.com").orElseThrow().name());
        assertEquals(List.of("dailyfake.example"), app.stores().outlets().find("Daily Fake").orElseThrow().domains());
    }

    @Test
    void aPackageOverTheSizeCapIsRefusedWithASentenceBeforeItIsRead(@TempDir Path folder) throws IOException {
        Path huge = folder.resolve("huge.ndpkg");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(StoryPackageService.MAX_BYTES + 5L * 1024 * 1024);
        }

        StoryPackageException refused = assertThrows(StoryPackageException.class,
                () -> StoryPackageService.read(huge));

        assertEquals("huge.ndpkg is 55.0 MB; a story package may be at most 50.0 MB, so nothing was imported.",
                refused.getMessage());
    }

    /** The story as a package whose copy is newer, with another status and body. */
    private String changed(Story story, String status, String body) throws IOException {
        ObjectNode pack = (ObjectNode) JSON.readTree(app.packages().exportStories(List.of(story)));
        ObjectNode node = (ObjectNode) pack.get("stories").get(0);
        node.put("status", status);
        node.put("body", body);
        node.put("updatedAt", "2030-01-01T00:00:00Z");
        return JSON.writeValueAsString(pack);
    }
}
