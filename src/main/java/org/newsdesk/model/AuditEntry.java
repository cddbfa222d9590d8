package org.newsdesk.model;

import java.time.Instant;

/** One line of the append-only record of who did what and when; {@code subject} is the story, edition or person. */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail) {
}
