package org.newsdesk.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A captured source article. {@code text} is the main text as paragraphs separated by a blank line; the raw HTML
 * it came from is kept by the store beside it, never in this record, so lists stay light.
 * Optional fields are null when the page did not say.
 */
public record Clip(
        UUID id,
        String url,
        String canonicalUrl,
        String title,
        String byline,
        String siteName,
        Instant publishedTime,
        String leadImageUrl,
        String lang,
        String text,
        Instant capturedAt) {

    public Clip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(capturedAt, "capturedAt");
        text = text == null ? "" : text;
        title = title == null ? "" : title;
    }

    /** The address to link to and to compare by: the canonical URL when the page gave one. */
    public String sourceUrl() {
        return canonicalUrl == null || canonicalUrl.isBlank() ? url : canonicalUrl;
    }

    public int wordCount() {
        return Words.count(text);
    }

    /** Minutes a reader needs for the clip's text at 230 words a minute, at least one. */
    public int readingMinutes() {
        return Math.max(1, (int) Math.round(wordCount() / 230.0));
    }
}
