package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cli.CommandLineRunner;

/** A team newsroom made by an earlier Newsdesk is brought up to this version's schema by its owner. */
class TeamUpgradeTest {
    @TempDir
    Path folder;
    private TeamFixture team;

    @AfterEach
    void drop() throws Exception {
        if (team != null) {
            team.close();
        }
    }

    @Test
    void teamUpgradeBringsAnOlderSchemaUpToDateAndItsRulesThenHold() throws Exception {
        team = TeamFixture.empty();
        try (TeamServer server = team.connectAdmin()) {
            assertEquals("2", TeamSchema.migrate(server, team.writerRole, team.editorRole, "2"));
            TeamSchema.registerFounder(server, "Ed");
        }
        assertTrue(!hasFunction("apply_wire"), "the old schema has no wire desk yet");
        Path pgpass = folder.resolve("pgpass");
        Files.createFile(pgpass, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(pgpass, "*:*:*:" + team.admin + ":" + team.passwordOf(team.admin) + "\n",
                StandardCharsets.UTF_8);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLineRunner.run(new String[] {"team", "upgrade", "--server", team.address.toString(),
                "--user", team.admin, "--password-file", pgpass.toString(), "--db", folder.resolve("ed.db").toString()},
                root -> {
                    throw new AssertionError("a command never starts the desktop app");
                }, new PrintWriter(out), new PrintWriter(err));

        assertEquals(0, status, err.toString());
        assertEquals("The team newsroom on " + team.address + " is at schema version 4.", out.toString().strip());
        assertTrue(hasFunction("apply_wire"), "the wire desk's rules arrived");
        String wendy = team.person("Wendy", "WRITER");
        try (TeamServer asWendy = team.connect(wendy)) {
            var answer = asWendy.transaction(() -> asWendy.applyOne(new TeamServer.Op(java.util.UUID.randomUUID(),
                    "setting", "SAVE", "newsletter.name", 0, "{\"value\":\"Wendy's Daily\"}")));
            assertEquals("refused", answer.get("outcome"), answer.toString());
        }
    }

    private boolean hasFunction(String name) throws Exception {
        try (Connection connection = team.sqlAs(team.admin); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_proc p JOIN pg_namespace n"
                     + " ON n.oid = p.pronamespace WHERE n.nspname = 'newsdesk' AND p.proname = '" + name + "'")) {
            row.next();
            return row.getInt(1) > 0;
        }
    }
}
