package org.newsdesk.integrity;

import java.time.LocalDate;
import java.util.UUID;

/** A published edition that already carried a story from a given source: when, which edition, which headline. */
public record PublishedUse(LocalDate editionDate, String editionTitle, UUID storyId, String storyHeadline) {
    public PublishedUse {
        editionTitle = editionTitle == null ? "" : editionTitle;
        storyHeadline = storyHeadline == null ? "" : storyHeadline;
    }
}
