package org.newsdesk.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PermissionsTest {
    private static final User WRITER_AUTHOR = new User("Ted", Role.WRITER);
    private static final User OTHER_WRITER = new User("Wanda", Role.WRITER);
    private static final User EDITOR_AUTHOR = new User("Ellen", Role.EDITOR);
    private static final User OTHER_EDITOR = new User("Eve", Role.EDITOR);

    /**
     * Every status × action, for four people: the writer who wrote the story, another writer, an editor who wrote
     * it, another editor. {@code ok} = allowed; {@code status} = no one may do this to a story in that status;
     * {@code who} = allowed for someone, but not for this person.
     */
    @ParameterizedTest(name = "{0} {1}: writer-author {2}, other writer {3}, editor-author {4}, other editor {5}")
    @CsvSource(useHeadersInDisplayName = false, delimiter = '|', textBlock = """
            DRAFT     | EDIT     | ok     | who    | ok     | ok
            DRAFT     | SUBMIT   | ok     | who    | ok     | who
            DRAFT     | WITHDRAW | status | status | status | status
            DRAFT     | APPROVE  | status | status | status | status
            DRAFT     | RETURN   | status | status | status | status
            DRAFT     | SPIKE    | who    | who    | ok     | ok
            DRAFT     | RESTORE  | status | status | status | status
            DRAFT     | PUBLISH  | status | status | status | status
            SUBMITTED | EDIT     | who    | who    | ok     | ok
            SUBMITTED | SUBMIT   | status | status | status | status
            SUBMITTED | WITHDRAW | ok     | who    | ok     | who
            SUBMITTED | APPROVE  | who    | who    | ok     | ok
            SUBMITTED | RETURN   | who    | who    | ok     | ok
            SUBMITTED | SPIKE    | who    | who    | ok     | ok
            SUBMITTED | RESTORE  | status | status | status | status
            SUBMITTED | PUBLISH  | status | status | status | status
            RETURNED  | EDIT     | ok     | who    | ok     | ok
            RETURNED  | SUBMIT   | ok     | who    | ok     | who
            RETURNED  | WITHDRAW | status | status | status | status
            RETURNED  | APPROVE  | status | status | status | status
            RETURNED  | RETURN   | status | status | status | status
            RETURNED  | SPIKE    | who    | who    | ok     | ok
            RETURNED  | RESTORE  | status | status | status | status
            RETURNED  | PUBLISH  | status | status | status | status
            APPROVED  | EDIT     | who    | who    | ok     | ok
            APPROVED  | SUBMIT   | status | status | status | status
            APPROVED  | WITHDRAW | status | status | status | status
            APPROVED  | APPROVE  | status | status | status | status
            APPROVED  | RETURN   | status | status | status | status
            APPROVED  | SPIKE    | who    | who    | ok     | ok
            APPROVED  | RESTORE  | status | status | status | status
            APPROVED  | PUBLISH  | who    | who    | ok     | ok
            PUBLISHED | EDIT     | status | status | status | status
            PUBLISHED | SUBMIT   | status | status | status | status
            PUBLISHED | WITHDRAW | status | status | status | status
            PUBLISHED | APPROVE  | status | status | status | status
            PUBLISHED | RETURN   | status | status | status | status
            PUBLISHED | SPIKE    | status | status | status | status
            PUBLISHED | RESTORE  | status | status | status | status
            PUBLISHED | PUBLISH  | status | status | status | status
            SPIKED    | EDIT     | who    | who    | ok     | ok
            SPIKED    | SUBMIT   | status | status | status | status
            SPIKED    | WITHDRAW | status | status | status | status
            SPIKED    | APPROVE  | status | status | status | status
            SPIKED    | RETURN   | status | status | status | status
            SPIKED    | SPIKE    | status | status | status | status
            SPIKED    | RESTORE  | who    | who    | ok     | ok
            SPIKED    | PUBLISH  | status | status | status | status
            """)
    void everyStatusActionAndRoleGetsTheOutcomeTheTableSays(StoryStatus status, Action action, String writerAuthor,
                                                          String otherWriter, String editorAuthor,
                                                          String otherEditor) {
        assertOutcome(writerAuthor, WRITER_AUTHOR, story("Ted", status), action);
        assertOutcome(otherWriter, OTHER_WRITER, story("Ted", status), action);
        assertOutcome(editorAuthor, EDITOR_AUTHOR, story("Ellen", status), action);
        assertOutcome(otherEditor, OTHER_EDITOR, story("Ellen", status), action);
    }

    @Test
    void theTableCoversEveryStatusAndEveryAction() {
        // 6 statuses × 8 actions = the 48 rows above; a new status or action must add rows.
        assertEquals(6, StoryStatus.values().length);
        assertEquals(8, Action.values().length);
    }

    @Test
    void aWriterAskingToApproveIsToldOnlyEditorsApprove() {
        assertEquals(Optional.of("Only editors approve stories."),
                Permissions.refusal(WRITER_AUTHOR, story("Ted", StoryStatus.SUBMITTED), Action.APPROVE));
    }

    @Test
    void approvingADraftIsRefusedByTheStatusRule() {
        assertEquals(Optional.of("A draft story cannot be approved."),
                Permissions.refusal(OTHER_EDITOR, story("Ted", StoryStatus.DRAFT), Action.APPROVE));
    }

    @Test
    void aWriterEditingTheirSubmittedStoryIsToldWhy() {
        String rule = Permissions.refusal(WRITER_AUTHOR, story("Ted", StoryStatus.SUBMITTED), Action.EDIT)
                .orElseThrow();
        assertEquals("A writer edits only their own draft or returned stories; this one is submitted.", rule);
    }

    @Test
    void onlyEditorsManagePeopleAndEditions() {
        assertTrue(Permissions.peopleRefusal(WRITER_AUTHOR).isPresent());
        assertFalse(Permissions.peopleRefusal(OTHER_EDITOR).isPresent());
        assertEquals(Optional.of("Only editors build and publish editions."),
                Permissions.editionRefusal(WRITER_AUTHOR, null));
        assertFalse(Permissions.editionRefusal(OTHER_EDITOR, null).isPresent());
    }

    @Test
    void checkThrowsTheRuleAsAWorkflowException() {
        WorkflowException refused = org.junit.jupiter.api.Assertions.assertThrows(WorkflowException.class,
                () -> Permissions.check(OTHER_WRITER, story("Ted", StoryStatus.DRAFT), Action.SUBMIT));
        assertEquals("Only the story's author submits it.", refused.getMessage());
    }

    private static void assertOutcome(String expected, User who, Story story, Action action) {
        Optional<String> refusal = Permissions.refusal(who, story, action);
        String context = who.name() + " (" + who.role() + ") " + action + " on a " + story.status() + " story by "
                + story.author();
        switch (expected) {
            case "ok" -> assertEquals(Optional.empty(), refusal, context);
            case "status" -> assertEquals(Optional.of("A " + story.status().name().toLowerCase(Locale.ROOT)
                    + " story cannot be " + action.pastParticiple() + "."), refusal, context);
            case "who" -> {
                assertTrue(refusal.isPresent(), context + " should be refused");
                assertFalse(refusal.get().contains("cannot be"), context + ": " + refusal.get());
                assertTrue(refusal.get().endsWith("."), context + ": " + refusal.get());
            }
            default -> throw new IllegalArgumentException("Unknown outcome " + expected);
        }
    }

    private static Story story(String author, StoryStatus status) {
        return Story.draft(author, "Council approves budget", "The council approved it.", List.of(),
                Instant.parse("2024-05-10T09:00:00Z")).withStatus(status);
    }
}
