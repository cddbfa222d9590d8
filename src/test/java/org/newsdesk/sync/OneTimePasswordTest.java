package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.store.Database;
import org.postgresql.util.PasswordUtil;

/**
 * The password an editor hands out with team people add works once: its login can do nothing but choose a password
 * of its own, which then replaces it for good (the server keeps only its SCRAM verifier).
 */
class OneTimePasswordTest {
    private static final String CHOSEN = "tram line at dawn";

    @TempDir
    Path folder;
    private TeamFixture team;
    private String login;
    private final String oneTime = "otp-" + UUID.randomUUID();

    @BeforeEach
    void anEditorAddsWendy() {
        team = TeamFixture.create();
        login = "wendy_" + team.suffix;
        team.registerLogin(login);
        try (TeamServer asEd = team.connectAdmin()) {
            Logins.setPerson(asEd, "Wendy", login, "WRITER", oneTime);
        }
    }

    @AfterEach
    void drop() throws Exception {
        team.close();
    }

    @Test
    void untilItsPersonChoosesAPasswordTheLoginCanNeitherReadNorChangeTheNewsroom() throws Exception {
        try (Connection sql = team.sqlAs(login); Statement statement = sql.createStatement()) {
            SQLException read = assertThrows(SQLException.class,
                    () -> statement.executeQuery("SELECT count(*) FROM newsdesk.stories"));
            assertEquals("42501", read.getSQLState());
            SQLException write = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT newsdesk.apply("
                    + "gen_random_uuid(), 'story', 'CREATE', gen_random_uuid()::text, 0, '{\"headline\": \"x\","
                    + " \"body\": \"x\", \"author\": \"Wendy\"}')"));
            assertEquals("42501", write.getSQLState());
            SQLException who = assertThrows(SQLException.class,
                    () -> statement.executeQuery("SELECT * FROM newsdesk.whoami()"));
            assertTrue(who.getMessage().contains("still has its one-time password"), who.getMessage());
            try (ResultSet rows = statement.executeQuery("SELECT newsdesk.has_one_time_password()")) {
                rows.next();
                assertTrue(rows.getBoolean(1));
            }
        }
        try (App desk = new App(Database.open(folder.resolve("wendy.db")), Clock.systemUTC());
             TeamServer first = TeamServer.connect(team.address, login, oneTime, false)) {
            SyncException refused = assertThrows(SyncException.class, () -> desk.team().join(first));
            assertEquals(TeamSync.ONE_TIME_PASSWORD, refused.getMessage());
            assertFalse(desk.team().link().isPresent(), "the file stays a lone newsroom");
        }
    }

    @Test
    void theFirstJoinSetsTheChosenPasswordForGoodAndMarksTheOneTimePasswordUsed() throws Exception {
        try (TeamServer first = TeamServer.connect(team.address, login, oneTime, false)) {
            assertEquals("Choose a password of at least 10 characters.",
                    assertThrows(SyncException.class, () -> Logins.choosePassword(first, "short")).getMessage());
            assertEquals("Choose a new password, not the one you signed in with.",
                    assertThrows(SyncException.class, () -> Logins.choosePassword(first, oneTime)).getMessage());
        }
        try (App desk = new App(Database.open(folder.resolve("wendy.db")), Clock.systemUTC());
             TeamServer own = Logins.replaceOneTimePassword(TeamServer.connect(team.address, login, oneTime, false),
                     () -> CHOSEN)) {
            desk.team().join(own);
            assertEquals("Wendy", desk.team().status().person());
            assertEquals("WRITER", own.whoami().role());
        }
        String verifier;
        try (Connection sql = team.superConnection(); Statement statement = sql.createStatement();
             ResultSet rows = statement.executeQuery("SELECT rolpassword, rolvaliduntil = 'infinity' FROM pg_authid"
                     + " WHERE rolname = '" + login + "'")) {
            rows.next();
            verifier = rows.getString(1);
            assertTrue(rows.getBoolean(2), "the chosen password does not expire");
        }
        assertTrue(verifies(verifier, CHOSEN), "the server keeps the verifier of the password Wendy chose");
        assertFalse(verifies(verifier, oneTime), "the one-time password no longer signs in");
        try (Connection sql = team.sqlAs(team.admin); Statement statement = sql.createStatement();
             ResultSet rows = statement.executeQuery("SELECT used_at IS NOT NULL FROM newsdesk.one_time_passwords"
                     + " WHERE login = '" + login + "'")) {
            rows.next();
            assertTrue(rows.getBoolean(1), "the one-time password is marked used");
        }
    }

    @Test
    void aNewRoleComesWithANewOneTimePasswordAndTheLoginWaitsOutsideTheGroupsUntilItIsReplaced() throws Exception {
        try (App desk = new App(Database.open(folder.resolve("wendy.db")), Clock.systemUTC())) {
            try (TeamServer own = Logins.replaceOneTimePassword(TeamServer.connect(team.address, login, oneTime,
                    false), () -> CHOSEN)) {
                desk.team().join(own);
            }
            String another = "otp-" + UUID.randomUUID();
            try (TeamServer asEd = team.connectAdmin()) {
                Logins.setPerson(asEd, "Wendy", login, "EDITOR", another);
                asEd.apply(List.of(new TeamServer.Op(UUID.randomUUID(), "person", "SAVE", "Wendy", 0,
                        "{\"role\": \"EDITOR\"}")));
            }
            assertFalse(member(team.editorRole) || member(team.writerRole),
                    "an editor's role change does not let a waiting login in");
            try (TeamServer stale = TeamServer.connect(team.address, login, another, false)) {
                SyncException told = assertThrows(SyncException.class, () -> desk.team().sync(stale));
                assertEquals(TeamSync.ONE_TIME_PASSWORD, told.getMessage(), "her desk says why it cannot sync");
            }
            try (TeamServer own = Logins.replaceOneTimePassword(TeamServer.connect(team.address, login, another,
                    false), () -> "a second password of hers")) {
                assertEquals("EDITOR", own.whoami().role());
                desk.team().sync(own);
            }
            assertTrue(member(team.editorRole));
        }
    }

    @Test
    void theDesktopJoinAsksForAPasswordOfHerOwnFirst() throws Exception {
        try (App desk = new App(Database.open(folder.resolve("wendy.db")), Clock.systemUTC())) {
            ExecutionException refused = assertThrows(ExecutionException.class, () -> desk.teamService()
                    .join(team.address.toString(), login, oneTime).get(20, TimeUnit.SECONDS));
            assertEquals(TeamSync.ONE_TIME_PASSWORD, refused.getCause().getMessage());
            String joined = desk.teamService().join(team.address.toString(), login, oneTime, CHOSEN)
                    .get(20, TimeUnit.SECONDS);
            assertTrue(joined.startsWith("Joined the team newsroom"), joined);
        }
    }

    private boolean member(String role) throws SQLException {
        try (Connection sql = team.superConnection(); Statement statement = sql.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_has_role('" + login + "', '" + role + "', 'MEMBER')")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** Whether a SCRAM-SHA-256 verifier ("SCRAM-SHA-256$iterations:salt$stored:server") was made from the password. */
    private static boolean verifies(String verifier, String password) {
        String[] parts = verifier.split("\\$");
        String[] iterationsAndSalt = parts[1].split(":");
        return PasswordUtil.encodeScramSha256(password.toCharArray(), Integer.parseInt(iterationsAndSalt[0]),
                Base64.getDecoder().decode(iterationsAndSalt[1])).equals(verifier);
    }
}
