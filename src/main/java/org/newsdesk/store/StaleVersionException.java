package org.newsdesk.store;

import java.time.Instant;
import java.util.UUID;

/** A save was made from an older copy of a story: someone else's newer save is in the way, and nothing was written. */
public class StaleVersionException extends StoreException {
    private final UUID storyId;
    private final long expectedVersion;
    private final long currentVersion;
    private final String savedBy;
    private final Instant savedAt;

    public StaleVersionException(UUID storyId, long expectedVersion, long currentVersion, String savedBy,
                                 Instant savedAt) {
        super("The story was changed by " + (savedBy == null ? "someone else" : savedBy) + " at " + savedAt
                + " (version " + currentVersion + ") after you opened version " + expectedVersion
                + "; nothing was overwritten.");
        this.storyId = storyId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public UUID storyId() {
        return storyId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
