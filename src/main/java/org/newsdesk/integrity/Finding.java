package org.newsdesk.integrity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing an integrity check found in a story: its kind, the span of the Markdown body it concerns ({@code start}
 * inclusive, {@code end} exclusive, both 0 when it concerns no span), the quoted or lifted text, one clear sentence,
 * the closest passage of the source when there is one, and the replacements offered for the span (spelling, grammar
 * and house style findings; empty for the others).
 */
public record Finding(Kind kind, int start, int end, String quote, String message, String closest,
                      List<String> suggestions) {

    /** What a finding is about; {@link #label()} is the name used in JSON and on the command line. */
    public enum Kind {
        MISQUOTE, COPIED, ATTRIBUTION, LINK, LENGTH, DUPLICATE, SPELLING, GRAMMAR, STYLE;

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
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** A finding without suggested replacements. */
    public Finding(Kind kind, int start, int end, String quote, String message, String closest) {
        this(kind, start, end, quote, message, closest, List.of());
    }

    /** A finding about the story as a whole rather than a span of its body. */
    public static Finding about(Kind kind, String message) {
        return new Finding(kind, 0, 0, "", message, "");
    }

    /** Whether this is one of the writing checks (spelling, grammar, house style) rather than an integrity check. */
    public boolean isWriting() {
        return kind == Kind.SPELLING || kind == Kind.GRAMMAR || kind == Kind.STYLE;
    }

    public boolean hasSpan() {
        return end > start;
    }
}
