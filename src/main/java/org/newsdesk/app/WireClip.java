package org.newsdesk.app;

import org.newsdesk.model.Story;

/**
 * What clipping a wire item came to: the story it started, or the story that already covers its article
 * ({@code alreadyCovered}, with who took it); {@code queued} when the article waits in Pending clips, offline.
 */
public record WireClip(Story story, boolean alreadyCovered, boolean queued, String takenBy) {
}
