package org.newsdesk.clip;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What the extractor found in a page. {@code text} is the main text as paragraphs separated by a blank line
 * (headings as their own paragraph, list items as "- item" lines); every other field is null when the page
 * did not say. {@code publishedOffset} is the zone offset the page wrote the time in (null when it gave none);
 * {@code agency} is the news agency a syndicated story names in its byline ("AP", "Reuters"); {@code confidence}
 * is how sure the extractor is that {@code text} is the article, from 0 to 1 (see {@link Confidence}; 1 for an extraction not read from a page).
 */
public record Extraction(
        String title,
        String byline,
        String siteName,
        Instant publishedTime,
        String canonicalUrl,
        String leadImageUrl,
        String lang,
        String text,
        ZoneOffset publishedOffset,
        String agency,
        double confidence) {

    public Extraction {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        confidence = Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, confidence));
    }

    /** An extraction known only by its fields, not read from a page: no offset, no agency, fully confident. */
    public Extraction(String title, String byline, String siteName, Instant publishedTime, String canonicalUrl,
            String leadImageUrl, String lang, String text) {
        this(title, byline, siteName, publishedTime, canonicalUrl, leadImageUrl, lang, text, null, null, 1.0);
    }

    /** Whether anything worth clipping was found: a title or some main text. */
    public boolean isEmpty() {
        return title.isBlank() && text.isBlank();
    }
}
