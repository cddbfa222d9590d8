package org.newsdesk.clip;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How sure the extractor says it is: sure of a whole article, unsure of a fragment or of text the page contradicts. */
class ConfidenceTest {
    private final Extractor extractor = new Extractor();

    private static String fixture(String name) throws URISyntaxException {
        return SavedPage.readHtml(Path.of(ConfidenceTest.class.getResource("/org/newsdesk/clip/pages/" + name + ".html")
                .toURI()));
    }

    /** {@code count} paragraphs of {@code sentence}, each told apart by its number, as no page repeats itself. */
    private static String paragraphs(String sentence, int count) {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            html.append("<p>").append(i).append(". ").append(sentence).append("</p>\n");
        }
        return html.toString();
    }

    @Test
    void aWholeArticleThatItsStructuredBodyConfirmsIsClippedWithConfidence() throws URISyntaxException {
        Extraction extraction = extractor.extract(fixture("client-rendered-articlebody"),
                "https://www.valleycourier.com/local/wildfire");

        assertTrue(extraction.confidence() >= 0.9, "confidence " + extraction.confidence());
        assertFalse(Confidence.isLow(extraction.confidence()));
    }

    @Test
    void aLongArticleWithoutStructuredDataIsNotFlagged() {
        String page = "<html><head><title>Council passes budget</title></head><body><nav><a href=/>Home</a></nav>"
                + "<article><h1>Council passes budget</h1>" + paragraphs("The City Council voted 9-4 early Wednesday"
                + " to approve a budget that expands police overtime, restores library hours and delays a tax cut.", 12)
                + "</article></body></html>";

        Extraction extraction = extractor.extract(page, "https://ledger.example/a");

        assertFalse(Confidence.isLow(extraction.confidence()), "confidence " + extraction.confidence());
    }

    @Test
    void aFewLinesOutOfALongPageAreFlaggedForChecking() {
        String page = "<html><head><title>Council passes budget</title></head><body><article><h1>Council passes"
                + " budget</h1><p>The City Council voted 9-4 early Wednesday to approve the budget.</p></article>"
                + "<section class=\"comments\">" + paragraphs("I think the council got this one wrong again, as"
                + " it does every single year when the budget comes around and nobody reads it.", 30)
                + "</section></body></html>";

        Extraction extraction = extractor.extract(page, "https://ledger.example/a");

        assertTrue(Confidence.isLow(extraction.confidence()), "confidence " + extraction.confidence());
    }

    @Test
    void aStructuredBodyThatDisagreesWithTheTextLowersTheConfidence() {
        String body = paragraphs("The City Council voted 9-4 early Wednesday to approve a budget that expands police"
                + " overtime, restores library hours and delays a planned property-tax cut.", 6);
        String agreeing = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget\","
                + "\"articleBody\":\"The City Council voted 9-4 early Wednesday to approve a budget that expands police"
                + " overtime, restores library hours and delays a planned property-tax cut.\"}</script>";
        String disagreeing = agreeing.replace("The City Council voted 9-4 early Wednesday to approve a budget that"
                + " expands police overtime, restores library hours and delays a planned property-tax cut.",
                "Subscribers can read the full story about wildfire evacuations near foothill towns in our app.");

        double sure = extractor.extract("<html><head>" + agreeing + "</head><body><article>" + body
                + "</article></body></html>", "https://ledger.example/a").confidence();
        double unsure = extractor.extract("<html><head>" + disagreeing + "</head><body><article>" + body
                + "</article></body></html>", "https://ledger.example/a").confidence();

        assertTrue(sure > unsure, sure + " vs " + unsure);
        assertTrue(Confidence.isLow(unsure), "confidence " + unsure);
    }
}
