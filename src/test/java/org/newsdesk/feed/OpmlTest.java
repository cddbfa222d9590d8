package org.newsdesk.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {
    private static final String FROM_A_READER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="1.0"><head><title>My feeds</title></head><body>
            <outline text="Metro Ledger" title="Metro Ledger">
              <outline type="rss" text="Ledger news" xmlUrl="https://www.metroledger.example/rss" htmlUrl="https://www.metroledger.example/"/>
            </outline>
            <outline type="rss" text="Courier" xmlUrl="https://courier.example/feed"/>
            <outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/>
            <outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>
            </body></opml>""";

    @Test
    void aFeedReadersListIsReadWithItsFoldersAsOutletsAndOnlyWebAddresses() {
        List<OpmlOutline> outlines = Opml.read(FROM_A_READER.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, outlines.size());
        assertEquals(new OpmlOutline("https://www.metroledger.example/rss", "Ledger news",
                "https://www.metroledger.example/", "Metro Ledger"), outlines.get(0));
        assertEquals(new OpmlOutline("https://courier.example/feed", "Courier", null, null), outlines.get(1));
    }

    @Test
    void writingThenReadingGivesTheSameFeedsAndEscapesEveryTitle() {
        List<OpmlOutline> feeds = List.of(
                new OpmlOutline("https://a.example/rss?x=1&y=2", "A <script>alert(1)</script> & \"B\"",
                        "https://a.example/", "Outlet \"A\""),
                new OpmlOutline("https://c.example/atom", "C", null, null));
        String written = Opml.write("Newsdesk", feeds, Instant.parse("2024-06-11T10:00:00Z"));
        assertFalse(written.contains("<script"), written);
        assertTrue(written.contains("xmlUrl=\"https://a.example/rss?x=1&amp;y=2\""), written);
        List<OpmlOutline> read = Opml.read(written.getBytes(StandardCharsets.UTF_8));
        assertEquals(new OpmlOutline("https://a.example/rss?x=1&y=2", "A & \"B\"", "https://a.example/",
                "Outlet \"A\""), read.get(0));
        assertEquals(feeds.get(1), read.get(1));
    }

    @Test
    void aDoctypeOrAnotherDocumentIsRefusedInOneSentence() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<opml><body><outline text=\"&x;\" xmlUrl=\"https://a.example/\"/></body></opml>";
        assertTrue(assertThrows(FeedException.class, () -> Opml.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .getMessage().contains("DTD"));
        assertEquals("The file is XML but not OPML (its root is <rss>).", assertThrows(FeedException.class,
                () -> Opml.read("<rss/>".getBytes(StandardCharsets.UTF_8))).getMessage());
        assertTrue(assertThrows(FeedException.class, () -> Opml.read("<opml><body>".getBytes(StandardCharsets.UTF_8)))
                .getMessage().startsWith("The OPML file is not well-formed XML"));
    }
}
