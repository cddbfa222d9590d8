package org.newsdesk.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String feed) {
        return parser.parse(feed.getBytes(StandardCharsets.UTF_8), "", "https://feeds.example/feed");
    }

    @Test
    void rss091And092AreRead() {
        ParsedFeed old = parser.parse(FeedFixtures.RSS_091.getBytes(StandardCharsets.ISO_8859_1), "text/xml",
                "https://courier.example/rss");
        assertEquals("rss_0.91U", old.format());
        assertEquals("County Courier", old.title());
        assertEquals("Jail expansion vote delayed", old.items().get(0).headline());
        assertEquals("https://courier.example/jail-vote", old.items().get(0).link());

        ParsedItem escaped = parse(FeedFixtures.RSS_092).items().get(0);
        assertEquals("The board met Tuesday.", escaped.teaser());
    }

    @Test
    void rss10IsReadWithDublinCoreAuthorAndDate() {
        ParsedFeed feed = parse(FeedFixtures.RSS_10);
        ParsedItem item = feed.items().get(0);
        assertEquals("rss_1.0", feed.format());
        assertEquals("Sentencing reform passes Senate", item.headline());
        assertEquals("Ana Ruiz", item.author());
        assertEquals(Instant.parse("2024-06-11T12:30:00Z"), item.publishedAt());
    }

    @Test
    void rss20KeepsGuidLinkDateAuthorAndATeaserOfPlainText() {
        ParsedFeed feed = parse(FeedFixtures.RSS_20);
        assertEquals("Metro Ledger", feed.title());
        assertEquals("https://www.metroledger.example/", feed.siteUrl());
        ParsedItem chief = feed.items().get(0);
        assertEquals("ledger-1001", chief.guid());
        assertEquals("https://www.metroledger.example/news/chief?utm_source=rss", chief.link());
        assertEquals(Instant.parse("2024-06-11T14:05:00Z"), chief.publishedAt());
        assertEquals("Priya Raman", chief.author());
        assertEquals("The chief stepped down after an audit.", chief.teaser());
        assertEquals(Instant.parse("2024-06-11T13:00:00Z"), feed.items().get(1).publishedAt());
    }

    @Test
    void atom03And10AreReadAndRelativeLinksResolved() {
        ParsedItem old = parse(FeedFixtures.ATOM_03).items().get(0);
        assertEquals("Prison guards strike", old.headline());
        assertEquals("https://oldatom.example/strike", old.link());
        assertEquals("tag:oldatom.example,2024:strike", old.guid());

        ParsedFeed feed = parse(FeedFixtures.ATOM_10);
        ParsedItem item = feed.items().get(0);
        assertEquals("atom_1.0", feed.format());
        assertEquals("Judge blocks bail law", item.headline());
        assertEquals("https://capitolwire.example/2024/06/bail-law", item.link());
        assertEquals("A federal judge blocked the law.", item.teaser());
        assertEquals("Sam Ortiz", item.author());
        assertEquals(Instant.parse("2024-06-11T09:45:00Z"), item.publishedAt());
    }

    @Test
    void jsonFeed10And11AreRead() {
        ParsedFeed first = parse(FeedFixtures.JSON_FEED_10);
        assertEquals("json_1", first.format());
        assertEquals("https://jsonjournal.example/", first.siteUrl());
        ParsedItem item = first.items().get(0);
        assertEquals("The council cut the police budget.", item.teaser());
        assertEquals("Lee Park", item.author());
        assertEquals(Instant.parse("2024-06-11T12:00:00Z"), item.publishedAt());

        ParsedFeed next = parse(FeedFixtures.JSON_FEED_11);
        assertEquals("json_1.1", next.format());
        assertEquals("2", next.items().get(0).guid());
        assertEquals("Mo Chen", next.items().get(0).author());
        ParsedItem untitled = next.items().get(1);
        assertEquals("https://elsewhere.example/story", untitled.link());
        assertEquals("No title here, just text.", untitled.headline());
        assertNull(untitled.publishedAt());
    }

    @Test
    void hostileMarkupInEveryFieldArrivesAsInertTextAndJavascriptLinksAreDropped() {
        ParsedFeed feed = parse(FeedFixtures.HOSTILE_RSS);
        assertNull(feed.siteUrl());
        assertEquals("Evil Times", feed.title());
        ParsedItem first = feed.items().get(0);
        assertEquals("Mayor quits", first.headline());
        assertNull(first.link());
        assertEquals("Read this.", first.teaser());
        assertFalse(first.author().contains("<"));
        ParsedItem second = feed.items().get(1);
        assertNull(second.link());
        assertEquals("click", second.teaser());
        for (ParsedItem item : feed.items()) {
            for (String field : new String[] {item.headline(), item.teaser(), item.author()}) {
                if (field != null) {
                    assertFalse(field.contains("<") || field.contains(">"), field);
                }
            }
        }
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityCanReadAFileOrExplode() {
        FeedException xxe = assertThrows(FeedException.class, () -> parse(FeedFixtures.XXE));
        assertTrue(xxe.getMessage().contains("DTD"), xxe.getMessage());
        FeedException laughs = assertThrows(FeedException.class, () -> parse(FeedFixtures.BILLION_LAUGHS));
        assertTrue(laughs.getMessage().contains("DTD"), laughs.getMessage());
    }

    @Test
    void brokenXmlAWebPageJsonThatIsNoFeedAndOtherXmlEachGetOneSentence() {
        assertTrue(assertThrows(FeedException.class, () -> parse(FeedFixtures.MALFORMED)).getMessage()
                .startsWith("The feed is not well-formed XML"));
        assertEquals("The address gives a web page, not a feed.",
                assertThrows(FeedException.class, () -> parse(FeedFixtures.HTML_PAGE)).getMessage());
        assertEquals("The address gives JSON that is not a JSON Feed.",
                assertThrows(FeedException.class, () -> parse("{\"hello\": 1}")).getMessage());
        assertEquals("The address gives XML that is not an RSS or Atom feed.",
                assertThrows(FeedException.class, () -> parse("<?xml version=\"1.0\"?><svg></svg>")).getMessage());
        assertEquals("The feed is empty.", assertThrows(FeedException.class, () -> parse("  ")).getMessage());
        assertTrue(assertThrows(FeedException.class, () -> parse("{\"version\": ")).getMessage()
                .startsWith("The feed is not valid JSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tue, 11 Jun 2024 14:05:00 GMT      | 2024-06-11T14:05:00Z
            Tue, 11 Jun 2024 14:05:00 +0000    | 2024-06-11T14:05:00Z
            Tue, 11 Jun 2024 10:05:00 EDT      | 2024-06-11T14:05:00Z
            Tue, 11 Jun 2024 07:05:00 PDT      | 2024-06-11T14:05:00Z
            11 Jun 2024 14:05:00 Z             | 2024-06-11T14:05:00Z
            Tue, 11 Jun 2024 14:05 GMT         | 2024-06-11T14:05:00Z
            2024-06-11T14:05:00Z               | 2024-06-11T14:05:00Z
            2024-06-11T16:05:00+02:00          | 2024-06-11T14:05:00Z
            2024-06-11                         | 2024-06-11T00:00:00Z
            yesterday afternoon                |
            Thu, 01 Jan 1970 00:00:00 GMT      |
            """)
    void datesInTheFormsFeedsUseAreReadAndNonsenseIsNoDate(String published, String expected) {
        String feed = "<rss version=\"2.0\"><channel><title>t</title><link>https://d.example/</link>"
                + "<description>d</description><item><title>x</title><link>https://d.example/x</link><pubDate>"
                + published + "</pubDate></item></channel></rss>";
        Instant read = parse(feed).items().get(0).publishedAt();
        assertEquals(expected == null ? null : Instant.parse(expected), read);
    }

    @Test
    void htmlEntitiesThatXmlLacksAreHealedAsRomeDoes() {
        String feed = "<rss version=\"2.0\"><channel><title>Caf&eacute;&nbsp;News</title><link>https://c.example/</link>"
                + "<description>d</description><item><title>Jury&nbsp;out &mdash; again</title>"
                + "<link>https://c.example/a</link></item></channel></rss>";
        ParsedFeed parsed = parse(feed);
        assertEquals("Caf\u00e9 News", parsed.title());
        assertEquals("Jury out \u2014 again", parsed.items().get(0).headline());
    }

    @Test
    void anItemWithoutAnyDateIsKeptWithoutOne() {
        assertNull(parse(FeedFixtures.RSS_091).items().get(0).publishedAt());
    }

    @Test
    void aSitePageNamesItsFeeds() {
        List<String> feeds = FeedDiscovery.find(FeedFixtures.HTML_PAGE, "https://www.metroledger.example/news/");
        assertEquals(List.of("https://www.metroledger.example/feeds/all.xml",
                "https://www.metroledger.example/atom.xml"), feeds);
        assertTrue(FeedParser.isWebPage(FeedFixtures.HTML_PAGE.getBytes(StandardCharsets.UTF_8)));
    }
}
