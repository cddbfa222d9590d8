package org.newsdesk.store;

import java.util.List;
import java.util.UUID;
import org.newsdesk.model.Comment;

/**
 * Comments on stories as the services use them.
 * A service depends on this seam, not on the SQLite class behind it, so a team-mode sync engine can sit beside it
 * (docs/decisions/0005-services-depend-on-store-interfaces.md).
 */
public interface Comments {
    Comment add(UUID storyId, String author, String body);

    List<Comment> list(UUID storyId);
}
