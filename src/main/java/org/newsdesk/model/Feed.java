package org.newsdesk.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A subscription of the wire desk: a feed's address, the outlet it belongs to, how often it is fetched, and how
 * its last fetch went (validators for a conditional GET, failures in a row, the last error in one sentence).
 */
public record Feed(UUID id, String url, String title, String outlet, String siteUrl, Duration interval,
                   String etag, String lastModified, Instant lastFetchedAt, Instant nextFetchAt, int failures,
                   String lastError, String lastResult, Instant addedAt) {
    /** How often a feed is fetched unless the newsroom says otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

    public Feed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        interval = interval == null ? DEFAULT_INTERVAL : interval;
    }

    /** A new subscription, never fetched, due at once. */
    public static Feed subscribe(String url, String title, String outlet, String siteUrl, Instant now) {
        return new Feed(UUID.randomUUID(), url, title, outlet, siteUrl, DEFAULT_INTERVAL, null, null, null, now, 0,
                null, null, now);
    }

    /** The feed's name for people: its title, else its address. */
    public String name() {
        return title == null || title.isBlank() ? url : title;
    }

    public boolean isFailing() {
        return lastError != null;
    }

    /** Whether the feed should be fetched at {@code now}. */
    public boolean isDue(Instant now) {
        return nextFetchAt == null || !nextFetchAt.isAfter(now);
    }

    /** The feed fetched every {@code every}; when it is fetched next stays for the caller to set. */
    public Feed withInterval(Duration every) {
        return new Feed(id, url, title, outlet, siteUrl, every, etag, lastModified, lastFetchedAt, nextFetchAt,
                failures, lastError, lastResult, addedAt);
    }

    public Feed withOutlet(String newOutlet) {
        return new Feed(id, url, title, newOutlet, siteUrl, interval, etag, lastModified, lastFetchedAt, nextFetchAt,
                failures, lastError, lastResult, addedAt);
    }
}
