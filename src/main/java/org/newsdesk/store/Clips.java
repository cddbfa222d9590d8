package org.newsdesk.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Clip;
import org.newsdesk.model.SourceUrl;

/**
 * Clipped source articles as the services use them.
 * A service depends on this seam, not on the SQLite class behind it, so a team-mode sync engine can sit beside it
 * (docs/decisions/0005-services-depend-on-store-interfaces.md).
 */
public interface Clips {
    /** Saves a new clip with the HTML it came from ({@code rawHtml} may be null for pasted text). */
    Clip insert(Clip clip, String rawHtml);

    /** Replaces what was extracted (after the extractor improved); the raw HTML and capture time stay. */
    Clip updateExtraction(Clip clip);

    Optional<Clip> find(UUID id);

    List<Clip> findAll(List<UUID> ids);

    /** Clips of the same article as {@code url} (compared by {@link SourceUrl#key}), oldest first. */
    List<Clip> findBySource(String url);

    /** The HTML the clip was extracted from, if it was kept. */
    Optional<String> rawHtml(UUID id);

    /** Every clip's id, oldest first. */
    List<UUID> ids();

    /** Newest clips first. */
    List<Clip> recent(int limit);

    /** Removes a clip no story uses any more. */
    void delete(UUID id);
}
