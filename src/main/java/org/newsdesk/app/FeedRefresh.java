package org.newsdesk.app;

import java.time.Instant;
import org.newsdesk.model.Feed;

/** How refreshing one feed went: new items (maybe none), not modified, failed (with the error), or still waiting. */
public record FeedRefresh(Feed feed, Result result, int newItems, String error, Instant nextFetchAt) {
    public enum Result { FETCHED, NOT_MODIFIED, FAILED, WAITING }

    /** One line for people: "3 new items", "not modified", the error, or how long it waits. */
    public String describe() {
        return switch (result) {
            case FETCHED -> newItems == 0 ? "no new items" : newItems == 1 ? "1 new item" : newItems + " new items";
            case NOT_MODIFIED -> "not modified";
            case FAILED -> error;
            case WAITING -> "waiting until " + nextFetchAt + " after errors: " + error;
        };
    }
}
