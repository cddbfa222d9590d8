package org.newsdesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One issue of the newsletter: a date, a title and intro, and its stories in sections, in reading order. The
 * version grows with every stored change, so a save made from an older copy is refused instead of overwriting.
 */
public record Edition(
        UUID id,
        LocalDate date,
        String title,
        String intro,
        EditionStatus status,
        List<Section> sections,
        Instant publishedAt,
        long version) {

    public Edition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        title = title == null ? "" : title;
        intro = intro == null ? "" : intro;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** An edition not yet stored (version 0); the store gives it version 1. */
    public Edition(UUID id, LocalDate date, String title, String intro, EditionStatus status, List<Section> sections,
                   Instant publishedAt) {
        this(id, date, title, intro, status, sections, publishedAt, 0);
    }

    /** Every story of the edition, in reading order. */
    public List<UUID> storyIds() {
        return sections.stream().flatMap(section -> section.storyIds().stream()).toList();
    }

    public boolean isPublished() {
        return status == EditionStatus.PUBLISHED;
    }
}
