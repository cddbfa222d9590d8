package org.newsdesk.model;

import java.time.Instant;
import java.util.UUID;

/** A writer's or editor's note on a story. */
public record Comment(long id, UUID storyId, String author, String body, Instant createdAt) {
}
