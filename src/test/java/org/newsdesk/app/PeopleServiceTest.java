package org.newsdesk.app;

import org.newsdesk.testing.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.App;
import org.newsdesk.model.AuditEntry;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.store.Database;
import org.newsdesk.workflow.WorkflowException;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PeopleServiceTest {
    private final App app = new App(Database.inMemory(), new MovableClock(Instant.parse("2024-05-10T08:00:00Z")));
    private final PeopleService people = app.people();

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theFirstPersonOfANewNewsroomIsAnEditor() {
        assertFalse(people.hasAnyone());

        User first = people.welcome("Eve");

        assertEquals(new User("Eve", Role.EDITOR), first);
        assertTrue(people.hasAnyone());
    }

    @Test
    void aSecondWelcomeIsRefused() {
        people.welcome("Eve");

        WorkflowException refused = assertThrows(WorkflowException.class, () -> people.welcome("Mallory"));

        assertEquals("This newsroom already has people; an editor adds newcomers.", refused.getMessage());
        assertEquals(List.of(new User("Eve", Role.EDITOR)), people.all());
    }

    @Test
    void anEditorAddsPeopleAndAWriterCannot() {
        people.welcome("Eve");
        people.add("Eve", "Ted", Role.WRITER);

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> people.add("Ted", "Wanda", Role.WRITER));

        assertEquals("Only editors add people or change roles.", refused.getMessage());
        assertEquals(List.of("Eve", "Ted"), people.all().stream().map(User::name).toList());
    }

    @Test
    void addingSomeoneTwiceIsRefusedWhateverTheCase() {
        people.welcome("Eve");
        people.add("Eve", "Ted", Role.WRITER);

        WorkflowException refused = assertThrows(WorkflowException.class, () -> people.add("Eve", "ted", Role.EDITOR));

        assertEquals("There is already someone called Ted.", refused.getMessage());
    }

    @Test
    void anEditorChangesARoleAndTheAuditTrailSaysSo() {
        people.welcome("Eve");
        people.add("Eve", "Ted", Role.WRITER);

        people.changeRole("Eve", "Ted", Role.EDITOR);

        assertEquals(Role.EDITOR, people.require("Ted").role());
        AuditEntry last = app.stores().audit().list("Ted", 1).get(0);
        assertEquals("user.role", last.action());
        assertEquals("Eve", last.actor());
        assertEquals("writer → editor", last.detail());
    }

    @Test
    void theLastEditorCannotStepDown() {
        people.welcome("Eve");

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> people.changeRole("Eve", "Eve", Role.WRITER));

        assertEquals("The newsroom needs at least one editor, and Eve is the only one.", refused.getMessage());
    }

    @Test
    void anUnknownNameIsRefusedInOneSentence() {
        people.welcome("Eve");

        WorkflowException refused = assertThrows(WorkflowException.class, () -> people.require("Zed"));

        assertEquals("There is no one called Zed in this newsroom; an editor can add them with user add.",
                refused.getMessage());
    }
}
