package org.newsdesk.app;

import org.newsdesk.testing.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.App;
import org.newsdesk.model.AuditEntry;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.Database;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FullDayTest {

    @Test
    void aWritersStoryGoesFromDraftToAPublishedEditionThroughTheServices() {
        MovableClock clock = new MovableClock(Instant.parse("2024-05-10T07:00:00Z"));
        try (App app = new App(Database.inMemory(), clock)) {
            StoryService stories = app.storyService();
            EditionService editions = app.editionService();
            LocalDate day = LocalDate.parse("2024-05-10");
            app.people().welcome("Eve");
            app.people().add("Eve", "Ted", Role.WRITER);

            Story draft = stories.create("Ted", "Fentanyl seizures rise", "Seizures rose in April.", List.of());
            clock.advance(Duration.ofMinutes(20));
            draft = stories.save("Ted", draft.withText(draft.headline(),
                    "Seizures rose sharply in April, the Wall Street Journal reports."));
            stories.submit("Ted", draft.id());
            clock.advance(Duration.ofMinutes(30));
            stories.returnToWriter("Eve", draft.id(), "Say which agency counted them.");
            Story returned = stories.find(draft.id()).orElseThrow();
            clock.advance(Duration.ofMinutes(10));
            stories.save("Ted", returned.withText(returned.headline(), "Seizures counted by Customs and Border"
                    + " Protection rose sharply in April, the Wall Street Journal reports."));
            stories.submit("Ted", draft.id());
            clock.advance(Duration.ofMinutes(15));
            stories.approve("Eve", draft.id());
            editions.create("Eve", day, "Daily report");
            editions.add("Eve", day, List.of(draft.id()), "Drugs");
            editions.publish("Eve", day);

            Story published = stories.find(draft.id()).orElseThrow();
            assertEquals(StoryStatus.PUBLISHED, published.status());
            assertEquals(EditionStatus.PUBLISHED, editions.find(day).orElseThrow().status());
            assertEquals(List.of("Eve: Say which agency counted them."),
                    stories.comments(draft.id()).stream().map(c -> c.author() + ": " + c.body()).toList());
            assertEquals(List.of("Ted story.create", "Ted story.edit", "Ted story.submit", "Eve story.return",
                            "Eve story.comment", "Ted story.edit", "Ted story.submit", "Eve story.approve",
                            "Eve edition.add", "Eve story.publish"),
                    app.stores().audit().list(draft.id().toString(), 0).stream()
                            .map(entry -> entry.actor() + " " + entry.action()).toList());
            assertEquals(List.of("edition.create", "edition.publish"),
                    app.stores().audit().list(day.toString(), 0).stream().map(AuditEntry::action).toList());
            List<Revision> revisions = stories.revisions(draft.id());
            assertEquals(List.of("created", "typing", "submitted", "returned", "typing", "submitted", "approved",
                    "published"), revisions.stream().map(Revision::reason).toList());
            RevisionDiff whatTheWriterChanged = stories.diff(revisions.get(3).id(), revisions.get(5).id());
            assertTrue(whatTheWriterChanged.render().contains("{+counted by Customs and Border Protection +}"),
                    whatTheWriterChanged.render());
        }
    }
}
