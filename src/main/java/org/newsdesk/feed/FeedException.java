package org.newsdesk.feed;

import java.time.Duration;

/**
 * A feed that could not be fetched or read, said in one sentence for the feed's state. {@code retryAfter} is how
 * long the site asked us to wait (a {@code Retry-After} answer), null when it did not say; {@code offline} when
 * the site could not be reached at all.
 */
public class FeedException extends RuntimeException {
    private final transient Duration retryAfter;
    private final boolean offline;

    public FeedException(String message) {
        this(message, null, false, null);
    }

    public FeedException(String message, Throwable cause) {
        this(message, null, false, cause);
    }

    public FeedException(String message, Duration retryAfter, boolean offline, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
        this.offline = offline;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isOffline() {
        return offline;
    }
}
