package org.newsdesk.model;

import java.util.Objects;
import java.util.UUID;

/** A word or phrase the newsroom covers ("fentanyl", "parole board"), for every outlet or only one. */
public record WatchTerm(UUID id, String term, String outlet) {
    public WatchTerm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(term, "term");
        term = term.strip().replaceAll("\\s+", " ");
        if (!term.matches("(?s).*[\\p{L}\\p{N}].*")) {
            throw new IllegalArgumentException("A watch-list term needs at least one letter or digit.");
        }
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
    }

    /** Whether the term applies to items of {@code itemOutlet}. */
    public boolean appliesTo(String itemOutlet) {
        return outlet == null || outlet.equalsIgnoreCase(itemOutlet == null ? "" : itemOutlet);
    }
}
