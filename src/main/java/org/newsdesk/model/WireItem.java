package org.newsdesk.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One item from a feed as the wire desk keeps it: text only (headline, teaser, author), its link and the link's
 * comparison key ({@link SourceUrl#key}), when it was published and first seen, and its state; a clipped item
 * names its story and who took it. {@code coveredBy} says, when the link is already a clip or a story, which one.
 */
public record WireItem(UUID id, UUID feedId, String guid, String link, String linkKey, String headline,
                       String teaser, String author, Instant publishedAt, Instant seenAt, WireItemState state,
                       UUID storyId, String takenBy, String coveredBy, UUID coveredStoryId) {
    public WireItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(feedId, "feedId");
        headline = headline == null ? "" : headline;
        teaser = teaser == null ? "" : teaser;
        state = state == null ? WireItemState.NEW : state;
    }

    /** When the item happened for sorting: its published time, but never later than when it was first seen. */
    public Instant time() {
        if (publishedAt == null || seenAt == null) {
            return publishedAt == null ? seenAt : publishedAt;
        }
        return publishedAt.isAfter(seenAt) ? seenAt : publishedAt;
    }

    public boolean isCovered() {
        return coveredBy != null;
    }
}
