package org.newsdesk.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An earlier edition as the web page's "Recent Posts", the archive and the feed list it; publishedAt may be null. */
public record ArchiveEntry(LocalDate date, String title, List<String> headlines, Instant publishedAt) {
    public ArchiveEntry {
        Objects.requireNonNull(date, "date");
        title = title == null ? "" : title;
        headlines = headlines == null ? List.of() : List.copyOf(headlines);
    }
}
