package org.newsdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One newsletter item being written: a headline and a Markdown summary of one or more clips, attributed to an
 * outlet. {@code version} grows by one with every save, so a save made from an older copy can be refused.
 */
public record Story(
        UUID id,
        String headline,
        String body,
        List<UUID> clipIds,
        String outlet,
        String attribution,
        String section,
        List<String> tags,
        String author,
        StoryStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(author, "author");
        headline = headline == null ? "" : headline;
        body = body == null ? "" : body;
        clipIds = clipIds == null ? List.of() : List.copyOf(clipIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
        createdAt = createdAt == null ? Instant.EPOCH : createdAt;
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    /** A new, unsaved draft by {@code author}. */
    public static Story draft(String author, String headline, String body, List<UUID> clipIds, Instant now) {
        return new Story(UUID.randomUUID(), headline, body, clipIds, null, null, null, List.of(), author,
                StoryStatus.DRAFT, 0, now, now, author);
    }

    public Story withText(String newHeadline, String newBody) {
        return new Story(id, newHeadline, newBody, clipIds, outlet, attribution, section, tags, author, status,
                version, createdAt, updatedAt, updatedBy);
    }

    public Story withDetails(String newOutlet, String newAttribution, String newSection, List<String> newTags) {
        return new Story(id, headline, body, clipIds, newOutlet, newAttribution, newSection, newTags, author, status,
                version, createdAt, updatedAt, updatedBy);
    }

    public Story withClips(List<UUID> newClipIds) {
        return new Story(id, headline, body, newClipIds, outlet, attribution, section, tags, author, status,
                version, createdAt, updatedAt, updatedBy);
    }

    public Story withStatus(StoryStatus newStatus) {
        return new Story(id, headline, body, clipIds, outlet, attribution, section, tags, author, newStatus,
                version, createdAt, updatedAt, updatedBy);
    }

    /** This story moved to {@code next}; throws when the status rules refuse the move. */
    public Story movedTo(StoryStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("A " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + " story cannot become " + next.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return withStatus(next);
    }

    /** The copy the store hands back after a save: the new version, when and by whom. */
    public Story savedAs(long newVersion, Instant at, String by) {
        return new Story(id, headline, body, clipIds, outlet, attribution, section, tags, author, status,
                newVersion, createdAt, at, by);
    }

    public int wordCount() {
        return Words.count(body);
    }
}
