package org.newsdesk.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetadataTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Council passes budget | The Metro Ledger ; The Metro Ledger ; false ; Council passes budget
            Council passes budget – Metro Ledger     ; The Metro Ledger ; false ; Council passes budget
            The Metro Ledger: Council passes budget  ; The Metro Ledger ; false ; The Metro Ledger: Council passes budget
            Metro Ledger | Council passes budget     ; Metro Ledger     ; false ; Council passes budget
            Biden signs the budget bill - Politics - CNN ; CNN          ; true  ; Biden signs the budget bill
            Council passes budget | Metro Ledger     ;                  ; false ; Council passes budget | Metro Ledger
            Stop - or else                           ;                  ; true  ; Stop - or else
            """)
    void theSiteNameIsCutFromTheTitle(String title, String siteName, boolean guess, String expected) {
        assertEquals(expected, PageMetadata.stripSite(title, siteName, guess));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            By Jane Doe                    ; Jane Doe
            by: Laurie Oakes               ; Laurie Oakes
            By Jane Doe | May 10, 2024     ; Jane Doe
            Jane Doe Updated 9:30 a.m. ET  ; Jane Doe
            BY JANE DOE AND JOHN ROE       ; Jane Doe and John Roe
            Von Jürgen Weiß                ; Jürgen Weiß
            Jane Doe, Staff Writer         ; Jane Doe
            May 10, 2024                   ;
            Politics                       ;
            https://facebook.com/janedoe   ;
            """)
    void bylinesKeepTheNameAndDropDatesSectionsAndLinks(String raw, String expected) {
        PageMetadata metadata = new PageMetadata(Jsoup.parse("<html></html>"), "https://example.com/a");

        assertEquals(expected, metadata.cleanByline(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            TOM KRISHER, AP Auto Writer               ; Tom Krisher               ; Associated Press
            By Jane Doe and John Roe, Associated Press ; Jane Doe and John Roe     ; Associated Press
            Jane Doe | Reuters                        ; Jane Doe                  ; Reuters
            By Jane Doe, Washington Post Staff Writer ; Jane Doe                  ;
            View all posts by Daniel Lemire           ; Daniel Lemire             ;
            Gespeichert von rasos am 24. Juli 2017 - 18:55 ; rasos                ;
            Crime and Justice News                    ; Crime and Justice News    ;
            Mike Blake/Reuters files                  ;                           ;
            By AFP                                    ;                           ; AFP
            """)
    void bylinesLoseTheirJobTitlesAndKeepTheAgencyApart(String raw, String name, String agency) {
        PageMetadata metadata = new PageMetadata(Jsoup.parse("<html></html>"), "https://example.com/a");

        PageMetadata.Byline byline = metadata.parseByline(raw);

        assertEquals(name, byline == null ? null : byline.name(), "name");
        assertEquals(agency, byline == null ? null : byline.agency(), "agency");
    }

    private static String titleOf(String head, String body, String url) {
        PageMetadata metadata = new PageMetadata(Jsoup.parse("<html><head>" + head + "</head><body>" + body
                + "</body></html>", url), url);
        return metadata.title(metadata.siteName());
    }

    @Test
    void theStatedHeadlineComesBeforeTheOpenGraphTitleAndThePageTitle() {
        String head = "<title>Page title | Ledger</title><meta property=\"og:title\" content=\"Open Graph title\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"The headline\"}"
                + "</script>";
        assertEquals("The headline", titleOf(head, "<h1>Something else entirely</h1>", "https://ledger.example/a"));
        assertEquals("Open Graph title", titleOf("<meta name=\"twitter:title\" content=\"Twitter title\">"
                + "<meta property=\"og:title\" content=\"Open Graph title\">", "", "https://ledger.example/a"));
        assertEquals("Twitter title", titleOf("<meta name=\"twitter:title\" content=\"Twitter title\">"
                + "<meta name=\"DC.title\" content=\"Dublin Core title\">", "", "https://ledger.example/a"));
        assertEquals("Dublin Core title", titleOf("<meta name=\"DC.title\" content=\"Dublin Core title\">"
                + "<title>Page title - Ledger</title>", "", "https://ledger.example/a"));
    }

    @Test
    void theVisibleHeadingWinsOnlyWhenItCompletesOrAgreesWithTheStatedName() {
        String cut = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Taiwan's president offers a playbook for Hong Kong's leader...\"}</script>";
        assertEquals("Taiwan's president offers a playbook for Hong Kong's leader to read this winter",
                titleOf(cut, "<article><h1>Taiwan's president offers a playbook for Hong Kong's leader to read this"
                        + " winter</h1></article>", "https://scmp.example/a"));
        String kicker = "<meta property=\"og:title\" content=\"Streaming: Stars want a new model\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Stars want a new model\"}</script>";
        assertEquals("Streaming: Stars want a new model", titleOf(kicker,
                "<article><h1>Streaming: Stars want a new model</h1></article>", "https://faz.example/a"));
        assertEquals("Stars want a new model", titleOf(kicker, "<article><h1>Weather</h1></article>",
                "https://faz.example/a"));
    }

    @Test
    void aGreetingSectionOrSiteNameIsNeverTheTitle() {
        assertEquals("Ravenous goats ruled this island", titleOf("<title>National Geographic</title>",
                "<article><h1>Ravenous goats ruled this island</h1></article>", "https://www.nationalgeographic.co.uk/a"));
        assertEquals("Council passes budget", titleOf("<meta property=\"og:title\" content=\"Welcome to the Metro"
                + " Ledger\"><title>Politics</title>", "<h1>Council passes budget</h1>", "https://metroledger.example/a"));
        assertEquals("Mercurial's journey to Python 3", titleOf("<title>Gregory Szorc's Digital Home | Mercurial's"
                + " journey to Python 3</title>", "", "https://gregoryszorc.com/blog/2020/01/13/x"));
        assertEquals("Forests key to protecting climate", titleOf("<title>Forests key to protecting climate - The"
                + " Planetary Press</title>", "", "https://www.theplanetarypress.com/2020/01/x/"));
    }

    private static PageMetadata page(String head, String body, String url) {
        return new PageMetadata(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", url),
                url);
    }

    @Test
    void thePublishedTimeKeepsItsZoneAndAnUpdateNeverPassesForIt() {
        Dates.When stated = page("<meta property=\"article:published_time\" content=\"2020-01-20T10:00:08+08:00\">"
                + "<meta property=\"og:updated_time\" content=\"2020-01-21T10:09:41+08:00\">", "",
                "https://example.com/a").published();
        assertEquals(Instant.parse("2020-01-20T02:00:08Z"), stated.instant());
        assertEquals(ZoneOffset.ofHours(8), stated.offset());

        assertNull(page("<meta property=\"og:updated_time\" content=\"2020-01-21T10:09:41+08:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateModified\":"
                + "\"2020-01-21\"}</script>", "<article><p>Updated <time datetime=\"2020-01-21T09:00:00Z\">Jan 21"
                + "</time></p><time class=\"modified\" datetime=\"2020-01-22T09:00:00Z\"></time></article>",
                "https://example.com/a").published());

        Dates.When inHeader = page("", "<article><header><time class=\"updated\" datetime=\"2020-01-22T09:00:00Z\">"
                + "</time> <time datetime=\"2020-01-19T18:30:00-05:00\">Jan 19</time></header></article>",
                "https://example.com/a").published();
        assertEquals(Instant.parse("2020-01-19T23:30:00Z"), inHeader.instant());
    }

    @Test
    void withNothingStatedTheDateInTheAddressIsTaken() {
        assertEquals(Instant.parse("2020-01-13T00:00:00Z"),
                page("", "<p>Text</p>", "https://gregoryszorc.com/blog/2020/01/13/journey").publishedTime());
        assertEquals(Instant.parse("2024-03-01T00:00:00Z"),
                page("", "<p>Text</p>", "https://news.example/2024-03-01-council-vote.html").publishedTime());
        assertNull(page("", "<p>Text</p>", "https://news.example/story/12345").publishedTime());
    }
}
