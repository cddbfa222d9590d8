package org.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path folder;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> desktopStarts = new ArrayList<>();
        int status = CommandLineRunner.run(args, root -> desktopStarts.add("started"), new PrintWriter(out),
                new PrintWriter(err));
        assertTrue(desktopStarts.isEmpty() || args.length == 0 || args[0].startsWith("--"),
                "a command never starts the desktop app");
        return new Run(status, out.toString(), err.toString());
    }

    private Path samplePackage() throws IOException {
        Path file = folder.resolve("package.json");
        if (Files.exists(file)) {
            return file;
        }
        try (InputStream in = getClass().getResourceAsStream("/org/newsdesk/app/package.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void importedClipTextIsSearchableAndExportRoundTripsTheIds() throws IOException {
        String db = folder.resolve("x.db").toString();

        Run imported = run("story", "import", samplePackage().toString(), "--db", db);
        Run search = run("search", "precursors", "--db", db);
        Path exportedFile = folder.resolve("out.json");
        Run export = run("story", "export", "--out", exportedFile.toString(), "--db", db);

        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().contains("2 stories added"), imported.out());
        assertEquals(0, search.status(), search.err());
        assertTrue(search.out().contains("6f1c2a57-3b8e-4c1d-9a51-0c1f3e7b9d21"), search.out());
        assertTrue(search.out().contains("[precursors]"), search.out());
        assertEquals(0, export.status(), export.err());
        JsonNode original = new ObjectMapper().readTree(samplePackage().toFile());
        JsonNode exported = new ObjectMapper().readTree(exportedFile.toFile());
        assertEquals(ids(original.get("stories")), ids(exported.get("stories")));
        assertEquals(ids(original.get("clips")), ids(exported.get("clips")));
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asText()));
        ids.sort(null);
        return ids;
    }

    @Test
    void aBadPackageFailsWithOneSentenceAndExitOne() throws IOException {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"newsdesk-story-package/1\", \"stories\": [{\"id\": \"x\"}]}");

        Run result = run("story", "import", bad.toString(), "--db", folder.resolve("x.db").toString());

        assertEquals(1, result.status());
        assertEquals("newsdesk: stories[0].id: \"x\" is not a UUID.", result.err().strip());
    }

    @Test
    void aFolderThatCannotBeCreatedIsOneClearSentence() {
        Run result = run("story", "list", "--db", "/proc/no-such-folder/x.db");

        assertEquals(1, result.status());
        assertTrue(result.err().startsWith("newsdesk: Cannot create the folder /proc/no-such-folder"), result.err());
        assertEquals(1, result.err().strip().lines().count(), "one sentence, no stack trace");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws IOException {
        Path notes = folder.resolve("notes.db");
        Files.writeString(notes, "These are my notes, not a database. ".repeat(40));
        byte[] before = Files.readAllBytes(notes);

        Run result = run("story", "list", "--db", notes.toString());

        assertEquals(1, result.status());
        assertEquals("newsdesk: " + notes + " is not a Newsdesk database (it is not a SQLite file).",
                result.err().strip());
        assertEquals(new String(before), Files.readString(notes));
    }

    @Test
    void anotherProgramsSqliteFileIsRefused() throws Exception {
        Path other = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)");
        }

        Run result = run("story", "list", "--db", other.toString());

        assertEquals(1, result.status());
        assertTrue(result.err().contains("not a Newsdesk database"), result.err());
    }

    @Test
    void aFolderGivenAsTheDatabaseIsRefused() {
        Run result = run("story", "list", "--db", folder.toString());

        assertEquals(1, result.status());
        assertTrue(result.err().contains("is a folder, not a database file"), result.err());
    }

    @Test
    void usageErrorsExitTwo() {
        Run result = run("story", "frobnicate");

        assertEquals(2, result.status());
        assertFalse(result.err().isBlank());
    }

    @Test
    void helpAndVersionWork() {
        Run help = run("--help");
        Run version = run("--version");

        assertEquals(0, help.status());
        assertTrue(help.out().contains("search"), help.out());
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("Newsdesk"), version.out());
    }
}
