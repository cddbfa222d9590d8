package org.newsdesk.clip;

import java.time.Instant;

/**
 * What the extractor found in a page. {@code text} is the main text as paragraphs separated by a blank line
 * (headings as their own paragraph, list items as "- item" lines); every other field is null when the page
 * did not say.
 */
public record Extraction(
        String title,
        String byline,
        String siteName,
        Instant publishedTime,
        String canonicalUrl,
        String leadImageUrl,
        String lang,
        String text) {

    public Extraction {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /** Whether anything worth clipping was found: a title or some main text. */
    public boolean isEmpty() {
        return title.isBlank() && text.isBlank();
    }
}
