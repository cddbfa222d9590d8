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
    /**
     * Stores a new edition with exactly the sections and stories it names, as version 1; a stored edition changes
     * only through the methods below, one item or the text at a time.
     */
    Edition save(Edition edition);

    /**
     * Saves the title and intro if the edition is still at {@code expectedVersion}.
     *
     * @throws StaleEditionException when it changed since; nothing is written
     */
    Edition saveText(UUID id, String title, String intro, long expectedVersion);

    /** Freezes the edition as published at {@code at}. */
    Edition markPublished(UUID id, java.time.Instant at);

    /** Adds one story to {@code section} at {@code index} (clamped); the other items keep their order. */
    Edition addItem(UUID id, UUID storyId, String section, int index);

    /** Moves one story to {@code section} at {@code index} (clamped) within it. */
    Edition moveItem(UUID id, UUID storyId, String section, int index);

    /** Takes one story out of the edition. */
    Edition removeItem(UUID id, UUID storyId);

    Optional<Edition> find(LocalDate date);

    Optional<Edition> find(UUID id);

    /** Editions, newest date first. */
    List<Edition> list(int limit);

    /** The editions that contain the story, oldest first. */
    List<Edition> containing(UUID storyId);

    void delete(UUID id);
}
