package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.Database;

/** Two desks, one team: the editor's newsroom becomes the team, a writer joins, and changes go both ways. */
class TeamSyncTest {
    @TempDir
    Path folder;
    private TeamFixture team;
    private App ed;
    private App wendy;
    private TeamServer edServer;
    private TeamServer wendyServer;
    private String password;

    @BeforeEach
    void twoDesks() {
        team = TeamFixture.empty();
        ed = new App(Database.open(folder.resolve("ed.db")), Clock.systemUTC());
        ed.people().welcome("Ed");
        ed.people().add("Ed", "Wendy", Role.WRITER);
        ed.stores().stories().insert(Story.draft("Ed", "Budget vote delayed", "The council delayed its vote.", List.of(),
                java.time.Instant.now()));
        edServer = team.connectAdmin();
        TeamSync.Report created = ed.team().create(edServer, "Ed", team.writerRole, team.editorRole);
        assertEquals(0, created.waiting());
        String wendyLogin = "wendy_" + team.suffix;
        String oneTimePassword = ed.team().setPerson(edServer, "Wendy", "WRITER", wendyLogin);
        team.registerLogin(wendyLogin);
        wendy = new App(Database.open(folder.resolve("wendy.db")), Clock.systemUTC());
        wendyServer = team.firstLogin(wendyLogin, oneTimePassword);
        password = team.passwordOf(wendyLogin);
        wendy.team().join(wendyServer);
    }

    @AfterEach
    void close() throws Exception {
        if (edServer != null) {
            edServer.close();
        }
        if (wendyServer != null) {
            wendyServer.close();
        }
        if (ed != null) {
            ed.close();
        }
        if (wendy != null) {
            wendy.close();
        }
        if (team != null) {
            team.close();
        }
    }

    @Test
    void aJoinedWriterSeesTheNewsroomAndHerSubmissionReachesTheEditor() {
        assertEquals(1, wendy.stores().stories().count());
        assertEquals(Role.WRITER, wendy.people().require("Wendy").role());
        Story draft = wendy.storyService().create("Wendy", "Fentanyl talks", "China and the US talk.", List.of());
        wendy.storyService().submit("Wendy", draft.id());
        assertEquals(List.of("story CREATE", "revision ADD", "story SUBMIT", "revision ADD"),
                new org.newsdesk.store.ReplicaStore(wendy.stores().database()).pending(100).stream()
                        .map(row -> row.kind() + " " + row.action()).toList(),
                "the new story, its submission and their revisions wait in the outbox");

        wendy.team().sync(wendyServer);
        TeamSync.Report edSide = ed.team().sync(edServer);

        assertEquals(StoryStatus.SUBMITTED, ed.stores().stories().find(draft.id()).orElseThrow().status());
        assertTrue(edSide.notices().contains("Wendy submitted \u201cFentanyl talks\u201d"), edSide.notices().toString());

        ed.storyService().approve("Ed", draft.id());
        ed.team().sync(edServer);
        TeamSync.Report wendySide = wendy.team().sync(wendyServer);
        assertEquals(StoryStatus.APPROVED, wendy.stores().stories().find(draft.id()).orElseThrow().status());
        assertTrue(wendySide.notices().contains("Ed approved \u201cFentanyl talks\u201d"), wendySide.notices().toString());
    }

