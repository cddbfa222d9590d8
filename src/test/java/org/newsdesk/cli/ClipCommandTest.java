package org.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cli.CommandLineRunner;

/** The {@code clip} command as a person or a script runs it. */
@Timeout(60)
class ClipCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    record Run(int status, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLineRunner.run(args, root -> {
            throw new AssertionError("a command never starts the desktop app");
        }, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ClipCommandTest.class.getResource("/org/newsdesk/clip/pages/" + name + ".html").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void batchDryRunWritesOneJsonLinePerInputInOrderAndBadPagesDoNotStopIt() throws IOException {
        Path binary = folder.resolve("binary.html");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
        Path input = folder.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"a\",\"path\":\"" + fixture("wordpress-comments") + "\",\"url\":\"https://justicedeskdaily.org/x\"}",
                "{\"id\":2,\"path\":\"" + folder.resolve("missing.html") + "\",\"url\":\"https://example.com/m\"}",
                "{\"id\":\"c\",\"path\":\"binary.html\",\"url\":\"https://example.com/b\"}",
                "this is not json",
                "{\"id\":\"e\",\"path\":\"" + fixture("windows-1252") + "\",\"url\":\"http://downtownweekly.com/t\"}",
                ""));
        Path db = folder.resolve("never.db");

        Run run = run("clip", "--batch", input.toString(), "--dry-run", "--db", db.toString());

        assertEquals(0, run.status(), run.err());
        List<JsonNode> lines = run.lines();
        assertEquals(5, lines.size());
        assertEquals("a", lines.get(0).get("id").asText());
        assertEquals("State Prisons Cut Solitary Confinement by Half, Report Finds", lines.get(0).get("title").asText());
        assertEquals("Tom Alvarez", lines.get(0).get("byline").asText());
        assertEquals("Justice Desk Daily", lines.get(0).get("siteName").asText());
        assertEquals("2024-03-01T14:30:00Z", lines.get(0).get("publishedTime").asText());
        assertEquals("en-US", lines.get(0).get("lang").asText());
        assertTrue(lines.get(0).get("text").asText().contains("\n\n- About 20,000 people"));
        assertEquals(2, lines.get(1).get("id").asInt());
        assertEquals(folder.resolve("missing.html") + " does not exist.", lines.get(1).get("error").asText());
        assertEquals("c", lines.get(2).get("id").asText());
        assertTrue(lines.get(2).get("error").asText().endsWith("holds binary data, not a web page."));
        assertEquals("Line 4 is not JSON.", lines.get(3).get("error").asText());
        assertEquals("Claire Benoît", lines.get(4).get("byline").asText());
        assertFalse(Files.exists(db), "a dry run opens no database");
    }

    @Test
    void batchModeWithoutDryRunIsRefused() throws IOException {
        Path input = Files.writeString(folder.resolve("in.jsonl"), "");

        Run run = run("clip", "--batch", input.toString(), "--db", folder.resolve("x.db").toString());

        assertEquals(1, run.status());
        assertEquals("newsdesk: --batch only prints what it extracts; add --dry-run.\n", run.err());
    }

    @Test
    void clippingSavedPagesStoresThemAndASecondClipNamesTheEarlierOne() throws IOException {
        String db = folder.resolve("news.db").toString();

        Run first = run("clip", fixture("jsonld-newsarticle").toString(), "--json", "--db", db);
        Run second = run("clip", fixture("jsonld-newsarticle").toString(), "--db", db);
        Run reextract = run("clip", "reextract", "--all", "--db", db);
        Run search = run("search", "overtime", "--db", db);

        assertEquals(0, first.status(), first.err());
        JsonNode stored = first.lines().get(0);
        assertEquals("stored", stored.get("status").asText());
        assertEquals("Priya Raman and Jonah Feld", stored.get("clip").get("byline").asText());
        String id = stored.get("clip").get("id").asText();
        assertEquals("Already clipped " + id + ": City Council Approves $4.2 Billion Budget After Late-Night Debate"
                + " — The Metro Ledger, by Priya Raman and Jonah Feld (225 words)\n  no story uses it yet\n",
                second.out());
        assertEquals("Extracted 1 clip again.\n", reextract.out());
        assertTrue(search.out().contains(id), search.out());
    }

    @Test
    void aSourceThatFailsIsNamedOnStandardErrorAndTheOthersAreStillClipped() {
        String db = folder.resolve("news.db").toString();

        Run run = run("clip", folder.resolve("missing.html").toString(), fixture("amp-article").toString(),
                "--db", db);

        assertEquals(1, run.status());
        assertTrue(run.err().endsWith("newsdesk: " + folder.resolve("missing.html") + ": "
                + folder.resolve("missing.html") + " does not exist.\n"), run.err());
        assertTrue(run.out().startsWith("Clipped "), run.out());
        assertTrue(run.out().contains("Wildfire Forces Evacuation"), run.out());
    }

    @Test
    void pendingSaysWhenNothingWaits() {
        Run run = run("clip", "pending", "--db", folder.resolve("news.db").toString());

        assertEquals(0, run.status());
        assertEquals("No URL is waiting for the network.\n", run.err());
    }
}
