package org.newsdesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Feed;
import org.newsdesk.model.WatchTerm;
import org.newsdesk.model.WireItem;
import org.newsdesk.model.WireItemState;

/**
 * The wire desk's records: subscriptions and the state of their fetches, the items they brought, the watch-list.
 * The wire service depends on this seam, not on the SQLite class behind it, so team mode can share feeds and item
 * states later (docs/decisions/0005-services-depend-on-store-interfaces.md); every row has a UUID for that.
 */
public interface Wire {
    Feed insertFeed(Feed feed);

    Optional<Feed> findFeed(UUID id);

    Optional<Feed> findFeedByUrl(String url);

    List<Feed> feeds();

    List<Feed> feedsStartingWith(String prefix, int limit);

    void updateOutlet(UUID feedId, String outlet);

    /** Fetches the feed every {@code interval} from now on, next at {@code nextFetchAt}. */
    void updateInterval(UUID feedId, Duration interval, Instant nextFetchAt);

    void deleteFeed(UUID feedId);

    void recordSuccess(UUID feedId, String etag, String lastModified, String title, String siteUrl, String result,
                       Instant fetchedAt, Instant nextFetchAt);

    void recordFailure(UUID feedId, String error, Instant fetchedAt, Instant nextFetchAt, boolean countsAsFailure);

    int addItems(UUID feedId, List<WireItem> items, Instant now);

    List<WireRow> items(Collection<WireItemState> states, UUID feedId, int limit);

    Optional<WireRow> findItem(UUID id);

    List<UUID> itemIdsStartingWith(String prefix, int limit);

    boolean setState(UUID id, WireItemState state, Instant now);

    /** Marks a new item seen; an item in any other state (dismissed, clipped) keeps it. */
    boolean markSeen(UUID id, Instant now);

    void markClipped(UUID id, UUID storyId, String takenBy, Instant now);

    Map<UUID, Integer> itemCounts();

    WatchTerm addTerm(WatchTerm term, Instant now);

    int removeTerm(String term, String outlet);

    List<WatchTerm> terms();
}
