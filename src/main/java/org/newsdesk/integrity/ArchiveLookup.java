package org.newsdesk.integrity;

import java.util.Optional;
import java.util.UUID;

/** Answers whether a source was already published in an earlier edition; the app implements it over the stores. */
@FunctionalInterface
public interface ArchiveLookup {

    /**
     * The latest published use of the source whose {@link org.newsdesk.model.SourceUrl#key key} is
     * {@code sourceUrlKey} by a story other than {@code excludingStoryId}, if any.
     */
    Optional<PublishedUse> publishedUse(String sourceUrlKey, UUID excludingStoryId);

    /** A lookup over an empty archive. */
    static ArchiveLookup none() {
        return (sourceUrlKey, excludingStoryId) -> Optional.empty();
    }
}
