package org.newsdesk.app;

/**
 * Which items the wire desk lists: only new ones, only those the watch-list matches, only those containing
 * {@code text} (headline, teaser or outlet, any case), dismissed ones too or not, and at most {@code limit}.
 */
public record WireFilter(boolean newOnly, boolean matchingOnly, String text, boolean withDismissed, int limit) {
    public static final int DEFAULT_LIMIT = 1000;

    public WireFilter {
        text = text == null ? "" : text.strip();
        limit = limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    /** Everything not dismissed, newest first. */
    public static WireFilter all() {
        return new WireFilter(false, false, "", false, DEFAULT_LIMIT);
    }
}
