package org.newsdesk.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The shape of the main text: paragraphs, headings, list items, quotes, rows and line breaks. */
class ExtractorTextShapeTest {
    private static final String LONG = "The council voted 9-4 early Wednesday to approve a budget that expands police"
            + " overtime, restores library hours, and delays a planned property-tax cut for homeowners.";
    private final Extractor extractor = new Extractor();

    private String text(String body) {
        return extractor.extract("<html><head><title>Budget</title></head><body><article>" + body
                + "</article></body></html>", "https://example.com/a").text();
    }

    @Test
    void listItemsAreDashLinesEvenWhenTheyHoldParagraphs() {
        assertEquals(LONG + "\n\n- First point, in a paragraph.\n- Second point.\n\n" + LONG,
                text("<p>" + LONG + "</p><ul><li><p>First point, in a paragraph.</p></li><li>Second point.</li></ul>"
                        + "<p>" + LONG + "</p>"));
    }

    @Test
    void headingsAndBlockQuotesAreParagraphsOfTheirOwn() {
        assertEquals(LONG + "\n\nWhat comes next\n\nWe will keep the lights on, she said.\n\n" + LONG,
                text("<p>" + LONG + "</p><h2>What comes next</h2><blockquote><p>We will keep the lights on, she"
                        + " said.</p></blockquote><p>" + LONG + "</p>"));
    }

    @Test
    void twoLineBreaksPartParagraphsAndOneKeepsALine() {
        assertEquals(LONG + "\n\n100 Main St.\nSpringfield\n\n" + LONG,
                text("<div>" + LONG + "<br><br>100 Main St.<br>Springfield<br><br>" + LONG + "</div>"));
    }

    @Test
    void whiteSpaceAndNonBreakingSpacesCollapse() {
        assertEquals(LONG + "\n\nTwo words and more.",
                text("<p>  " + LONG.replace(" ", " \n\t ") + "</p><p>Two&nbsp;&nbsp;words\u200b and  more.</p>"));
    }
}
