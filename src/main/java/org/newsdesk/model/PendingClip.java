package org.newsdesk.model;

import java.time.Instant;
import java.util.UUID;

/** A URL clipped without network, waiting to be fetched: how often it was tried, when next, and why it failed. */
public record PendingClip(long id, String url, UUID storyId, String requestedBy, Instant requestedAt, int attempts,
        Instant nextAttemptAt, String lastError) {
}
