package org.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Revision;

/**
 * Kept revisions of stories as the services use them.
 * A service depends on this seam, not on the SQLite class behind it, so a team-mode sync engine can sit beside it
 * (docs/decisions/0005-services-depend-on-store-interfaces.md).
 */
public interface Revisions {
    Revision add(UUID storyId, String headline, String body, String author, String reason);

    /** The story's revisions, oldest first. */
    List<Revision> list(UUID storyId);

    Optional<Revision> find(long id);

    /** The story's newest revision, if any. */
    Optional<Revision> latest(UUID storyId);

    /**
     * When each story in {@code status} was last given a revision with {@code reason} (its story id to that
     * moment), in one query; a story that never was has no entry.
     */
    java.util.Map<UUID, Instant> lastReasonOfStoriesIn(String status, String reason);
}
