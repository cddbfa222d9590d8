package org.newsdesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Edition;

/**
 * Editions and their items as the services use them.
 * A service depends on this seam, not on the SQLite class behind it, so a team-mode sync engine can sit beside it
 * (docs/decisions/0005-services-depend-on-store-interfaces.md).
 */
public interface Editions {
    /** Saves the edition (new or changed) with exactly the sections and stories it names, in that order. */
    Edition save(Edition edition);

    Optional<Edition> find(LocalDate date);

    Optional<Edition> find(UUID id);

    /** Editions, newest date first. */
    List<Edition> list(int limit);

    /** The editions that contain the story, oldest first. */
    List<Edition> containing(UUID storyId);

    void delete(UUID id);
}
