package org.newsdesk.integrity;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing an integrity check found in a story: its kind, the span of the Markdown body it concerns ({@code start}
 * inclusive, {@code end} exclusive, both 0 when it concerns no span), the quoted or lifted text, one clear sentence,
 * and the closest passage of the source when there is one.
 */
public record Finding(Kind kind, int start, int end, String quote, String message, String closest) {

    /** What a finding is about; {@link #label()} is the name used in JSON and on the command line. */
    public enum Kind {
        MISQUOTE, COPIED, ATTRIBUTION, LINK, LENGTH, DUPLICATE;

        /** The lower-case name: "misquote", "copied", … */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A finding's span must satisfy 0 <= start <= end.");
        }
        quote = quote == null ? "" : quote;
        closest = closest == null ? "" : closest;
    }

    /** A finding about the story as a whole rather than a span of its body. */
    public static Finding about(Kind kind, String message) {
        return new Finding(kind, 0, 0, "", message, "");
    }

    public boolean hasSpan() {
        return end > start;
    }
}
