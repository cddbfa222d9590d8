package org.newsdesk.ui;

import java.util.Set;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;

/** Which stories a desk lists: those in {@code statuses}, only the viewer's own when {@code mineOnly}. */
public record DeskQuery(Set<StoryStatus> statuses, boolean mineOnly) {
    public DeskQuery {
        statuses = Set.copyOf(statuses);
    }

    /** The author to filter by for {@code me}: their name on a "mine only" desk, else null (anyone). */
    public String author(User me) {
        return mineOnly ? me.name() : null;
    }
}
