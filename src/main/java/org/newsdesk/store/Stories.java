package org.newsdesk.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;

/**
 * The stories table as the services use it: read, insert, update with optimistic versions.
 * A service depends on this seam, not on the SQLite class behind it, so a team-mode sync engine can sit beside it
 * (docs/decisions/0005-services-depend-on-store-interfaces.md).
 */
public interface Stories {
    /** Saves a new story as version 1 and returns it as stored. */
    Story insert(Story story);

    /**
     * Saves {@code story} over the stored copy, if and only if the stored copy is still at {@code story.version()}.
     *
     * @return the story as stored, one version on
     * @throws StaleVersionException when someone saved a newer version first; nothing is written
     */
    Story update(Story story, String savedBy);

    Optional<Story> find(UUID id);

    /** Stories in any of {@code statuses} (all when empty), by {@code author} when not null, newest change first. */
    List<Story> list(Collection<StoryStatus> statuses, String author, int limit);

    /** How many stories are in any of {@code statuses} (all when empty), by {@code author} when not null. */
    int count(Collection<StoryStatus> statuses, String author);

    /**
     * Approved stories that no edition but the one of {@code date} holds (so they may join it), the longest
     * approved first.
     */
    List<Story> approvedOutsideEditionsBut(java.time.LocalDate date);

    /** The stories with these ids, in the order given; ids with no story are left out. */
    List<Story> findAll(List<UUID> ids);

    /** Ids of stories whose id begins with {@code prefix} (lower-case hex), at most {@code limit} of them. */
    List<UUID> idsStartingWith(String prefix, int limit);

    /** The stories that summarise the clip. */
    List<Story> findByClip(UUID clipId);

    int count();

    /** Every tag in use, most used first, for auto-completion. */
    List<String> tags();

    /** Every section name in use, most used first. */
    List<String> sections();

    /** Removes a story and what hangs on it (comments, revisions, tags); the audit trail keeps its lines. */
    void delete(UUID id);
}