    @Test
    void editsToDifferentFieldsMergeAndTheSameFieldKeepsTheServersTextWithYoursAsARevision() {
        Story draft = wendy.storyService().create("Wendy", "Port strike", "Dockers walk out.", List.of());
        wendy.team().sync(wendyServer);
        ed.team().sync(edServer);

        Story atEd = ed.stores().stories().find(draft.id()).orElseThrow();
        ed.storyService().save("Ed", atEd.withText("Port strike spreads", atEd.body()));
        Story atWendy = wendy.stores().stories().find(draft.id()).orElseThrow();
        wendy.storyService().save("Wendy", atWendy.withText(atWendy.headline(), "Dockers walk out in three ports."));
        ed.team().sync(edServer);
        wendy.team().sync(wendyServer);
        ed.team().sync(edServer);

        Story merged = ed.stores().stories().find(draft.id()).orElseThrow();
        assertEquals("Port strike spreads", merged.headline());
        assertEquals("Dockers walk out in three ports.", merged.body());
        assertEquals(merged.body(), wendy.stores().stories().find(draft.id()).orElseThrow().body());
        assertEquals(merged.headline(), wendy.stores().stories().find(draft.id()).orElseThrow().headline());

        Story edCopy = ed.stores().stories().find(draft.id()).orElseThrow();
        ed.storyService().save("Ed", edCopy.withText(edCopy.headline(), "Editor's body."));
        Story wendyCopy = wendy.stores().stories().find(draft.id()).orElseThrow();
        wendy.storyService().save("Wendy", wendyCopy.withText(wendyCopy.headline(), "Writer's body."));
        ed.team().sync(edServer);
        TeamSync.Report report = wendy.team().sync(wendyServer);

        assertEquals("Editor's body.", wendy.stores().stories().find(draft.id()).orElseThrow().body());
        assertEquals(1, report.conflicts().size(), report.toString());
        List<Revision> kept = wendy.storyService().revisions(draft.id());
        assertTrue(kept.stream().anyMatch(r -> r.body().equals("Writer's body.") && r.reason().startsWith("conflict")));
        ed.team().sync(edServer);
        assertTrue(ed.storyService().revisions(draft.id()).stream().anyMatch(r -> r.body().equals("Writer's body.")),
                "the writer's text reaches the newsroom as a revision");
    }

    @Test
    void aStorySpikedWhileTheWriterTypedOfflineKeepsHerTextAsARevisionAndTellsHer() {
        Story draft = wendy.storyService().create("Wendy", "Court ruling", "The court ruled.", List.of());
        wendy.team().sync(wendyServer);
        ed.team().sync(edServer);
        ed.storyService().spike("Ed", draft.id());
        ed.team().sync(edServer);

        Story offline = wendy.stores().stories().find(draft.id()).orElseThrow();
        wendy.storyService().save("Wendy", offline.withText("Court ruling", "The court ruled 5-4 on Tuesday."));
        TeamSync.Report report = wendy.team().sync(wendyServer);

        Story now = wendy.stores().stories().find(draft.id()).orElseThrow();
        assertEquals(StoryStatus.SPIKED, now.status());
        assertEquals("The court ruled.", now.body());
        assertTrue(wendy.storyService().revisions(draft.id()).stream()
                .anyMatch(r -> r.body().equals("The court ruled 5-4 on Tuesday.")));
        assertTrue(report.conflicts().get(0).contains("was not accepted"), report.toString());
        assertEquals(0, report.waiting());
    }

    @Test
    void anEditionBuiltByTheEditorReachesTheWritersDesk() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        Story one = ed.storyService().create("Ed", "One", "First.", List.of());
        ed.storyService().submit("Ed", one.id());
        ed.storyService().approve("Ed", one.id());
        ed.editionService().create("Ed", day, "Daily");
        ed.editionService().add("Ed", day, List.of(one.id()), "Top");
        ed.team().sync(edServer);
        wendy.team().sync(wendyServer);
        assertEquals(List.of(one.id()), wendy.stores().editions().find(day).orElseThrow().storyIds());
    }

    @Test
    void anEditorChangesAWritersRoleAndHerLoginMovesGroupWithANewPassword() {
        String oneTimePassword = ed.team().setPerson(edServer, "Wendy", "EDITOR", "wendy_" + team.suffix);
        try (TeamServer asWendy = Logins.replaceOneTimePassword(TeamServer.connect(team.address,
                "wendy_" + team.suffix, oneTimePassword, false), () -> "Wendy's own password")) {
            assertEquals("EDITOR", asWendy.whoami().role());
            wendy.team().sync(asWendy);
        }
        assertEquals(Role.EDITOR, wendy.people().require("Wendy").role());
        assertEquals(Role.EDITOR, ed.people().require("Wendy").role());
    }
}
