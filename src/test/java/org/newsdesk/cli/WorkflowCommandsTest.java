package org.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkflowCommandsTest {
    @TempDir
    Path folder;

    private CommandRun run(String... args) {
        return CommandRun.on(folder.resolve("newsroom.db"), args);
    }

    private CommandRun ok(String... args) {
        CommandRun result = run(args);
        assertEquals(0, result.status(), String.join(" ", args) + " failed: " + result.err());
        return result;
    }

    @Test
    void theReviewQueueAndAnEditionsCandidatesAreListedAsTheScreensShowThem() {
        ok("user", "add", "Ted", "--role", "writer", "--as", "Eve");
        String first = ok("story", "new", "--headline", "Jail deaths rise", "--body", "Deaths rose.", "--as", "Ted")
                .out().strip();
        String second = ok("story", "new", "--headline", "Bail study", "--body", "No rise.", "--as", "Ted")
                .out().strip();
        String third = ok("story", "new", "--headline", "Parole board", "--body", "Fewer hearings.", "--as", "Ted")
                .out().strip();
        ok("story", "submit", second, "--as", "Ted");
        ok("story", "submit", first, "--as", "Ted");
        ok("story", "submit", third, "--as", "Ted");
        ok("story", "approve", third, "--as", "Eve");

        CommandRun queue = ok("story", "queue");
        CommandRun queueJson = ok("story", "queue", "--json");
        ok("edition", "create", "--date", "2024-05-11", "--title", "Saturday", "--as", "Eve");
        CommandRun before = ok("edition", "candidates", "--date", "2024-05-11", "--json");
        ok("edition", "create", "--date", "2024-05-10", "--title", "Friday", "--as", "Eve");
        ok("edition", "add", "--date", "2024-05-10", third, "--as", "Eve");
        CommandRun elsewhere = ok("edition", "candidates", "--date", "2024-05-11");
        CommandRun itsOwn = ok("edition", "candidates", "--date", "2024-05-10");
        CommandRun help = ok("story", "queue", "--help");
        CommandRun badDate = run("edition", "candidates", "--date", "May 10");

        List<String> lines = queue.out().lines().toList();
        assertEquals(2, lines.size(), queue.out());
        assertTrue(lines.get(0).startsWith(second) && lines.get(1).startsWith(first), queue.out());
        assertTrue(queueJson.out().lines().findFirst().orElseThrow().contains("\"headline\":\"Bail study\""),
                queueJson.out());
        assertTrue(before.out().contains("\"id\":\"" + third + "\""), before.out());
        assertEquals("", elsewhere.out(), "a story in another edition is no candidate");
        assertEquals("", itsOwn.out(), "a story already in the edition is no candidate either");
        assertTrue(help.out().contains("waiting for review"), help.out());
        assertEquals(2, badDate.status(), "a date the option cannot read is a usage error, as in every edition command");
        assertTrue(badDate.err().startsWith("\"May 10\" is not a date; write it as YYYY-MM-DD.\n"), badDate.err());
    }

    @Test
    void aFullDayRunsThroughTheCommandLine() {
        CommandRun firstRun = ok("user", "add", "Ted", "--role", "writer", "--as", "Eve");
        assertTrue(firstRun.err().contains("Welcome, Eve"), firstRun.err());
        String id = ok("story", "new", "--headline", "Fentanyl seizures rise", "--body", "Seizures rose in April.",
                "--as", "Ted").out().strip();
        ok("story", "submit", id, "--as", "Ted");

        CommandRun writerApproves = run("story", "approve", id, "--as", "Ted");
        CommandRun returnWithoutComment = run("story", "return", id, "--as", "Eve");
        ok("story", "return", id, "--comment", "Say which agency counted them.", "--as", "Eve");
        ok("story", "edit", id.substring(0, 8), "--body",
                "Seizures counted by Customs and Border Protection rose in April.", "--as", "Ted");
        ok("story", "submit", id, "--comment", "Agency named.", "--as", "Ted");
        ok("story", "approve", id, "--as", "Eve");
        ok("edition", "create", "--date", "2024-05-10", "--title", "Daily report", "--as", "Eve");
        CommandRun added = ok("edition", "add", "--date", "2024-05-10", id, "--section", "Drugs", "--as", "Eve");
        CommandRun published = ok("edition", "publish", "--date", "2024-05-10", "--as", "Eve");
        CommandRun shown = ok("story", "show", id);
        CommandRun audit = ok("audit", "--story", id);

        assertEquals(1, writerApproves.status());
        assertEquals("newsdesk: Only editors approve stories.", writerApproves.err().strip());
        assertEquals(1, returnWithoutComment.status());
        assertEquals("newsdesk: A story is returned with a comment saying what to change.",
                returnWithoutComment.err().strip());
        assertTrue(added.out().contains("Drugs"), added.out());
        assertTrue(published.out().contains(id + "  PUBLISHED"), published.out());
        assertTrue(shown.out().contains("status:   Published"), shown.out());
        assertTrue(shown.out().contains("Eve: Say which agency counted them."), shown.out());
        assertTrue(shown.out().contains("Ted: Agency named."), shown.out());
        assertEquals(List.of("story.create", "story.submit", "story.return", "story.comment", "story.edit",
                "story.submit", "story.comment", "story.approve", "edition.add", "story.publish"), actions(audit.out()));
        assertTrue(audit.out().contains("Eve  ") && audit.out().contains("Ted  "), audit.out());
    }

    @Test
    void twoRevisionsAreComparedOnTheCommandLine() {
        ok("user", "list", "--as", "Eve");
        String id = ok("story", "new", "--headline", "Court rules", "--body", "The court ruled on Monday.",
                "--as", "Eve").out().strip();
        ok("story", "submit", id, "--as", "Eve");
        ok("story", "edit", id, "--body", "The appeals court ruled on Monday.", "--as", "Eve");
        List<String> revisions = revisionIds(ok("story", "show", id).out());

        CommandRun diff = ok("story", "diff", id, revisions.get(0), revisions.get(1));
        CommandRun againstCurrent = ok("story", "diff", id, revisions.get(1));

        assertTrue(diff.out().contains("No change."), diff.out());
        assertTrue(againstCurrent.out().contains("The {+appeals +}court ruled on Monday."), againstCurrent.out());
        assertTrue(againstCurrent.out().contains("1 words added, 0 removed."), againstCurrent.out());
    }

    @Test
    void aSaveFromAnOldVersionIsRefusedAndKeptAsARevision() {
        ok("user", "list", "--as", "Eve");
        String id = ok("story", "new", "--headline", "Court rules", "--body", "First.", "--as", "Eve").out().strip();
        ok("story", "edit", id, "--body", "Saved in the app.", "--as", "Eve");

        CommandRun stale = run("story", "edit", id, "--body", "Typed on the command line.", "--version", "1", "--as", "Eve");
        CommandRun shown = ok("story", "show", id);

        assertEquals(1, stale.status());
        assertTrue(stale.err().contains("nothing was overwritten"), stale.err());
        assertTrue(shown.out().contains("Saved in the app."), shown.out());
        assertTrue(shown.out().contains("conflict"), shown.out());
    }

    @Test
    void anUnknownNameIsRefusedInOneSentence() {
        ok("user", "list", "--as", "Eve");

        CommandRun stranger = run("edition", "create", "--date", "2024-05-10", "--as", "Zed");

        assertEquals(1, stranger.status());
        assertEquals("newsdesk: There is no one called Zed in this newsroom; an editor can add them with user add.",
                stranger.err().strip());
    }

    @Test
    void aWriterCannotAddPeopleOrBuildEditions() {
        ok("user", "add", "Ted", "--role", "writer", "--as", "Eve");

        CommandRun addPerson = run("user", "add", "Wanda", "--role", "editor", "--as", "Ted");
        CommandRun createEdition = run("edition", "create", "--date", "2024-05-10", "--as", "Ted");

        assertEquals(1, addPerson.status());
        assertEquals("newsdesk: Only editors add people or change roles.", addPerson.err().strip());
        assertEquals(1, createEdition.status());
        assertEquals("newsdesk: Only editors build and publish editions.", createEdition.err().strip());
    }

    @Test
    void publishingAnEditionWithAStoryNotApprovedNamesIt() {
        String id = ok("story", "new", "--headline", "Still waiting", "--as", "Eve").out().strip();
        ok("edition", "create", "--date", "2024-05-10", "--as", "Eve");
        ok("edition", "add", "--date", "2024-05-10", id, "--as", "Eve");

        CommandRun publish = run("edition", "publish", "--date", "2024-05-10", "--as", "Eve");

        assertEquals(1, publish.status());
        assertEquals("newsdesk: Only approved stories are published, and \"Still waiting\" (draft) is not.",
                publish.err().strip());
    }

    @Test
    void editionsAreReorderedAndTrimmedOnTheCommandLine() {
        String one = ok("story", "new", "--headline", "One", "--as", "Eve").out().strip();
        String two = ok("story", "new", "--headline", "Two", "--as", "Eve").out().strip();
        ok("edition", "create", "--date", "2024-05-10", "--as", "Eve");
        ok("edition", "add", "--date", "2024-05-10", one, two, "--section", "Courts", "--as", "Eve");

        CommandRun moved = ok("edition", "move", "--date", "2024-05-10", two, "--position", "1", "--as", "Eve");
        CommandRun removed = ok("edition", "remove", "--date", "2024-05-10", one, "--as", "Eve");

        assertTrue(moved.out().indexOf("Two") < moved.out().indexOf("One"), moved.out());
        assertTrue(removed.out().contains("1 story") && !removed.out().contains(one), removed.out());
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertEquals(2, run("story", "return", "--as", "Eve").status());
        assertEquals(2, run("edition", "create", "--as", "Eve").status());
        assertEquals(2, run("user", "add", "Ted", "--as", "Eve").status());
    }

    @Test
    void aBadDateIsRefusedInOneSentence() {
        CommandRun bad = run("edition", "create", "--date", "10/05/2024", "--as", "Eve");

        assertEquals(2, bad.status(), "a date the option cannot read is a usage error, as in every edition command");
        assertTrue(bad.err().startsWith("\"10/05/2024\" is not a date; write it as YYYY-MM-DD.\n"), bad.err());
    }

    private static List<String> actions(String auditOutput) {
        List<String> actions = new ArrayList<>();
        Matcher matcher = Pattern.compile("^\\S+\\s+\\S+\\s+(\\S+)", Pattern.MULTILINE).matcher(auditOutput);
        while (matcher.find()) {
            actions.add(matcher.group(1));
        }
        return actions;
    }

    private static List<String> revisionIds(String showOutput) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile("^\\s+(\\d+)\\s+\\d{4}-", Pattern.MULTILINE).matcher(showOutput);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
