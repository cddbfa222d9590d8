package org.newsdesk.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pages that try to break the extractor: each must come back with a result, quickly, and without a crash. */
@Timeout(60)
class ExtractorHostileTest {
    private static final String ARTICLE = "<p>The council approved the budget on Tuesday, after a long debate that"
            + " ran past midnight, with nine votes in favour and four against the plan.</p>";
    private final Extractor extractor = new Extractor();

    @Test
    void malformedHtmlStillGivesItsText() {
        String html = "<html><head><title>Broken page</title><script type=application/ld+json>{\"@type\": \"NewsArticle\","
                + " \"headline\": </script></head><body><div class=story><p>The council approved the budget on"
                + " Tuesday, after a long debate that ran past midnight, with nine votes in favour <b><i>and four"
                + " against</b></i> the plan.</div></span></table><p class=\"x\" id=x\"y>More text follows here."
                + "<p>The mayor said she was pleased, and that the money would reach the libraries, parks and buses.";

        Extraction extraction = extractor.extract(html, "https://example.com/a");

        assertEquals("Broken page", extraction.title());
        assertTrue(extraction.text().contains("nine votes in favour and four against the plan."), extraction.text());
        assertTrue(extraction.text().contains("reach the libraries, parks and buses"), extraction.text());
    }

    @Test
    void aHundredThousandNestedElementsDoNotOverflowTheStack() {
        String html = "<html><body>" + "<div>".repeat(100_000) + ARTICLE + "</div>".repeat(100_000)
                + "<span>".repeat(100_000) + "deep" + "</span>".repeat(100_000) + "</body></html>";

        Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> extractor.extract(html, "https://example.com/deep"));

        assertTrue(extraction.text().contains("nine votes in favour"), extraction.text());
    }

    @Test
    void aFiftyMegabytePageIsCutAndFinishedInTime() {
        StringBuilder html = new StringBuilder(51 * 1024 * 1024).append("<html><body><article>").append(ARTICLE);
        String filler = "<div class=\"row\"><span>filler text in a page far too big to be an article</span></div>\n";
        while (html.length() < 50 * 1024 * 1024) {
            html.append(filler);
        }
        String page = html.append("</article></body></html>").toString();

        Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> extractor.extract(page, "https://example.com/huge"));

        assertTrue(extraction.text().contains("nine votes in favour"));
    }

    @Test
    void anArticleAfterMegabytesOfScriptIsStillFound() {
        String script = "<script>window.__DATA__ = \"" + "x".repeat(6 * 1024 * 1024) + "\";</script>";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                + " \"headline\": \"Budget passes\"}</script>" + script + "<style>p { color: red }</style></head>"
                + "<body><article>" + ARTICLE + "</article></body></html>";

        Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> extractor.extract(html, "https://example.com/next"));

        assertEquals("Budget passes", extraction.title());
        assertTrue(extraction.text().contains("nine votes in favour"), extraction.text());
    }

    @Test
    void binaryBytesGiveAnEmptyExtractionRatherThanAnError() {
        byte[] bytes = new byte[200_000];
        new Random(42).nextBytes(bytes);
        String garbage = new String(bytes, Charset.forName("windows-1252"));

        Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> extractor.extract(garbage, null));

        assertNull(extraction.publishedTime());
        assertTrue(extraction.text().length() < garbage.length());
    }

    @Test
    void anEmptyOrMissingPageGivesAnEmptyExtraction() {
        assertTrue(extractor.extract("", "https://example.com/").isEmpty());
        assertTrue(extractor.extract(null, null).isEmpty());
    }

    @Test
    void brokenJsonLdFallsBackOnTheMetaTags() {
        String html = "<html><head><meta property=\"og:title\" content=\"Budget passes\">"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": [[[[</script>"
                + "<script type=\"application/ld+json\">" + "[".repeat(5_000) + "</script>"
                + "</head><body>" + ARTICLE + "</body></html>";

        Extraction extraction = extractor.extract(html, "https://example.com/a");

        assertEquals("Budget passes", extraction.title());
    }

    @Test
    void scriptsAndStylesNeverReachTheText() {
        String html = "<html><body><article>" + ARTICLE + "<script>alert('x')</script><style>p{color:red}</style>"
                + "<noscript>Enable JavaScript</noscript><iframe src=\"https://ads.example\">frame</iframe>"
                + ARTICLE.replace("council", "board") + "</article></body></html>";

        String text = extractor.extract(html, "https://example.com/a").text();

        assertTrue(!text.contains("alert") && !text.contains("color") && !text.contains("JavaScript"), text);
        assertTrue(text.contains("The board approved"), text);
    }
}
