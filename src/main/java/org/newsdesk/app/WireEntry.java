package org.newsdesk.app;

import java.util.List;
import org.newsdesk.feed.WatchList;
import org.newsdesk.model.WireItem;

/**
 * An item as the wire desk lists it: the item, who published it, where the watch-list matched its headline and
 * teaser, and its story group ({@code groupSize} items from several outlets about the same story, listed together
 * after the group's newest, which has {@code firstInGroup}).
 */
public record WireEntry(WireItem item, String source, List<WatchList.Span> headlineSpans,
                        List<WatchList.Span> teaserSpans, boolean matching, int groupSize, boolean firstInGroup) {
    public WireEntry {
        headlineSpans = List.copyOf(headlineSpans);
        teaserSpans = List.copyOf(teaserSpans);
    }
}
