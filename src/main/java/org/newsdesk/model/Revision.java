package org.newsdesk.model;

import java.time.Instant;
import java.util.UUID;

/** An earlier saved headline and body of a story, with who saved it, when, and why it was kept. */
public record Revision(long id, UUID storyId, String headline, String body, String author, String reason,
                       Instant createdAt) {
}
