package org.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cli.CommandLineTest.Run;
import org.newsdesk.clip.LocalSite;

@Timeout(60)
class FeedCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final LocalSite site;

    FeedCommandsTest() throws IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String feed(String title, String... headlines) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < headlines.length; i++) {
            items.append("<item><title>").append(headlines[i]).append("</title><link>https://")
                    .append(title.toLowerCase().replace(' ', '-')).append(".example/").append(i)
                    .append("</link><pubDate>Tue, 11 Jun 2024 1").append(i).append(":00:00 GMT</pubDate></item>");
        }
        return "<rss version=\"2.0\"><channel><title>" + title + "</title><link>https://"
                + title.toLowerCase().replace(' ', '-') + ".example/</link><description>d</description>" + items
                + "</channel></rss>";
    }

    @Test
    void aNewsroomFollowsFeedsRefreshesWatchesAndListsItemsFromTheCommandLine() throws IOException {
        String db = folder.resolve("wire.db").toString();
        site.page("/ledger", "application/rss+xml", feed("Metro Ledger", "Police chief resigns", "Dry week ahead"));
        site.page("/broken", "application/rss+xml", "<rss><channel><title>x</channel>");

        Run added = CommandLineTest.run("feed", "add", site.url("/ledger"), "--outlet", "The Metro Ledger", "--db", db);
        assertEquals(0, added.status(), added.err());
        assertTrue(added.out().contains("Metro Ledger (The Metro Ledger)  2 items, 2 new"), added.out());
        Run broken = CommandLineTest.run("feed", "add", site.url("/broken"), "--db", db);
        assertEquals(1, broken.status());
        assertTrue(broken.err().startsWith("newsdesk: The feed is not well-formed XML"), broken.err());
        assertEquals(1, broken.err().strip().lines().count(), "one sentence");

        assertEquals(0, CommandLineTest.run("watch", "add", "police", "chief", "--db", db).status());
        Run watched = CommandLineTest.run("watch", "list", "--json", "--db", db);
        assertEquals("police chief", JSON.readTree(watched.out()).get(0).get("term").asText());

        Run refresh = CommandLineTest.run("feed", "refresh", "--json", "--db", db);
        JsonNode results = JSON.readTree(refresh.out());
        assertEquals(1, results.size());
        assertEquals("fetched", results.get(0).get("result").asText());
        assertEquals(0, results.get(0).get("newItems").asInt());

        Run matching = CommandLineTest.run("feed", "items", "--matching", "--db", db);
        assertTrue(matching.out().contains("[Police chief] resigns"), matching.out());
        assertFalse(matching.out().contains("Dry week"), matching.out());
        JsonNode items = JSON.readTree(CommandLineTest.run("feed", "items", "--new", "--json", "--db", db).out());
        assertEquals(2, items.size());
        assertEquals("The Metro Ledger", items.get(0).get("outlet").asText());
        assertEquals("new", items.get(0).get("state").asText());

        JsonNode feeds = JSON.readTree(CommandLineTest.run("feed", "list", "--json", "--db", db).out());
        assertEquals(2, feeds.get(0).get("items").asInt());
        String id = feeds.get(0).get("id").asText();

        Path opml = folder.resolve("feeds.opml");
        assertEquals(0, CommandLineTest.run("feed", "export", "--out", opml.toString(), "--db", db).status());
        assertTrue(Files.readString(opml).contains("xmlUrl=\"" + site.url("/ledger") + "\""));
        Run removed = CommandLineTest.run("feed", "remove", id.substring(0, 8), "--db", db);
        assertEquals("Stopped following Metro Ledger.", removed.out().strip());
        Run imported = CommandLineTest.run("feed", "import", opml.toString(), "--db", db);
        assertEquals("Imported feeds.opml: 1 feed added.", imported.out().strip());
        assertEquals("The Metro Ledger",
                JSON.readTree(CommandLineTest.run("feed", "list", "--json", "--db", db).out()).get(0).get("outlet")
                        .asText());
    }

    @Test
    void eachFeedHasItsOwnIntervalFromTheCommandLine() throws IOException {
        String db = folder.resolve("every.db").toString();
        site.page("/ledger", "application/rss+xml", feed("Metro Ledger", "Police chief resigns"));

        Run added = CommandLineTest.run("feed", "add", site.url("/ledger"), "--every", "30", "--db", db);
        assertEquals(0, added.status(), added.err());
        JsonNode listed = JSON.readTree(CommandLineTest.run("feed", "list", "--json", "--db", db).out()).get(0);
        assertEquals(30, listed.get("intervalMinutes").asInt());
        String id = listed.get("id").asText().substring(0, 8);

        Run hourly = CommandLineTest.run("feed", "every", id, "60", "--db", db);
        assertEquals("Metro Ledger is fetched every hour.", hourly.out().strip());
        assertTrue(CommandLineTest.run("feed", "list", "--db", db).out().contains("every hour"));
        Run tooOften = CommandLineTest.run("feed", "every", id, "1", "--db", db);
        assertEquals(1, tooOften.status());
        assertEquals("newsdesk: A feed is fetched every 5 minutes at most and once a day at least, not every"
                + " minute.", tooOften.err().strip());
    }

    @Test
    void everyWireCommandAnswersHelpAndBadInputIsOneSentence() {
        String db = folder.resolve("help.db").toString();
        for (String[] command : new String[][] {{"feed"}, {"feed", "add"}, {"feed", "list"}, {"feed", "remove"},
                {"feed", "refresh"}, {"feed", "items"}, {"feed", "import"}, {"feed", "export"}, {"feed", "outlet"}, {"feed", "every"},
                {"watch"}, {"watch", "add"}, {"watch", "remove"}, {"watch", "list"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--help")).toArray(String[]::new);
            Run help = CommandLineTest.run(args);
            assertEquals(0, help.status(), String.join(" ", command));
            assertTrue(help.out().contains("Usage:"), String.join(" ", command));
        }
        Run notAUrl = CommandLineTest.run("feed", "add", "ftp://example.com/feed", "--db", db);
        assertEquals("newsdesk: \"ftp://example.com/feed\" is not a web address (it must start with http:// or"
                + " https://).", notAUrl.err().strip().lines().reduce((first, last) -> last).orElse(""),
                "the first change welcomes its person as the newsroom's first editor, then says what is wrong");
        Run unknown = CommandLineTest.run("feed", "remove", "abcd1234", "--db", db);
        assertEquals("newsdesk: There is no feed whose id begins abcd1234.", unknown.err().strip());
        Run missing = CommandLineTest.run("feed", "import", folder.resolve("none.opml").toString(), "--db", db);
        assertEquals(1, missing.status());
        assertTrue(missing.err().startsWith("newsdesk: There is no file"), missing.err());
        Run notOpml = CommandLineTest.run("watch", "remove", "nothing", "--db", db);
        assertEquals("newsdesk: \"nothing\" is not on the watch-list.", notOpml.err().strip());
    }
}
