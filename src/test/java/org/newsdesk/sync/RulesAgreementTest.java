package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;
import org.newsdesk.workflow.Action;
import org.newsdesk.workflow.Permissions;

/**
 * Every status × action × role case, asked of Java's rules ({@link Permissions}) and of the team server (through the
 * apply function, with each person's own login): both must accept and refuse exactly the same.
 */
class RulesAgreementTest {
    private static TeamFixture team;
    private static String wendy;
    private static String eve;

    @BeforeAll
    static void createTeam() {
        team = TeamFixture.create();
        wendy = team.person("Wendy", "WRITER");
        team.person("Wade", "WRITER");
        eve = team.person("Eve", "EDITOR");
    }

    @AfterAll
    static void dropTeam() throws Exception {
        if (team != null) {
            team.close();
        }
    }

    private record Case(String actor, Role role, String login, String author, StoryStatus status, Action action) {
        @Override
        public String toString() {
            return actor + " (" + role + ") " + action + " on " + author + "'s " + status + " story";
        }
    }

    @Test
    void javaRulesAndTheServerAgreeOnEveryCase() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (StoryStatus status : StoryStatus.values()) {
            for (Action action : Action.values()) {
                for (String author : List.of("Wendy", "Wade")) {
                    cases.add(new Case("Wendy", Role.WRITER, wendy, author, status, action));
                }
                for (String author : List.of("Eve", "Wade")) {
                    cases.add(new Case("Eve", Role.EDITOR, eve, author, status, action));
                }
            }
        }
        assertEquals(StoryStatus.values().length * Action.values().length * 4, cases.size());
        List<String> disagreements = new ArrayList<>();
        int allowed = 0;
        try (Connection owner = team.sqlAs(team.admin); TeamServer asWendy = team.connect(wendy);
             TeamServer asEve = team.connect(eve)) {
            for (Case c : cases) {
                UUID id = UUID.randomUUID();
                insertStory(owner, c.author(), c.status(), id);
                Story story = new Story(id, "Headline", "Body", List.of(), null, null, null, List.of(), c.author(),
                        c.status(), 1, Instant.EPOCH, Instant.EPOCH, c.author());
                boolean javaAllows = Permissions.refusal(new User(c.actor(), c.role()), story, c.action()).isEmpty();
                TeamServer server = c.login().equals(wendy) ? asWendy : asEve;
                String serverAction = c.action() == Action.EDIT ? "SAVE" : c.action().name();
                Map<String, Object> result = server.apply(List.of(new TeamServer.Op(UUID.randomUUID(), "story",
                        serverAction, id.toString(), 1, "{\"headline\": \"Changed\", \"body\": \"Changed body\"}")))
                        .get(0);
                boolean serverAllows = "applied".equals(result.get("outcome"));
                if (javaAllows != serverAllows) {
                    disagreements.add(c + ": Java " + (javaAllows ? "allows" : "refuses") + ", server "
                            + result.get("outcome") + " " + result.getOrDefault("reason", ""));
                }
                if (serverAllows) {
                    allowed++;
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(allowed > 20 && allowed < cases.size() - 20, "both answers occur: " + allowed + " allowed");
    }

    /** The schema's owner writes the story directly: only a newsroom login is held to the apply function. */
    private static void insertStory(Connection owner, String author, StoryStatus status, UUID id) throws Exception {
        try (PreparedStatement insert = owner.prepareStatement("INSERT INTO newsdesk.stories (id, headline,"
                + " body, author, status, created_at, version, updated_by, updated_at)"
                + " VALUES (?, 'Headline', 'Body', ?, ?, now(), 1, ?, now())")) {
            insert.setObject(1, id);
            insert.setString(2, author);
            insert.setString(3, status.name());
            insert.setString(4, author);
            insert.executeUpdate();
        }
    }
}
