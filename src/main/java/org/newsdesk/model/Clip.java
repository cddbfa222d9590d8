package org.newsdesk.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A captured source article. {@code text} is the main text as paragraphs separated by a blank line; the raw HTML
 * it came from is kept by the store beside it, never in this record, so lists stay light.
 * Optional fields are null when the page did not say. {@code confidence} is how sure the clipper was that
 * {@code text} is the whole article (0 to 1), null for pasted text and clips from before it was measured.
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
        Instant capturedAt,
        Double confidence) {

    public Clip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(capturedAt, "capturedAt");
        text = text == null ? "" : text;
        title = title == null ? "" : title;
    }

    /** A clip without a measured confidence: pasted text, or a clip from before the clipper measured it. */
    public Clip(UUID id, String url, String canonicalUrl, String title, String byline, String siteName,
            Instant publishedTime, String leadImageUrl, String lang, String text, Instant capturedAt) {
        this(id, url, canonicalUrl, title, byline, siteName, publishedTime, leadImageUrl, lang, text, capturedAt, null);
    }

    /** The same clip with {@code confidence} as its measured confidence. */
    public Clip withConfidence(Double confidence) {
        return new Clip(id, url, canonicalUrl, title, byline, siteName, publishedTime, leadImageUrl, lang, text,
                capturedAt, confidence);
    }

    /** Below this confidence a writer should check the clip against the original page. */
    public static final double LOW_CONFIDENCE = 0.6;

    /** Whether the clipper was unsure the text is the whole article (an unmeasured clip is not flagged). */
    public boolean needsChecking() {
        return confidence != null && confidence < LOW_CONFIDENCE;
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
