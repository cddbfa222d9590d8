package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cli.CommandLineRunner;

/** Team mode from the command line: an editor creates the team, adds a writer, the writer joins, both sync. */
class TeamCommandsTest {
    @TempDir
    Path folder;
    private TeamFixture team;

    record Run(int status, String out, String err) {
    }

    @AfterEach
    void drop() throws Exception {
        if (team != null) {
            team.close();
        }
    }

    private Run run(String db, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--db", folder.resolve(db).toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLineRunner.run(all.toArray(String[]::new), root -> {
            throw new AssertionError("a command never starts the desktop app");
        }, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Run ok(String db, String... args) {
        Run result = run(db, args);
        assertEquals(0, result.status(), String.join(" ", args) + " failed: " + result.err());
        return result;
    }

    private Path passwords(String... lines) throws IOException {
        Path file = folder.resolve("pgpass");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anEditorCreatesTheTeamAWriterJoinsAndTheirChangesMeet() throws Exception {
        team = TeamFixture.empty();
        String server = team.address.toString();
        String pgpass = passwords("*:*:*:" + team.admin + ":" + team.passwordOf(team.admin)).toString();
        String storyOfEd = ok("ed.db", "story", "new", "--headline", "Budget vote delayed", "--body", "Delayed.",
                "--as", "Ed").out().strip();

        Run created = ok("ed.db", "team", "create", "--server", server, "--user", team.admin, "--group-roles",
                team.writerRole + "," + team.editorRole, "--password-file", pgpass, "--as", "Ed");
        assertTrue(created.out().contains("Ed is its first editor"), created.out());

        String wendyLogin = "wendy_" + team.suffix;
        team.registerLogin(wendyLogin);
        Run added = ok("ed.db", "team", "people", "add", "Wendy", "--role", "writer", "--login", wendyLogin,
                "--password-file", pgpass, "--as", "Ed");
        Matcher password = Pattern.compile("One-time password .*: (\\S+)").matcher(added.out());
        assertTrue(password.find(), added.out());
        String wendysPassword = password.group(1);
        pgpass = passwords("*:*:*:" + team.admin + ":" + team.passwordOf(team.admin),
                "*:*:*:" + wendyLogin + ":" + wendysPassword).toString();
        Path chosen = folder.resolve("wendy-chooses");
        Files.createFile(chosen, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(chosen, "tram-line-2026\n");

        Run unchosen = run("wendy.db", "team", "join", "--server", server, "--user", wendyLogin, "--password-file",
                pgpass);
        assertEquals(1, unchosen.status(), "no terminal to ask in, no new password given");
        assertTrue(unchosen.err().contains("one-time password"), unchosen.err());
        Run joined = ok("wendy.db", "team", "join", "--server", server, "--user", wendyLogin, "--password-file", pgpass,
                "--new-password-file", chosen.toString());
        assertTrue(joined.out().contains("one-time password is used up"), joined.out());
        assertTrue(joined.out().contains("as Wendy"), joined.out());
        pgpass = passwords("*:*:*:" + team.admin + ":" + team.passwordOf(team.admin),
                "*:*:*:" + wendyLogin + ":tram-line-2026").toString();
        assertTrue(ok("wendy.db", "story", "show", storyOfEd, "--as", "Wendy").out().contains("Budget vote delayed"));

        String id = ok("wendy.db", "story", "new", "--headline", "Fentanyl talks", "--body", "They talk.",
                "--as", "Wendy").out().strip();
        ok("wendy.db", "story", "submit", id, "--as", "Wendy");
        assertTrue(ok("wendy.db", "team", "status", "--json").out().matches("(?s).*\"waiting\":[1-9].*"));
        Run pushed = ok("wendy.db", "sync", "--json", "--password-file", pgpass);
        assertTrue(pushed.out().contains("\"waiting\":0"), pushed.out());

        Run edSync = ok("ed.db", "sync", "--password-file", pgpass);
        assertTrue(edSync.out().contains("Wendy submitted \u201cFentanyl talks\u201d"), edSync.out());
        ok("ed.db", "story", "approve", id, "--as", "Ed");
        ok("ed.db", "sync", "--password-file", pgpass);
        Run wendySync = ok("wendy.db", "sync", "--password-file", pgpass);
        assertTrue(wendySync.out().contains("Ed approved \u201cFentanyl talks\u201d"), wendySync.out());
        assertTrue(ok("wendy.db", "story", "show", id, "--as", "Wendy").out().contains("status:   Approved"));

        Files.writeString(chosen, "ferry-line-2027\n");
        Run changed = ok("wendy.db", "team", "password", "--password-file", pgpass, "--new-password-file",
                chosen.toString());
        assertTrue(changed.out().contains("is changed"), changed.out());
        pgpass = passwords("*:*:*:" + team.admin + ":" + team.passwordOf(team.admin),
                "*:*:*:" + wendyLogin + ":ferry-line-2027").toString();

        Run refused = run("wendy.db", "team", "people", "add", "Mallory", "--role", "editor", "--login",
                "mallory_" + team.suffix, "--password-file", pgpass, "--as", "Wendy");
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("Only editors add people or change roles."), refused.err());

        for (Path file : files()) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains(wendysPassword), "the one-time password is not in " + file);
            assertFalse(bytes.contains("tram-line-2026"), "the password Wendy chose is not in " + file);
            assertFalse(bytes.contains(team.passwordOf(team.admin)), "the admin's password is not in " + file);
        }
    }

    @Test
    void aPasswordFileOthersCanReadIsRefused() throws Exception {
        Path file = folder.resolve("open-pgpass");
        Files.writeString(file, "*:*:*:someone:secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Run refused = run("x.db", "team", "join", "--server", "postgresql://127.0.0.1:1/none", "--user", "someone",
                "--password-file", file.toString());
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("can be read by others"), refused.err());
    }

    @Test
    void everyTeamCommandAnswersHelp() {
        for (String[] command : List.of(new String[] {"team", "--help"}, new String[] {"team", "create", "--help"},
                new String[] {"team", "join", "--help"}, new String[] {"team", "people", "add", "--help"},
                new String[] {"team", "people", "role", "--help"}, new String[] {"team", "status", "--help"},
                new String[] {"team", "password", "--help"}, new String[] {"sync", "--help"})) {
            Run help = run("help.db", command);
            assertEquals(0, help.status(), String.join(" ", command));
            assertTrue(help.out().contains("Usage:"), help.out());
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(path -> path.getFileName().toString().contains(".db")).toList();
        }
    }
}
